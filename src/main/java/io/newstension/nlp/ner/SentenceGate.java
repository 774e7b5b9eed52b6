package io.newstension.nlp.ner;

import io.newstension.nlp.persons.NameWords;
import java.util.List;

/**
 * Decides which sentences the NER model runs on. The model costs about as much per sentence as the rest of the
 * pipeline per article, so it runs only where it can add something: a sentence with a capitalised word, after the
 * sentence's first word, that is not a common capitalised word ("Monday", "President") and not covered by a
 * gazetteer match. Over-long sentences (boilerplate, lists) are left to the gazetteers.
 */
public final class SentenceGate {
    /** A token or a gazetteer match: text and offsets (end inclusive, as Spark NLP writes them). */
    public record Span(String text, int begin, int end) {}

    private SentenceGate() {}

    /**
     * @param sentence  the sentence's span
     * @param tokens    the tokens of the whole document, in order (tokens outside the sentence are ignored)
     * @param explained gazetteer matches in the document
     * @param maxTokens sentences with more tokens than this are skipped
     */
    public static boolean needsModel(Span sentence, List<Span> tokens, List<Span> explained, int maxTokens) {
        int inSentence = 0;
        boolean first = true;
        boolean unexplained = false;
        for (Span token : tokens) {
            if (token.begin() < sentence.begin() || token.end() > sentence.end()) {
                continue;
            }
            if (++inSentence > maxTokens) {
                return false;
            }
            if (!first && !unexplained && looksLikeName(token.text()) && !covered(token, explained)) {
                unexplained = true;
            }
            first = false;
        }
        return unexplained;
    }

    /** An upper-case letter followed by a lower-case one: "Lavrov", "McCain"; not "US", "NATO", "I", "2021". */
    static boolean looksLikeName(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && Character.isLowerCase(word.codePointAt(word.offsetByCodePoints(0, 1)))
                && !NameWords.neverAName(word);
    }

    private static boolean covered(Span token, List<Span> explained) {
        for (Span match : explained) {
            if (match.begin() <= token.begin() && token.end() <= match.end()) {
                return true;
            }
        }
        return false;
    }
}
