package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenAlignerTest {
    private static Conll.Document doc(String... lines) {
        return Conll.parse(List.of(lines), "t").get(0);
    }

    @Test
    void givesChunksTheOffsetsOfTheCleanedText() {
        String text = "Title line\n\nSergey Lavrov met US envoys.";
        TokenAligner.Aligned a = TokenAligner.align(text, doc("-DOCSTART- u", "Sergey B-PER", "Lavrov I-PER",
                "met O", "US B-LOC USA", "envoys O", ". O"));
        assertEquals(List.of(new Span(Span.PER, null, 12, 25), new Span(Span.COUNTRY, "USA", 30, 32)), a.spans());
        assertEquals("Sergey Lavrov", text.substring(12, 25));
        assertEquals(0, a.unaligned());
    }

    @Test
    void curlyQuotesInTheGoldMatchStraightQuotesInTheText() {
        String text = "Biden's invitation";
        TokenAligner.Aligned a = TokenAligner.align(text, doc("-DOCSTART- u", "Biden B-PER", "’ O", "s O", "invitation O"));
        assertEquals(List.of(new Span(Span.PER, null, 0, 5)), a.spans());
    }

    @Test
    void aSentenceTheCleanerDroppedIsSkippedWithoutShiftingTheNextOnes() {
        String text = "Moscow replied.\nRussia said no.";
        TokenAligner.Aligned a = TokenAligner.align(text, doc("-DOCSTART- u",
                "Open O", "the O", "box O", "",
                "Moscow B-LOC RUS", "replied O", ". O", "",
                "Russia B-LOC RUS", "said O", "no O", ". O"));
        assertEquals(1, a.unaligned());
        assertEquals(List.of(new Span(Span.COUNTRY, "RUS", 0, 6), new Span(Span.COUNTRY, "RUS", 16, 22)), a.spans());
    }

    @Test
    void aRepeatedSentenceAlignsToItsNextOccurrence() {
        String text = "Iran said no. Iran said no.";
        TokenAligner.Aligned a = TokenAligner.align(text, doc("-DOCSTART- u",
                "Iran B-LOC IRN", "said O", "no O", ". O", "", "Iran B-LOC IRN", "said O", "no O", ". O"));
        assertEquals(List.of(new Span(Span.COUNTRY, "IRN", 0, 4), new Span(Span.COUNTRY, "IRN", 14, 18)), a.spans());
    }
}
