package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionScorerTest {
    @Test
    void countriesNeedExactOffsetsAndTheSameId() {
        List<Span> gold = List.of(new Span(Span.COUNTRY, "USA", 0, 2), new Span(Span.COUNTRY, "RUS", 10, 16),
                new Span(Span.PER, null, 20, 33));
        List<Span> predicted = List.of(new Span(Span.COUNTRY, "USA", 0, 2), new Span(Span.COUNTRY, "GEO", 10, 16),
                new Span(Span.COUNTRY, "UKR", 40, 47));
        MentionScorer.Result r = MentionScorer.score(gold, predicted, Span.COUNTRY);
        assertEquals(new Prf(1, 2, 1), r.prf());
        assertEquals(List.of(new Span(Span.COUNTRY, "RUS", 10, 16)), r.falseNegatives());
        assertEquals(List.of(new Span(Span.COUNTRY, "GEO", 10, 16), new Span(Span.COUNTRY, "UKR", 40, 47)), r.falsePositives());
    }

    @Test
    void aPartialPersonSpanIsBothAFalsePositiveAndAMiss() {
        List<Span> gold = List.of(new Span(Span.PER, null, 20, 33));
        assertEquals(new Prf(0, 1, 1), MentionScorer.score(gold, List.of(new Span(Span.PER, null, 27, 33)), Span.PER).prf());
    }

    @Test
    void aGoldSpanIsMatchedOnlyOnce() {
        List<Span> gold = List.of(new Span(Span.PER, null, 0, 5));
        List<Span> twice = List.of(new Span(Span.PER, null, 0, 5), new Span(Span.PER, null, 0, 5));
        assertEquals(new Prf(1, 1, 0), MentionScorer.score(gold, twice, Span.PER).prf());
    }
}
