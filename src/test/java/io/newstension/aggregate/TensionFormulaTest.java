package io.newstension.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TensionFormulaTest {
    private static final double PRIOR = 0.3;
    private static final double STRENGTH = 3.0;

    @Test
    void noEvidenceGivesThePrior() {
        assertEquals(30.0, TensionFormula.score(0, 0, PRIOR, STRENGTH).tension(), 1e-9);
    }

    @Test
    void oneMaximallyTenseArticleStaysUnderTheDocumentedBound() {
        double bound = TensionFormula.singleArticleBound(1.0, PRIOR, STRENGTH);
        assertEquals(47.5, bound, 1e-9);
        assertTrue(TensionFormula.score(1.0, 1.0, PRIOR, STRENGTH).tension() <= bound + 1e-9);
    }

    @Test
    void moreTenseEvidenceRaisesTheScoreAndNarrowsTheInterval() {
        TensionFormula.Score few = TensionFormula.score(0.9 * 2, 2, PRIOR, STRENGTH);
        TensionFormula.Score many = TensionFormula.score(0.9 * 50, 50, PRIOR, STRENGTH);
        assertTrue(many.tension() > few.tension());
        assertTrue(many.high() - many.low() < few.high() - few.low());
    }

    @Test
    void rankWeightsOfOneArticleSumToTheCapAndFavourTheMostTense() {
        for (int n = 1; n <= 30; n++) {
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += TensionFormula.rankWeight(r, n, 1.0);
                if (r > 0) {
                    assertTrue(TensionFormula.rankWeight(r, n, 1.0) < TensionFormula.rankWeight(r - 1, n, 1.0));
                }
            }
            assertEquals(1.0, sum, 1e-9, "n=" + n);
        }
    }

    @Test
    void intervalContainsTheScoreAndStaysInRange() {
        for (double t : new double[] {0, 0.2, 0.5, 0.9, 1}) {
            for (double w : new double[] {0, 1, 10, 1000}) {
                TensionFormula.Score s = TensionFormula.score(t * w, w, PRIOR, STRENGTH);
                assertTrue(s.low() <= s.tension() && s.tension() <= s.high(), s.toString());
                assertTrue(s.low() >= 0 && s.high() <= 100, s.toString());
            }
        }
    }
}
