package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final LanguageIdentifier ID = new LanguageIdentifier(List.of("en", "de", "fr", "es"));

    @Test
    void recordTagWins() {
        assertEquals("en", ID.identify("en-US", "Die Wähler haben gewählt."));
        assertEquals("de", ID.identify("DE", "anything"));
        assertEquals("fr", ID.identify("fr_CA", null));
    }

    @Test
    void detectsWhenTheRecordDoesNotSay() {
        assertEquals("de", ID.identify(null, "Die Wählerinnen und Wähler in Bayern haben am Sonntag einen neuen Landtag gewählt."));
        assertEquals("en", ID.identify("", "Voters in Bavaria elected a new state parliament on Sunday."));
        assertEquals("fr", ID.identify("unknown-tag", "Les électeurs bavarois ont élu dimanche un nouveau parlement régional."));
        assertNull(ID.identify(null, "   "));
    }

    @Test
    void unknownCandidateIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(List.of("en", "xx")));
    }
}
