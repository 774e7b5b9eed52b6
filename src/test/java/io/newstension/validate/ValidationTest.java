package io.newstension.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signals beside a measure, and the disagreements' orientation, on hand-made dyad-periods. */
class ValidationTest {
    private static DyadPeriod row(String period, String a, String b, double tension, long articles, double measure) {
        return new DyadPeriod(period, a, b, tension, articles, -0.1 * tension, tension / 100, List.of(), List.of(measure));
    }

    @Test
    void aMeasureThatFallsWithTensionIsReportedAsIsAndItsRanksAreReversedForDisagreements() {
        // tension ranks [1,2,3,5,4], measure ranks [3,5,4,1,2] → ρ = −0.7; reversed measure ranks [3,1,2,5,4]:
        // differences (in ranks) [−2, 1, 1, 0, 0] → the first row disagrees most, tension lower than expected.
        List<DyadPeriod> rows = List.of(
                row("2019", "RUS", "USA", 10, 10, 10), row("2020", "RUS", "USA", 20, 20, 30),
                row("2021", "RUS", "USA", 30, 30, 20), row("2019", "FRA", "DEU", 50, 40, 1),
                row("2020", "FRA", "DEU", 40, 50, 2));
        Validation.Result r = Validation.compute(rows, List.of("goldstein"), 2);
        Validation.MeasureFigures m = r.measures().get(0);
        assertEquals(5, r.n());
        assertEquals(2, r.dyads());
        assertEquals(-0.7, m.signals().get("tension").overall().rho(), 1e-9);
        Validation.Disagreement top = m.disagreements().get(0);
        assertEquals("2019 RUS–USA", top.row().period() + " " + top.row().dyad());
        assertEquals(-2.0 / 5, top.difference(), 1e-9);
        assertEquals(2, m.disagreements().size());
        assertTrue(Double.isNaN(m.signals().get("volume").partial().rho()), "volume held fixed against itself is undefined");
    }
}
