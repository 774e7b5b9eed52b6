package io.newstension.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rank statistics on cases small enough to check by hand (the arithmetic is in the comments). */
class RankCorrelationTest {
    private static final double EPS = 1e-9;

    @Test
    void tiesGetTheAverageOfTheRanksTheySpan() {
        assertArrayEquals(new double[] {1, 3.5, 2, 3.5}, RankCorrelation.ranks(new double[] {10, 30, 20, 30}), EPS);
        assertArrayEquals(new double[] {2, 2, 2}, RankCorrelation.ranks(new double[] {7, 7, 7}), EPS);
    }

    @Test
    void spearmanIsPearsonOfAverageRanks() {
        // y ranks [1, 2, 3.5, 5, 3.5]; deviations from 3: x [-2,-1,0,1,2], y [-2,-1,.5,2,.5];
        // Σdxdy = 4+1+0+2+1 = 8, Σdx² = 10, Σdy² = 9.5 → ρ = 8/√95
        double rho = RankCorrelation.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {5, 6, 7, 8, 7});
        assertEquals(8 / Math.sqrt(95), rho, EPS);
        // Without ties it is 1 − 6Σd²/(n(n²−1)): d = [-2,-3,-1,4,2], Σd² = 34 → 1 − 204/120 = −0.7
        assertEquals(-0.7, RankCorrelation.spearman(new double[] {1, 2, 3, 5, 4}, new double[] {10, 30, 20, 1, 2}), EPS);
        assertEquals(-1.0, RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {9, 4, 1}), EPS);
    }

    @Test
    void aConstantSeriesHasNoCorrelation() {
        assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {4, 4, 4})));
        assertTrue(Double.isNaN(RankCorrelation.spearman(new double[] {1}, new double[] {4})));
    }

    @Test
    void fisherIntervalAroundHalfWithTwentyEightPairs() {
        // z = atanh(0.5) = 0.549306, se = 1/√25 = 0.2, z ± 1.96·0.2 → tanh(0.157313) = 0.156028, tanh(0.941299) = 0.735818
        RankCorrelation.Estimate e = RankCorrelation.withInterval(0.5, 28, 25);
        assertEquals(0.156028, e.low(), 1e-6);
        assertEquals(0.735818, e.high(), 1e-6);
        assertEquals(28, e.n());
        assertTrue(Double.isNaN(RankCorrelation.withInterval(0.5, 3, 0).low()), "three pairs give no interval");
    }

    @Test
    void partialSpearmanHoldsTheThirdVariableFixed() {
        assertEquals(1.0 / 3, RankCorrelation.partial(0.5, 0.5, 0.5), EPS);
        // z = [1,2,3,4], x = [1,2,4,3], y = [2,1,3,4]: ρxz = 1 − 6·2/60 = 0.8, ρyz = 0.8, ρxy = 1 − 6·4/60 = 0.6
        // → (0.6 − 0.64) / (1 − 0.64) = −1/9
        RankCorrelation.Estimate e = RankCorrelation.partialSpearman(
                new double[] {1, 2, 4, 3}, new double[] {2, 1, 3, 4}, new double[] {1, 2, 3, 4});
        assertEquals(-1.0 / 9, e.rho(), EPS);
        assertTrue(Double.isNaN(RankCorrelation.partialSpearman(
                new double[] {1, 2, 3}, new double[] {3, 1, 2}, new double[] {10, 20, 30}).rho()),
                "x ranked perfectly by z leaves nothing to correlate");
    }

    @Test
    void withinGroupsRanksInsideEachGroupAndLeavesSingletonsOut() {
        // A: x ranks [1,2,3] → centred [-1,0,1], y = [10,30,20] → ranks [1,3,2] → [-1,1,0]
        // B: x = [5,4] → [0.5,-0.5], y = [1,2] → [-0.5,0.5]; C has one period and is left out.
        // Σxy = 1 + 0 + 0 − 0.25 − 0.25 = 0.5, Σx² = Σy² = 2.5 → 0.2
        RankCorrelation.Estimate e = RankCorrelation.withinGroups(
                new double[] {1, 2, 3, 5, 4, 99}, new double[] {10, 30, 20, 1, 2, -99}, List.of("A", "A", "A", "B", "B", "C"));
        assertEquals(0.2, e.rho(), EPS);
        assertEquals(5, e.n());
        assertTrue(Double.isNaN(e.low()), "5 observations in 2 groups leave 0 degrees of freedom for an interval");
    }

    @Test
    void withinGroupsIgnoresEachGroupsLevelAndScale() {
        // Both groups rise together inside, but the group with the higher x has the far lower y: overall ρ < 0,
        // within ρ = 1.
        double[] x = {1, 2, 3, 101, 102, 103};
        double[] y = {1000, 2000, 3000, 1, 2, 3};
        List<String> g = List.of("A", "A", "A", "B", "B", "B");
        assertTrue(RankCorrelation.spearman(x, y) < 0);
        assertEquals(1.0, RankCorrelation.withinGroups(x, y, g).rho(), EPS);
    }
}
