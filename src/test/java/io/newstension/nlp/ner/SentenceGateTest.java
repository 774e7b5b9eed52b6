package io.newstension.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.nlp.ner.SentenceGate.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** Whether each sentence gets a window (a wide radius: the windows are the sentences' business below). */
    private static boolean[] needsModel(List<Span> sentences, List<Span> tokens, List<Span> explained,
                                        Set<String> known, int maxTokens) {
        boolean[] needs = new boolean[sentences.size()];
        SentenceGate.windows(sentences, tokens, explained, known, maxTokens, 0, 1000).forEach(w -> needs[w.sentence()] = true);
        return needs;
    }

    private static boolean needsModel(Span sentence, List<Span> tokens, List<Span> explained, Set<String> known,
                                      int maxTokens) {
        return needsModel(List.of(sentence), tokens, explained, known, maxTokens)[0];
    }

    private static boolean gated(String text, List<Span> explained, int maxTokens) {
        return needsModel(new Span(text, 0, text.length() - 1), tokens(text), explained, Set.of(), maxTokens);
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
        assertFalse(needsModel(new Span("It rained.", 0, 9), all, List.of(), Set.of(), 100));
        assertTrue(needsModel(new Span("Later Jane Doe spoke.", 11, 31), all, List.of(), Set.of(), 100));
    }

    @Test
    void namesThePersonGazetteerKnowsAreExplained() {
        String text = "The envoy met Wendy Sherman in Geneva";
        Span sentence = new Span(text, 0, text.length() - 1);
        assertFalse(needsModel(sentence, tokens(text), List.of(new Span("Geneva", 31, 36)),
                Set.of("Wendy", "Sherman"), 100));
        assertTrue(needsModel(sentence, tokens(text), List.of(new Span("Geneva", 31, 36)),
                Set.of("Sherman"), 100), "an unknown given name may start an unknown person");
    }

    @Test
    void aNameTheModelReadsEarlierInTheArticleIsExplainedLater() {
        String doc = "Later Jane Doe spoke. Then Doe left. Then Roe left.";
        List<Span> sentences = List.of(new Span("Later Jane Doe spoke.", 0, 20), new Span("Then Doe left.", 22, 35),
                new Span("Then Roe left.", 37, 50));
        assertArrayEquals(new boolean[] {true, false, true},
                needsModel(sentences, tokens(doc), List.of(), Set.of(), 100));
        assertArrayEquals(new boolean[] {false, true, true},
                needsModel(sentences, tokens(doc), List.of(), Set.of(), 3),
                "a sentence left to the gazetteers explains nothing later");
    }

    @Test
    void aLongSentenceIsReadInWindowsAroundItsUnexplainedNamesOverlapsMerged() {
        String doc = "Then Doe and Roe met the old friends of the two families from the quiet valley near Poe today.";
        List<Span> tokens = tokens(doc);
        List<SentenceGate.Window> windows = SentenceGate.windows(List.of(new Span(doc, 0, doc.length() - 1)), tokens,
                List.of(), Set.of(), 100, 10, 2);
        assertEquals(List.of(new SentenceGate.Window(0, 0, doc.indexOf("the old") + 2),
                new SentenceGate.Window(0, doc.indexOf("valley"), doc.length() - 1)), windows);
        assertEquals("Then Doe and Roe met the", doc.substring(windows.get(0).begin(), windows.get(0).end() + 1));
        assertEquals("valley near Poe today.", doc.substring(windows.get(1).begin(), windows.get(1).end() + 1));
        assertEquals(List.of(new SentenceGate.Window(0, 0, doc.length() - 1)), SentenceGate.windows(
                List.of(new Span(doc, 0, doc.length() - 1)), tokens, List.of(), Set.of(), 100, 19, 2),
                "a sentence of 19 tokens is read whole");
    }

    /** The rule read off one sentence at a time, in order, as plainly as it can be written. */
    private static boolean[] naive(List<Span> sentences, List<Span> tokens, List<Span> explained, Set<String> known,
                                   int maxTokens) {
        Set<String> read = new HashSet<>();
        boolean[] needs = new boolean[sentences.size()];
        for (int s = 0; s < needs.length; s++) {
            Span sentence = sentences.get(s);
            List<Span> inside = tokens.stream().filter(t -> t.begin() >= sentence.begin() && t.end() <= sentence.end())
                    .toList();
            if (inside.size() > maxTokens) {
                continue;
            }
            List<String> open = inside.stream().skip(1).filter(t -> SentenceGate.looksLikeName(t.text())
                    && !known.contains(t.text()) && !read.contains(t.text())
                    && explained.stream().noneMatch(e -> e.begin() <= t.begin() && t.end() <= e.end()))
                    .map(Span::text).toList();
            needs[s] = !open.isEmpty();
            read.addAll(open);
        }
        return needs;
    }

    @Test
    void aWholeArticleAtOnceGivesWhatTheSentencesReadInOrderGive() {
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
            Set<String> known = random.nextBoolean() ? Set.of("Lavrov") : Set.of();
            assertArrayEquals(naive(sentences, tokens, explained, known, maxTokens),
                    needsModel(sentences, tokens, explained, known, maxTokens), text.toString());
        }
    }
}
