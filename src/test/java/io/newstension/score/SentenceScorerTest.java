package io.newstension.score;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceScorerTest {
    private static final SentenceScorer SCORER = new SentenceScorer(Lexicons.loadDefault());
    private static final double EPS = 1e-12;

    private static final List<String> BASES = List.of(
            "The two ministers met in Reykjavik",
            "The weather report was published on Tuesday",
            "It's no secret that we have our differences",
            "Russia threatened Ukraine",
            "The talks may resume next week",
            "They did not threaten anyone",
            "Officials praised the very good cooperation",
            "Troops were seen near the border",
            "The United States expelled ten Russian diplomats");
    private static final List<String> CONFLICT = List.of(
            "threatened to attack", "imposed new sanctions", "expelled ten diplomats", "launched air strikes",
            "accused them of spying", "seized the ship");
    private static final List<String> COOPERATION = List.of(
            "signed a trade agreement", "met with officials", "agreed to cooperate", "praised the talks",
            "promised aid");

    private static Cues score(String s) {
        return SCORER.score(s);
    }

    @Test
    void expulsionAndSanctionsAreHighMaterialConflict() {
        Cues c = score("The United States expelled ten Russian diplomats and imposed new sanctions.");
        assertAll(
                () -> assertTrue(c.tension() >= 0.7, "tension " + c.tension()),
                () -> assertEquals(4, c.quadClass()),
                () -> assertEquals(-8.0, c.goldstein(), EPS),
                () -> assertTrue(c.cues().contains("event:174 expelled diplomats"), c.cues().toString()),
                () -> assertTrue(c.cues().contains("event:163 imposed sanctions"), c.cues().toString()),
                () -> assertTrue(c.tone() < 0, "tone " + c.tone()));
    }

    @Test
    void meetingIsCooperationBelowBaseline() {
        Cues c = score("The two ministers met in Reykjavik.");
        assertTrue(c.cues().contains("event:040 met"), c.cues().toString());
        assertEquals(1, c.quadClass());
        assertTrue(c.goldstein() > 0);
        assertTrue(c.tension() < SentenceScorer.BASELINE && c.tension() > 0.1, "tension " + c.tension());
    }

    @Test
    void signedAgreementIsLowTension() {
        Cues c = score("They signed a cooperation agreement.");
        assertTrue(c.cues().contains("event:057 signed agreement"), c.cues().toString());
        assertTrue(c.tension() <= 0.1, "tension " + c.tension());
    }

    @Test
    void differencesSentenceIsSomewhatTenseAndNegative() {
        Cues c = score("It's no secret that we have our differences.");
        assertTrue(c.tone() < 0, "tone " + c.tone());
        assertTrue(c.tension() > SentenceScorer.BASELINE && c.tension() < 0.5, "tension " + c.tension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The weather report was published on Tuesday.", "Lavrov spoke to reporters in Moscow.",
        "The museum opened a new wing."})
    void neutralSentencesSitAtTheBaseline(String sentence) {
        Cues c = score(sentence);
        assertTrue(c.tension() >= 0.15 && c.tension() <= 0.25, sentence + " → " + c);
    }

    @Test
    void emptySentenceHasNoCues() {
        Cues c = score("");
        assertEquals(new Cues(0.0, null, null, List.of(), SentenceScorer.BASELINE), c);
    }

    @Test
    void negatedEventDoesNotCount() {
        Cues threatened = score("Russia threatened Ukraine.");
        Cues notThreatened = score("Russia did not threaten Ukraine.");
        assertTrue(notThreatened.tension() < threatened.tension());
        assertTrue(notThreatened.cues().contains("negated:event:130 threaten"), notThreatened.cues().toString());
        assertNull(notThreatened.goldstein());
        assertEquals(3, threatened.quadClass());
        assertTrue(score("China refused to meet US officials.").cues().contains("negated:event:040 meet"));
    }

    @Test
    void negationStopsAtAClauseBreak() {
        Cues c = score("They did not agree, and threatened war.");
        assertTrue(c.cues().stream().anyMatch(s -> s.startsWith("event:130 threatened")), c.cues().toString());
    }

    @Test
    void hedgeHalvesEventWeight() {
        double plain = score("Russia threatened Ukraine.").tension();
        Cues hedged = score("Russia reportedly threatened Ukraine.");
        assertTrue(hedged.cues().contains("hedge:reportedly"));
        assertTrue(hedged.tension() < plain && hedged.tension() > SentenceScorer.BASELINE,
                hedged.tension() + " vs " + plain);
        assertEquals(-4.4, hedged.goldstein(), EPS, "the Goldstein weight itself is not hedged");
    }

    @Test
    void mayAsMonthIsNoHedge() {
        assertFalse(score("Blinken met Lavrov on May 20, 2021.").cues().stream().anyMatch(s -> s.startsWith("hedge")));
        assertTrue(score("Russia may respond.").cues().contains("hedge:may"));
    }

    @Test
    void boostersAndNegatorsShapeTone() {
        double good = score("The results were good.").tone();
        double veryGood = score("The results were very good.").tone();
        double notGood = score("The results were not good.").tone();
        double bad = score("The results were bad.").tone();
        double veryBad = score("The results were very bad.").tone();
        assertTrue(veryGood > good && good > 0, veryGood + " " + good);
        assertTrue(notGood < 0, "negated 'good' is negative: " + notGood);
        assertTrue(veryBad < bad && bad < 0, veryBad + " " + bad);
        assertTrue(score("The results were slightly good.").tone() < good);
    }

    @Test
    void gprTermsFollowTheIndexRules() {
        assertTrue(score("Troops massed at the border.").cues().contains("gpr:military troops"));
        assertFalse(hasGpr(score("The concern grew over prices.")), "an act word needs a topic word");
        assertTrue(score("War fears grew.").cues().contains("gpr:threat fears"));
        assertFalse(hasGpr(score("The price war hurt retailers.")), "exclusion words disqualify nearby terms");
        assertFalse(hasGpr(score("They want peace.")), "peace counts only with a disruption word");
        assertTrue(hasGpr(score("The peace deal is under threat.")));
        assertTrue(score("There is no war.").cues().contains("negated:gpr:war war"));
    }

    private static boolean hasGpr(Cues c) {
        return c.cues().stream().anyMatch(s -> s.startsWith("gpr:"));
    }

    @Test
    void everyTestPhraseCarriesItsCue() {
        for (String p : CONFLICT) {
            Cues c = score("They " + p + ".");
            assertTrue(c.goldstein() != null && c.goldstein() < 0, p + " → " + c);
        }
        for (String p : COOPERATION) {
            Cues c = score("They " + p + ".");
            assertTrue(c.goldstein() != null && c.goldstein() > 0, p + " → " + c);
        }
    }

    @Test
    void moreConflictNeverLowersTension() {
        List<String> failures = new ArrayList<>();
        for (String base : BASES) {
            double before = score(base + ".").tension();
            for (String p : CONFLICT) {
                String one = base + ", and they " + p;
                double after = score(one + ".").tension();
                if (after < before - EPS) {
                    failures.add(one + ": " + before + " → " + after);
                }
                for (String q : CONFLICT) {
                    double twice = score(one + ", and " + q + ".").tension();
                    if (twice < after - EPS) {
                        failures.add(one + " + " + q + ": " + after + " → " + twice);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void moreCooperationNeverRaisesTension() {
        List<String> failures = new ArrayList<>();
        for (String base : BASES) {
            double before = score(base + ".").tension();
            for (String p : COOPERATION) {
                String one = base + ", and they " + p;
                double after = score(one + ".").tension();
                if (after > before + EPS) {
                    failures.add(one + ": " + before + " → " + after);
                }
                for (String q : COOPERATION) {
                    double twice = score(one + ", and " + q + ".").tension();
                    if (twice > after + EPS) {
                        failures.add(one + " + " + q + ": " + after + " → " + twice);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void scoringIsDeterministic() throws Exception {
        String s = "Iran rejected the peace treaty and may have threatened to attack, officials said.";
        Cues first = score(s);
        assertEquals(first, score(s));
        assertEquals(first, new SentenceScorer(Lexicons.loadDefault()).score(s));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(SCORER);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(first, ((SentenceScorer) in.readObject()).score(s));
        }
    }

    @Test
    void unicodeAndOddInputStayInRange() {
        for (String s : List.of("Путин угрожал Украине 🚀 — «война»", "   ", "!!!,,,;;", "naïve café déjà-vu",
                "don't", "'", "War!!! WAR??? war...", "\u0000\uFFFF\uD83D\uDE00")) {
            Cues c = score(s);
            assertTrue(c.tension() >= 0 && c.tension() <= 1 && c.tone() >= -1 && c.tone() <= 1, s + " → " + c);
        }
    }

    @Test
    void fiftyThousandWordSentenceFinishesQuickly() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"not", "very", "war", "threatened", "imposed", "new", "sanctions", "peace", "price", "met"};
        for (int i = 0; i < 50_000; i++) {
            sb.append(words[(i * 7 + i / 3) % words.length]).append(' ');
        }
        Cues c = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> score(sb.toString()));
        assertNotNull(c.goldstein());
        assertTrue(c.tension() > SentenceScorer.BASELINE && c.tension() <= 1.0, "tension " + c.tension());
    }

    @Test
    void nullSentenceIsRejected() {
        assertThrows(NullPointerException.class, () -> score(null));
    }

    @Test
    void cuesCheckTheirRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Cues(0, null, null, List.of(), 1.5));
        assertThrows(IllegalArgumentException.class, () -> new Cues(-2, null, null, List.of(), 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Cues(0, -8.0, null, List.of(), 0.5));
        assertThrows(IllegalArgumentException.class, () -> new Cues(0, -8.0, 5, List.of(), 0.5));
    }
}
