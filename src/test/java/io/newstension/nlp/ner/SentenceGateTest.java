package io.newstension.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.nlp.ner.SentenceGate.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceGateTest {
    /** Whitespace tokens of {@code text} with Spark NLP's inclusive end offsets. */
    private static List<Span> tokens(String text) {
        List<Span> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            out.add(new Span(m.group(), m.start(), m.end() - 1));
        }
        return out;
    }

    private static boolean gated(String text, List<Span> explained, int maxTokens) {
        return SentenceGate.needsModel(new Span(text, 0, text.length() - 1), tokens(text), explained, maxTokens);
    }

    @Test
    void aSentenceWithAnUnexplainedNameGoesToTheModel() {
        assertTrue(gated("The envoy met Wendy Sherman on Monday", List.of(), 100));
    }

    @Test
    void calendarWordsTitlesAndTheFirstWordDoNotCount() {
        assertFalse(gated("Officials said on Monday that President and Minister would meet", List.of(), 100));
        assertFalse(gated("Talks resumed after a long pause", List.of(), 100), "a capital that only starts the sentence");
        assertFalse(gated("the US and NATO agreed in 2021", List.of(), 100), "acronyms are the gazetteers' job");
    }

    @Test
    void wordsAGazetteerMatchedAreExplained() {
        String text = "Relations between Russia and Ukraine worsened";
        assertFalse(gated(text, List.of(new Span("Russia", 18, 23), new Span("Ukraine", 29, 35)), 100));
        assertTrue(gated(text, List.of(new Span("Russia", 18, 23)), 100), "Ukraine is not explained");
    }

    @Test
    void overLongSentencesAreLeftToTheGazetteers() {
        String text = "Names: " + "Alpha Beta ".repeat(200);
        assertTrue(gated(text, List.of(), 500));
        assertFalse(gated(text, List.of(), 100));
    }

    @Test
    void tokensOutsideTheSentenceAreIgnored() {
        String doc = "It rained. Later Jane Doe spoke.";
        List<Span> all = tokens(doc);
        assertFalse(SentenceGate.needsModel(new Span("It rained.", 0, 9), all, List.of(), 100));
        assertTrue(SentenceGate.needsModel(new Span("Later Jane Doe spoke.", 11, 31), all, List.of(), 100));
    }

    /** The rule read off one sentence at a time, as plainly as it can be written. */
    private static boolean naive(Span sentence, List<Span> tokens, List<Span> explained, int maxTokens) {
        List<Span> inside = tokens.stream().filter(t -> t.begin() >= sentence.begin() && t.end() <= sentence.end()).toList();
        if (inside.size() > maxTokens) {
            return false;
        }
        return inside.stream().skip(1).anyMatch(t -> SentenceGate.looksLikeName(t.text())
                && explained.stream().noneMatch(e -> e.begin() <= t.begin() && t.end() <= e.end()));
    }

    @Test
    void aWholeArticleAtOnceGivesWhatEachSentenceAloneGives() {
        String[] words = {"Moscow", "said", "Jane", "Doe", "the", "talks", "Monday", "Lavrov", "and", "Peru", "met"};
        java.util.Random random = new java.util.Random(5);
        for (int article = 0; article < 200; article++) {
            StringBuilder text = new StringBuilder();
            List<Span> sentences = new ArrayList<>();
            int sentenceCount = 1 + random.nextInt(12);
            for (int s = 0; s < sentenceCount; s++) {
                int begin = text.length();
                int length = 1 + random.nextInt(9);
                for (int w = 0; w < length; w++) {
                    text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                }
                text.append('.');
                sentences.add(new Span(text.substring(begin), begin, text.length() - 1));
                text.append(' ');
            }
            List<Span> tokens = tokens(text.toString());
            List<Span> explained = new ArrayList<>();
            for (Span t : tokens) {
                if (random.nextInt(4) == 0) {
                    // Matches of one or two tokens, some overlapping, in no particular order.
                    int end = random.nextBoolean() ? t.end() : Math.min(text.length() - 1, t.end() + 6);
                    explained.add(0, new Span("match", t.begin(), end));
                }
            }
            int maxTokens = 3 + random.nextInt(8);
            boolean[] all = SentenceGate.needsModel(sentences, tokens, explained, maxTokens);
            for (int s = 0; s < sentences.size(); s++) {
                assertEquals(naive(sentences.get(s), tokens, explained, maxTokens), all[s], text + " / " + sentences.get(s));
            }
        }
    }
}
