package io.newstension.nlp.ner;

import io.newstension.nlp.persons.NameWords;
import java.util.ArrayList;
import java.util.Comparator;
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
     * Which of an article's sentences the model should read, in one pass over sorted tokens and gazetteer matches:
     * an article of thousands of sentences and matches must not cost sentences x tokens x matches.
     *
     * @param sentences the article's sentences
     * @param tokens    the tokens of the whole document (tokens outside every sentence are ignored)
     * @param explained gazetteer matches in the document
     * @param maxTokens sentences with more tokens than this are skipped
     * @return one flag per sentence, in the order given
     */
    public static boolean[] needsModel(List<Span> sentences, List<Span> tokens, List<Span> explained, int maxTokens) {
        List<Span> byBegin = new ArrayList<>(tokens);
        byBegin.sort(Comparator.comparingInt(Span::begin));
        int[] tokenBegins = byBegin.stream().mapToInt(Span::begin).toArray();
        Coverage coverage = new Coverage(explained);
        boolean[] needs = new boolean[sentences.size()];
        for (int s = 0; s < needs.length; s++) {
            Span sentence = sentences.get(s);
            int inSentence = 0;
            boolean first = true;
            boolean unexplained = false;
            for (int t = lowerBound(tokenBegins, sentence.begin()); t < tokenBegins.length
                    && tokenBegins[t] <= sentence.end(); t++) {
                Span token = byBegin.get(t);
                if (token.end() > sentence.end()) {
                    continue;
                }
                if (++inSentence > maxTokens) {
                    unexplained = false;
                    break;
                }
                if (!first && !unexplained && looksLikeName(token.text()) && !coverage.covers(token)) {
                    unexplained = true;
                }
                first = false;
            }
            needs[s] = unexplained;
        }
        return needs;
    }

    /** {@link #needsModel(List, List, List, int)} for one sentence. */
    public static boolean needsModel(Span sentence, List<Span> tokens, List<Span> explained, int maxTokens) {
        return needsModel(List.of(sentence), tokens, explained, maxTokens)[0];
    }

    /** Whether some match spans a token: the furthest end among matches beginning at or before the token's begin. */
    private static final class Coverage {
        private final int[] begins;
        private final int[] furthestEnd;

        Coverage(List<Span> matches) {
            List<Span> sorted = new ArrayList<>(matches);
            sorted.sort(Comparator.comparingInt(Span::begin));
            begins = new int[sorted.size()];
            furthestEnd = new int[sorted.size()];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < begins.length; i++) {
                begins[i] = sorted.get(i).begin();
                furthest = Math.max(furthest, sorted.get(i).end());
                furthestEnd[i] = furthest;
            }
        }

        boolean covers(Span token) {
            int last = lowerBound(begins, token.begin() + 1) - 1;
            return last >= 0 && furthestEnd[last] >= token.end();
        }
    }

    /** The first index whose value is >= {@code key} in an ascending array (its length when there is none). */
    private static int lowerBound(int[] ascending, int key) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** An upper-case letter followed by a lower-case one: "Lavrov", "McCain"; not "US", "NATO", "I", "2021". */
    static boolean looksLikeName(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && Character.isLowerCase(word.codePointAt(word.offsetByCodePoints(0, 1)))
                && !NameWords.neverAName(word);
    }
}
