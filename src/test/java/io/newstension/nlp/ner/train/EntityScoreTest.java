package io.newstension.nlp.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newstension.nlp.ner.train.EntityScore.Counts;
import io.newstension.nlp.ner.train.EntityScore.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScoreTest {
    @Test
    void spansReadIob2AndIob1AndSplitAdjacentEntities() {
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(3, 4, "LOC")),
                EntityScore.spans(List.of("B-PER", "I-PER", "O", "B-LOC")));
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(2, 3, "PER")),
                EntityScore.spans(List.of("I-PER", "I-PER", "B-PER")));
        assertEquals(List.of(new Span(0, 1, "PER"), new Span(1, 2, "LOC")),
                EntityScore.spans(List.of("B-PER", "I-LOC")));
        assertEquals(List.of(), EntityScore.spans(List.of("O", "O")));
    }

    @Test
    void onlyExactSpanAndTypeMatchesCount() {
        EntityScore score = new EntityScore();
        // Joe Biden met Putin in Moscow: Biden right, Putin missed, Moscow mistyped, one spurious ORG
        score.add(List.of("B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "O"),
                List.of("B-PER", "I-PER", "O", "O", "O", "B-ORG", "B-ORG"));
        assertEquals(new Counts(1, 0, 1), score.counts().get("PER"));
        assertEquals(new Counts(0, 0, 1), score.counts().get("LOC"));
        assertEquals(new Counts(0, 2, 0), score.counts().get("ORG"));
        Counts all = score.counts().get(EntityScore.ALL);
        assertEquals(new Counts(1, 2, 2), all);
        assertEquals(1.0 / 3, all.precision(), 1e-9);
        assertEquals(1.0 / 3, all.recall(), 1e-9);
        assertEquals(1.0 / 3, all.f1(), 1e-9);
        assertEquals(2.0 / 3, score.counts().get("PER").f1(), 1e-9);
    }

    @Test
    void aTypeNeverSeenScoresZeroNotNaN() {
        Counts none = new Counts(0, 0, 0);
        assertEquals(0, none.precision());
        assertEquals(0, none.f1());
    }

    @Test
    void misalignedTagListsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EntityScore().add(List.of("O"), List.of("O", "O")));
    }
}
