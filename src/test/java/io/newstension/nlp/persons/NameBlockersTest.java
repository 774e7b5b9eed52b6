package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameBlockersTest {

    @Test
    void readsWordsByUseAndSkipsComments() {
        Map<String, Set<String>> read = NameBlockers.parse("t.tsv",
                List.of("# comment", "word\tuse", "villa\tin_name", "desk\tin_name", "company\tbefore_name"));
        assertEquals(Set.of("villa", "desk"), read.get(NameBlockers.IN_NAME));
        assertEquals(Set.of("company"), read.get(NameBlockers.BEFORE_NAME));
    }

    @Test
    void aBadRowNamesTheResourceAndTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NameBlockers.parse("t.tsv", List.of("word\tuse", "Villa\tin_name")));
        assertTrue(e.getMessage().startsWith("t.tsv:2: expected"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NameBlockers.parse("t.tsv", List.of("word\tkind")));
        assertThrows(IllegalArgumentException.class, () -> NameBlockers.parse("t.tsv", List.of("word\tuse", "x\tnear")));
    }

    @Test
    void theShippedListBlocksTeamsDesksAndOrganisationKinds() {
        assertTrue(NameBlockers.words(NameBlockers.IN_NAME).containsAll(Set.of("villa", "wallabies", "desk", "pipeline")));
        assertTrue(NameBlockers.words(NameBlockers.BEFORE_NAME).containsAll(Set.of("company", "band")));
    }
}
