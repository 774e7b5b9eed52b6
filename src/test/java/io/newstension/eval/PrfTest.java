package io.newstension.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrfTest {
    @Test
    void precisionRecallAndF1() {
        Prf prf = new Prf(6, 2, 4);
        assertEquals(0.75, prf.precision(), 1e-9);
        assertEquals(0.6, prf.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, prf.f1(), 1e-9);
    }

    @Test
    void sumsAndEdgeCases() {
        assertEquals(new Prf(3, 1, 2), new Prf(1, 1, 0).plus(new Prf(2, 0, 2)));
        assertEquals(0.0, new Prf(0, 3, 3).f1());
        assertEquals(1.0, Prf.ZERO.f1());
        assertThrows(IllegalArgumentException.class, () -> new Prf(-1, 0, 0));
    }
}
