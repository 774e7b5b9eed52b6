package io.newstension.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.comention.Party;
import java.util.ArrayList;
import java.util.Arrays;
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
        return pair(sentence, a, b, surfaceAndId).tension();
    }

    private static PairScore pair(String sentence, String a, String b, String... surfaceAndId) {
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < surfaceAndId.length; i += 2) {
            int at = sentence.indexOf(surfaceAndId[i]);
            while (at >= 0) {
                parties.add(new Party(surfaceAndId[i + 1], null, at, at + surfaceAndId[i].length()));
                at = sentence.indexOf(surfaceAndId[i], at + 1);
            }
        }
        return SCORER.scorePair(sentence, parties, a, b);
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

    @Test
    void theAccuserIsTheSourceAndTheAccusedTheTarget() {
        PairScore p = pair("The Supreme Leader of Iran Ali Khamenei accuses the United States of \"holding a gun\".",
                "IRN", "USA", "Iran", "IRN", "United States", "USA");
        assertEquals(List.of("adversarial", "IRN", "USA"), Arrays.asList(p.relation(), p.source(), p.target()));
    }

    @Test
    void aPassiveTakesTheAgentAfterByAsSource() {
        PairScore p = pair("Ukraine was attacked by Russia on Monday.", "RUS", "UKR", "Ukraine", "UKR", "Russia", "RUS");
        assertEquals(List.of("adversarial", "RUS", "UKR"), Arrays.asList(p.relation(), p.source(), p.target()));
    }

    @Test
    void sanctionsOnACountryAndAPossessiveSubject() {
        PairScore p = pair("America's Treasury imposed new sanctions on Russia.", "RUS", "USA",
                "America", "USA", "Russia", "RUS");
        assertEquals(List.of("adversarial", "USA", "RUS"), Arrays.asList(p.relation(), p.source(), p.target()));
    }

    @Test
    void aPersonActsForTheCountryOfHisAffiliation() {
        String s = "Lavrov condemned the United States.";
        List<Party> parties = List.of(new Party("lavrov", "RUS", 0, 6), new Party("USA", null, 19, 34));
        PairScore p = SCORER.scorePair(s, parties, "RUS", "USA");
        assertEquals(List.of("adversarial", "RUS", "USA"), Arrays.asList(p.relation(), p.source(), p.target()));
    }

    @Test
    void fightingBetweenTwoIsMutualWithoutADirection() {
        PairScore p = pair("Fighting broke out again between Armenia and Azerbaijan.", "ARM", "AZE",
                "Armenia", "ARM", "Azerbaijan", "AZE");
        assertEquals("adversarial", p.relation(), p.toString());
        assertEquals(Arrays.asList(null, null), Arrays.asList(p.source(), p.target()));
    }

    @Test
    void relationsOfTheContrastSentences() {
        String strikes = "The United States, Britain and France launched air strikes against Syria.";
        String[] parties = {"United States", "USA", "Britain", "GBR", "France", "FRA", "Syria", "SYR"};
        assertEquals("co_actors", pair(strikes, "FRA", "GBR", parties).relation());
        assertEquals(List.of("adversarial", "GBR", "SYR"),
                Arrays.asList(pair(strikes, "GBR", "SYR", parties).relation(), pair(strikes, "GBR", "SYR", parties).source(),
                        pair(strikes, "GBR", "SYR", parties).target()));
        assertEquals("listed", pair("Heavy winds and rain disrupt transportation and cut power in parts of France and "
                + "the United Kingdom.", "FRA", "GBR", "France", "FRA", "United Kingdom", "GBR").relation());
        assertEquals("third_party", pair("North Korea threatens to attack American military bases in response to "
                + "joint military drills with South Korea.", "KOR", "USA",
                "North Korea", "PRK", "American", "USA", "South Korea", "KOR").relation());
        assertEquals("adversarial", pair("North Korea threatens to attack American military bases in response to "
                + "joint military drills with South Korea.", "PRK", "USA",
                "North Korea", "PRK", "American", "USA", "South Korea", "KOR").relation());
    }

    @Test
    void aCountryActingInAnotherWithoutAnObjectActsOnIt() {
        String s = "U.S. forces killed five militants in an air strike in northwest Syria.";
        PairScore p = pair(s, "SYR", "USA", "U.S", "USA", "Syria", "SYR");
        assertEquals(List.of("adversarial", "USA", "SYR"), Arrays.asList(p.relation(), p.source(), p.target()));
        assertClearlyTense("United States–Syria", p.tension());
    }

    @Test
    void aPairWhoseRolesAreNotRecognisedKeepsTheSentenceScore() {
        String s = "Shelling near the border of Russia and Ukraine kills two.";
        PairScore p = pair(s, "RUS", "UKR", "Russia", "RUS", "Ukraine", "UKR");
        assertEquals("none", p.relation(), p.toString());
        assertEquals(SCORER.score(s).tension(), p.tension());
        assertTrue(p.tension() > neutral(), p.toString());
    }

    @Test
    void partiesToAnAllianceCondemnedByAThirdAreCoActors() {
        String s = "China condemns the formation of a new security alliance between the United States, United Kingdom, "
                + "and Australia.";
        String[] parties = {"China", "CHN", "United States", "USA", "United Kingdom", "GBR", "Australia", "AUS"};
        PairScore allies = pair(s, "AUS", "GBR", parties);
        assertEquals("co_actors", allies.relation(), allies.toString());
        assertTrue(allies.tension() <= neutral() + 1e-9, allies.toString());
        PairScore condemned = pair(s, "AUS", "CHN", parties);
        assertEquals(List.of("adversarial", "CHN", "AUS"),
                Arrays.asList(condemned.relation(), condemned.source(), condemned.target()));
    }

    @Test
    void alliesStrikingAThirdPartyTogetherCooperateAndThoseAccusedTogetherAreNeutral() {
        String strikes = "The United States, Britain and France launched air strikes against Syria.";
        String[] parties = {"United States", "USA", "Britain", "GBR", "France", "FRA", "Syria", "SYR"};
        PairScore together = pair(strikes, "FRA", "GBR", parties);
        assertEquals("co_actors", together.relation());
        assertTrue(together.tension() < neutral(), together.toString());
        PairScore accused = pair("Syria accused the United States and France of aggression.", "FRA", "USA",
                "Syria", "SYR", "United States", "USA", "France", "FRA");
        assertEquals("co_actors", accused.relation(), accused.toString());
        assertEquals(neutral(), accused.tension(), 1e-9);
    }

    @Test
    void aBorderNamedByItsTwoCountriesIsAPlace() {
        String s = "A car explodes near the Canada-United States border at the Rainbow Bridge, killing two people.";
        PairScore p = pair(s, "CAN", "USA", "Canada", "CAN", "United States", "USA");
        assertEquals("listed", p.relation(), p.toString());
        assertTrue(p.tension() <= neutral() + 1e-9, p.toString());
    }

    @Test
    void withoutPartiesThePairGetsTheSentenceScore() {
        String s = "The United States expelled ten Russian diplomats.";
        PairScore p = SCORER.scorePair(s, List.of(), "RUS", "USA");
        assertEquals(SCORER.score(s).tension(), p.tension());
        assertNull(p.relation());
    }
}
