package io.newstension.nlp.ner;

import io.newstension.nlp.persons.NameWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides what the NER model reads. The model costs about as much per sentence as the rest of the pipeline per
 * article, so it runs only where it can add something: a sentence with a capitalised word, after the sentence's
 * first word, that nothing explains yet. Explained are common capitalised words ("Monday", "President"), words
 * covered by a gazetteer match, words of the person gazetteer's names, and words the model already reads in an
 * earlier sentence of the article: a surname repeated after its full name is linked to it without the model. Long
 * sentences are cut to the words around the unexplained ones; over-long ones (boilerplate, lists) are left to the
 * gazetteers.
 */
public final class SentenceGate {
    /** A token or a gazetteer match: text and offsets (end inclusive, as Spark NLP writes them). */
    public record Span(String text, int begin, int end) {}

    /** A stretch of sentence {@code sentence} (its index in the list given) for the model, offsets as {@link Span}. */
    public record Window(int sentence, int begin, int end) {}

    private SentenceGate() {}

    /**
     * The stretches of an article's sentences the model should read, in one pass over sorted tokens and gazetteer
     * matches (an article of thousands of sentences and matches must not cost sentences x tokens x matches): a
     * sentence with an unexplained word whole, or, in a sentence longer than {@code wholeUpTo} tokens, the words
     * around each unexplained word, {@code radius} tokens either side, overlapping stretches merged. The model pads
     * every sentence of a batch to the batch's longest: one 120-token sentence among 64 makes the batch cost
     * 64 x 120 tokens. Only long sentences are cut, because the model tags a name differently with less context.
     *
     * @param sentences the article's sentences
     * @param tokens    the tokens of the whole document (tokens outside every sentence are ignored)
     * @param explained gazetteer matches in the document
     * @param knownWords words that need no model wherever they stand (the person gazetteer's name words)
     * @param maxTokens sentences with more tokens than this are skipped
     * @param wholeUpTo sentences with at most this many tokens are read whole
     * @param radius    tokens of context kept on each side of an unexplained word in a longer sentence
     * @return the windows in document order
     */
    public static List<Window> windows(List<Span> sentences, List<Span> tokens, List<Span> explained,
                                       Set<String> knownWords, int maxTokens, int wholeUpTo, int radius) {
        List<Span> byBegin = new ArrayList<>(tokens);
        byBegin.sort(Comparator.comparingInt(Span::begin));
        int[] tokenBegins = byBegin.stream().mapToInt(Span::begin).toArray();
        Coverage coverage = new Coverage(explained);
        Set<String> read = new HashSet<>();
        List<Span> inSentence = new ArrayList<>();
        List<Integer> unexplained = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            inSentence.clear();
            unexplained.clear();
            for (int t = lowerBound(tokenBegins, sentence.begin()); t < tokenBegins.length
                    && tokenBegins[t] <= sentence.end(); t++) {
                Span token = byBegin.get(t);
                if (token.end() > sentence.end()) {
                    continue;
                }
                if (inSentence.size() == maxTokens) {
                    unexplained.clear();
                    break;
                }
                String word = token.text();
                if (!inSentence.isEmpty() && looksLikeName(word) && !knownWords.contains(word) && !read.contains(word)
                        && !coverage.covers(token)) {
                    unexplained.add(inSentence.size());
                }
                inSentence.add(token);
            }
            if (!unexplained.isEmpty() && inSentence.size() <= wholeUpTo) {
                unexplained.forEach(k -> read.add(inSentence.get(k).text()));
                windows.add(new Window(s, inSentence.get(0).begin(), inSentence.get(inSentence.size() - 1).end()));
                continue;
            }
            int from = -1;
            int to = -1;
            for (int k : unexplained) {
                read.add(inSentence.get(k).text());
                if (from >= 0 && k - radius > to + 1) {
                    windows.add(new Window(s, inSentence.get(from).begin(), inSentence.get(to).end()));
                    from = -1;
                }
                if (from < 0) {
                    from = Math.max(0, k - radius);
                }
                to = Math.min(inSentence.size() - 1, k + radius);
            }
            if (from >= 0) {
                windows.add(new Window(s, inSentence.get(from).begin(), inSentence.get(to).end()));
            }
        }
        return windows;
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
