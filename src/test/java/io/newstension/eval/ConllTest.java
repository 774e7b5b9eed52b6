package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {
    static final List<String> FILE = List.of(
            "-DOCSTART- https://x.org/a",
            "",
            "Sergey B-PER",
            "Lavrov I-PER",
            "met O",
            "Russian B-MISC RUS",
            "and O",
            "United B-LOC USA",
            "States I-LOC USA",
            "envoys O",
            "in O",
            "Zug B-LOC",
            ". O",
            "",
            "Blinken B-PER",
            "spoke O");

    @Test
    void parsesDocumentsSentencesAndLinks() {
        List<Conll.Document> docs = Conll.parse(FILE, "t");
        assertEquals(1, docs.size());
        assertEquals("https://x.org/a", docs.get(0).url());
        assertEquals(2, docs.get(0).sentences().size());
        assertEquals(new Conll.Token("United", "B-LOC", "USA"), docs.get(0).sentences().get(0).get(5));
    }

    @Test
    void chunksFollowIob2WithTheirLinks() {
        List<Conll.Chunk> chunks = Conll.chunks(Conll.parse(FILE, "t").get(0).sentences().get(0));
        assertEquals(List.of(new Conll.Chunk("PER", null, 0, 1), new Conll.Chunk("MISC", "RUS", 3, 3),
                new Conll.Chunk("LOC", "USA", 5, 6), new Conll.Chunk("LOC", null, 9, 9)), chunks);
    }

    @Test
    void aBeginTagStartsANewChunkEvenAfterTheSameType() {
        List<Conll.Token> s = List.of(new Conll.Token("Iran", "B-LOC", "IRN"), new Conll.Token("Iraq", "B-LOC", "IRQ"),
                new Conll.Token("x", "I-PER", null));
        assertEquals(List.of(new Conll.Chunk("LOC", "IRN", 0, 0), new Conll.Chunk("LOC", "IRQ", 1, 1),
                new Conll.Chunk("PER", null, 2, 2)), Conll.chunks(s));
    }

    @Test
    void rejectsTokensBeforeADocumentAndBadTags() {
        assertThrows(IllegalArgumentException.class, () -> Conll.parse(List.of("Lavrov B-PER"), "t"));
        assertThrows(IllegalArgumentException.class, () -> Conll.parse(List.of("-DOCSTART- u", "Lavrov PER"), "t"));
    }
}
