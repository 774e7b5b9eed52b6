package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoldJsonlTest {
    @Test
    void readsArticlesIgnoringExtraKeysAndBlankLines() {
        List<GoldArticle> gold = GoldJsonl.parse(List.of(
                "{\"url\": \"https://x.org/a\", \"title\": \"T\", \"countries\": [\"USA\", \"RUS\"], \"persons\": [\"Sergey Lavrov\"]}",
                "",
                "{\"url\": \"https://x.org/b\", \"countries\": [], \"persons\": []}"), "test");
        assertEquals(2, gold.size());
        assertEquals(Set.of("USA", "RUS"), gold.get(0).countries());
        assertEquals(List.of("Sergey Lavrov"), gold.get(0).persons());
        assertTrue(gold.get(1).countries().isEmpty());
    }

    @Test
    void rejectsNonIsoCodesAndMissingUrlsWithTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldJsonl.parse(
                List.of("{\"url\": \"u\", \"countries\": [\"Russia\"], \"persons\": []}"), "gold.jsonl"));
        assertTrue(e.getMessage().startsWith("gold.jsonl line 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoldJsonl.parse(List.of("{\"countries\": []}"), "g"));
        assertThrows(IllegalArgumentException.class, () -> GoldJsonl.parse(List.of("{not json"), "g"));
    }
}
