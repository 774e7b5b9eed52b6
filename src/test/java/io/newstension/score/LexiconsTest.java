package io.newstension.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconsTest {
    private static final Lexicons LEX = Lexicons.loadDefault();

    @Test
    void loadsOncePerJvm() {
        assertSame(LEX, Lexicons.loadDefault());
    }

    @Test
    void serialisedInstanceResolvesToTheSharedOne() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(LEX);
        }
        assertTrue(bytes.size() < 1_000, "the tables must not be serialised, got " + bytes.size() + " bytes");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSame(LEX, in.readObject());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "010, 0.0, 1", "036, 4.0, 1", "057, 8.0, 1", "060, 6.0, 2", "0874, 10.0, 2",
        "111, -2.0, 3", "130, -4.4, 3", "163, -8.0, 4", "174, -5.0, 4", "190, -10.0, 4"})
    void goldsteinWeightsAndQuadClasses(String code, double goldstein, int quadClass) {
        EventCode c = LEX.eventCode(code);
        assertNotNull(c, code);
        assertEquals(goldstein, c.goldstein(), 1e-9);
        assertEquals(quadClass, c.quadClass());
        assertFalse(c.name().isBlank());
    }

    @Test
    void mangledGdeltNameIsRepaired() {
        assertEquals("Meet at a third location", LEX.eventCode("044").name());
    }

    @Test
    void vaderValencesAndModifiers() {
        assertEquals(-2.9, LEX.valence("war"), 1e-9);
        assertEquals(2.5, LEX.valence("peace"), 1e-9);
        assertNull(LEX.valence("united"), "institution-name words are left out");
        assertNull(LEX.valence("reykjavik"));
        assertEquals(0.293, LEX.booster("very"), 1e-9);
        assertEquals(-0.293, LEX.booster("slightly"), 1e-9);
        assertEquals(-0.74, LEX.negationScalar(), 1e-9);
        assertEquals(0.5, LEX.hedgeWeight(), 1e-9);
        assertTrue(LEX.isNegator("never"));
        assertTrue(LEX.isNegator("shouldn't"), "any n't word negates");
        assertFalse(LEX.isNegator("refused"));
        assertTrue(LEX.isEventNegator("refused"));
        assertTrue(LEX.isEventNegator("not"));
        assertTrue(LEX.isHedge("reportedly"));
        assertFalse(LEX.isHedge("said"));
    }

    @ParameterizedTest
    @CsvSource({
        "'expelled ten russian diplomats', 174, '0 3'",
        "'imposed a new round of sanctions', 163, '0 5'",
        "'imposed', 170, '0'",
        "'impose taxes', ---, '0 1'",
        "'met with the minister', 040, '0 1'",
        "'signed a cooperation agreement', 057, '0 3'"})
    void eventPhrasesMatchLongestFirstWithGaps(String text, String code, String positions) {
        Tokens t = Tokens.of(text);
        EventIndex.Match m = LEX.events().find(t, 0, new boolean[t.size()]);
        assertNotNull(m, text);
        assertEquals(code, m.code(), text);
        int[] expected = java.util.Arrays.stream(positions.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(expected, m.positions(), text);
    }

    @Test
    void eventGapStopsAtClauseBreakAndStoplistedBareVerbs() {
        Tokens t = Tokens.of("imposed, on Monday, sanctions");
        assertEquals("170", LEX.events().find(t, 0, new boolean[t.size()]).code());
        for (String word : List.of("according", "took", "march", "united", "states")) {
            Tokens w = Tokens.of(word);
            assertNull(LEX.events().find(w, 0, new boolean[1]), word);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "threatened, threat, 1", "war, war, 1", "warned, threat, 1", "'nuclear weapons', nuclear, 2",
        "'price war', exclude, 2", "troops, military, 1", "'build up', buildup, 2"})
    void gprTermsMatchLongestWithPrefixes(String text, String category, int length) {
        Tokens t = Tokens.of(text);
        GprIndex.Hit hit = LEX.gpr().find(t, 0);
        assertNotNull(hit, text);
        assertEquals(category, hit.term().category(), text);
        assertEquals(length, hit.end() - hit.start(), text);
    }

    @Test
    void tokensKeepApostrophesAndSplitClauses() {
        Tokens t = Tokens.of("Didn’t the U.S.-led build-up, “really” fail?");
        assertArrayEquals(new String[] {"didn't", "the", "u", "s", "led", "build", "up", "really", "fail"}, t.words());
        assertEquals("Didn't", t.raw()[0]);
        assertTrue(t.sameClause(0, 6));
        assertFalse(t.sameClause(6, 7), "a comma starts a new clause");
        assertFalse(t.sameClause(7, 8), "a closing quote starts a new clause");
    }
}
