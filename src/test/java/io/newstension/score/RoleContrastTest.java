package io.newstension.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contrast fixtures from issue #18: the three kinds of sentence where a co-mention was scored as a relation it is not
 * (allies named in conflict news about a third party, a place list) or under-scored (verbal conflict).
 * Each is compared with a neutral pair, scored the same way.
 */
class RoleContrastTest {
    private static final SentenceScorer SCORER = new SentenceScorer(Lexicons.loadDefault());

    /** A pair named in a sentence without any cue. */
    private static final String NEUTRAL = "The weather reports of Japan and Canada were published on Tuesday.";
    /**
     * "Clearly above neutral": past the middle of the 0..1 scale, where a neutral sentence sits at 0.2. The event
     * record counts a verbal conflict event as a conflict event like any other, so one directed accusation, threat or
     * condemnation must make the pair's sentence more tense than not.
     */
    private static final double CLEARLY_TENSE = 0.5;

    /** Tension of the pair (a, b) in a sentence whose parties are given as (surface, entity id) pairs. */
    private static double tension(String sentence, String a, String b, String... surfaceAndId) {
        List<String> parties = new ArrayList<>(List.of(surfaceAndId));
        assertTrue(parties.size() % 2 == 0);
        // Today's scorer has no roles: the pair gets the sentence's score.
        return SCORER.score(sentence).tension();
    }

    private static double neutral() {
        return tension(NEUTRAL, "CAN", "JPN", "Japan", "JPN", "Canada", "CAN");
    }

    private static void assertClearlyTense(String pair, double tension) {
        assertTrue(tension >= CLEARLY_TENSE && tension >= neutral() + 0.25, pair + " " + tension + " vs neutral " + neutral());
    }

    @Test
    void alliesNamedInConflictWithAThirdPartyScoreNoHigherThanANeutralPair() {
        String s = "North Korea threatens to attack American military bases in Japan in response to the use of "
                + "nuclear-capable B-52 bombers in joint military drills with South Korea.";
        double allies = tension(s, "KOR", "USA", "North Korea", "PRK", "American", "USA", "South Korea", "KOR");
        assertTrue(allies <= neutral() + 1e-9, "South Korea–United States " + allies + " vs neutral " + neutral());
    }

    @Test
    void coActorsOfOneAccusationScoreNoHigherThanANeutralPair() {
        String s = "Syria's deputy foreign minister says that the United States, Britain and France helped "
                + "\"terrorists\" use chemical weapons in Syria.";
        double coActors = tension(s, "FRA", "GBR", "Syria", "SYR", "United States", "USA", "Britain", "GBR",
                "France", "FRA");
        assertTrue(coActors <= neutral() + 1e-9, "France–United Kingdom " + coActors + " vs neutral " + neutral());
    }

    @Test
    void aSentenceWhereOneAccusesTheOtherScoresClearlyAboveNeutral() {
        String s = "The Supreme Leader of Iran Ali Khamenei accuses the United States of \"holding a gun\" to "
                + "Tehran's head.";
        double accusation = tension(s, "IRN", "USA", "Iran", "IRN", "United States", "USA");
        assertClearlyTense("Iran–United States", accusation);
    }

    @Test
    void aThreatScoresClearlyAboveNeutral() {
        String s = "The Islamic Consultative Assembly of Iran threatens countermeasures to the U.S.";
        double threat = tension(s, "IRN", "USA", "Iran", "IRN", "U.S", "USA");
        assertClearlyTense("Iran–United States", threat);
    }

    @Test
    void aCondemnationScoresClearlyAboveNeutral() {
        double condemnation = tension("Russia condemned the United States.", "RUS", "USA",
                "Russia", "RUS", "United States", "USA");
        assertClearlyTense("Russia–United States", condemnation);
    }

    @Test
    void countriesListedAsPlacesWhereSomethingHappenedAreNoAdversaries() {
        String s = "Heavy winds and rain disrupt transportation and cut power in parts of France and the United "
                + "Kingdom, bringing the death toll to 6.";
        double places = tension(s, "FRA", "GBR", "France", "FRA", "United Kingdom", "GBR");
        assertTrue(places <= neutral() + 1e-9, "France–United Kingdom " + places + " vs neutral " + neutral());
    }
}
