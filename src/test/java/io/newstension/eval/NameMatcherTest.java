package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameMatcherTest {
    @Test
    void normaliseDropsAccentsPunctuationAndLeadingTitles() {
        assertEquals("recep tayyip erdogan", NameMatcher.normalise("Recep Tayyip Erdoğan"));
        assertEquals("elizabeth ii", NameMatcher.normalise("Queen Elizabeth II"));
        assertEquals("beto orourke", NameMatcher.normalise("Beto O'Rourke"));
        assertEquals("bashar al assad", NameMatcher.normalise("President Bashar al-Assad"));
        assertEquals("president", NameMatcher.normalise("President"));
    }

    @Test
    void fullNamesMatchAfterNormalisation() {
        assertTrue(NameMatcher.sameName("Paweł Adamowicz", "Pawel ADAMOWICZ"));
        assertTrue(NameMatcher.sameName("Pope Francis", "Francis"));
    }

    @Test
    void surnameWithSameFirstInitialMatches() {
        assertTrue(NameMatcher.sameName("John R. Bolton", "John Bolton"));
        assertTrue(NameMatcher.sameName("Ali Hosseini Khamenei", "Ali Khamenei"));
    }

    @Test
    void familyMembersWithDifferentInitialsDoNotMatch() {
        assertFalse(NameMatcher.sameName("Hunter Biden", "Joe Biden"));
        assertFalse(NameMatcher.sameName("Hamza bin Laden", "Osama bin Laden"));
        assertFalse(NameMatcher.sameName("Andrew Johnson", "Boris Johnson"));
    }

    @Test
    void aOneWordNameMatchesTheSurnameOnly() {
        assertTrue(NameMatcher.sameName("Erdoğan", "Recep Tayyip Erdogan"));
        assertTrue(NameMatcher.sameName("Sergey Lavrov", "Lavrov"));
        assertFalse(NameMatcher.sameName("Sergey Lavrov", "Sergey"));
        assertFalse(NameMatcher.sameName("", "Lavrov"));
    }
}
