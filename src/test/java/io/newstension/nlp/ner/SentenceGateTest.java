package io.newstension.nlp.ner;

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
}
