package io.newstension.eval;

import io.newstension.clean.TextCleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the tokens of a CoNLL document on the job's cleaned article text to give gold chunks character offsets.
 * Sentences are aligned in order: a sentence aligns at the first position after the previous one where all its
 * tokens follow each other with nothing but whitespace between them. Both sides are compared with curly quotes and
 * dashes made ASCII (one character for one, so offsets stay those of {@code articles.text}). A sentence that is not
 * found (the cleaner dropped its line, or the text changed) is skipped and counted, never guessed.
 */
public final class TokenAligner {
    private TokenAligner() {}

    /** Gold spans of one document, and how many of its sentences could not be placed on the text. */
    public record Aligned(List<Span> spans, int sentences, int unaligned) {}

    public static Aligned align(String text, Conll.Document doc) {
        String haystack = TextCleaner.normaliseQuotes(text);
        List<Span> spans = new ArrayList<>();
        int cursor = 0;
        int unaligned = 0;
        for (List<Conll.Token> sentence : doc.sentences()) {
            int[] begins = place(haystack, sentence, cursor);
            if (begins == null) {
                unaligned++;
                continue;
            }
            int lastToken = sentence.size() - 1;
            cursor = begins[lastToken] + sentence.get(lastToken).text().length();
            for (Conll.Chunk c : Conll.chunks(sentence)) {
                int end = begins[c.last()] + sentence.get(c.last()).text().length();
                if (c.link() != null) {
                    spans.add(new Span(Span.COUNTRY, c.link(), begins[c.first()], end));
                } else if (c.type().equals(Span.PER)) {
                    spans.add(new Span(Span.PER, null, begins[c.first()], end));
                }
            }
        }
        return new Aligned(spans, doc.sentences().size(), unaligned);
    }

    /** Begin offset of each token, or null when the sentence does not occur at or after {@code from}. */
    static int[] place(String haystack, List<Conll.Token> sentence, int from) {
        String first = TextCleaner.normaliseQuotes(sentence.get(0).text());
        for (int start = haystack.indexOf(first, from); start >= 0; start = haystack.indexOf(first, start + 1)) {
            int[] begins = new int[sentence.size()];
            int at = start;
            int k = 0;
            for (; k < sentence.size(); k++) {
                if (k > 0) {
                    while (at < haystack.length() && Character.isWhitespace(haystack.charAt(at))) {
                        at++;
                    }
                }
                String token = TextCleaner.normaliseQuotes(sentence.get(k).text());
                if (!haystack.startsWith(token, at)) {
                    break;
                }
                begins[k] = at;
                at += token.length();
            }
            if (k == sentence.size()) {
                return begins;
            }
        }
        return null;
    }
}
