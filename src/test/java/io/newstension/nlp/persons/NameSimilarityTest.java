package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {
    @Test
    void commonMisspellingsAreTheSamePerson() {
        assertTrue(NameSimilarity.likelySame("Blinkin", "Blinken"));
        assertTrue(NameSimilarity.likelySame("Biden", "Bidden"));
        assertTrue(NameSimilarity.likelySame("Anthony Blinkin", "Anthony Blinken"));
        assertTrue(NameSimilarity.likelySame("Zelenskyy", "Zelensky"));
        assertTrue(NameSimilarity.likelySame("Erdoğan", "erdogan"));
    }

    @Test
    void differentPeopleAreNot() {
        assertFalse(NameSimilarity.likelySame("Putin", "Pence"));
        assertFalse(NameSimilarity.likelySame("Kim", "Kin"), "too short to judge");
        assertFalse(NameSimilarity.likelySame("Lavrov", "Lavrova"), "feminine form: another person");
        assertFalse(NameSimilarity.likelySame("Kim Jong Un", "Kim Jong Il"));
        assertFalse(NameSimilarity.likelySame("Obama", "Osama"));
        assertFalse(NameSimilarity.likelySame("Antony Blinken", "Blinken"), "word counts differ");
    }

    @Test
    void similarityIsJaroWinklerOnNormalisedNames() {
        assertEquals(1.0, NameSimilarity.similarity("Sergei  LAVROV", "sergei lavrov"), 1e-9);
        assertEquals(0.961, NameSimilarity.similarity("Biden", "Bidden"), 0.001);
        assertEquals(0.0, NameSimilarity.similarity("abc", "xyz"), 1e-9);
        assertTrue(NameSimilarity.similarity("Putin", "Pence") < 0.7);
    }

    @Test
    void oneEditIsCountedExactly() {
        assertTrue(NameSimilarity.withinOneEdit("medvedev", "medvedv"));
        assertTrue(NameSimilarity.withinOneEdit("medvedev", "medwedev"));
        assertFalse(NameSimilarity.withinOneEdit("medvedev", "mdwedev"));
    }

    @Test
    void normalisedWordsAtMostTwoLettersApartInLength() {
        assertTrue(NameSimilarity.normalizedWordsLikelySame("blinkin", "blinken"));
        assertTrue(NameSimilarity.normalizedWordsLikelySame("kim", "kim"));
        assertFalse(NameSimilarity.normalizedWordsLikelySame("blinken", "blinkenberg"));
        assertFalse(NameSimilarity.normalizedWordsLikelySame("lavrov", "lavrova"));
    }
}
