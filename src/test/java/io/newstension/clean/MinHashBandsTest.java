package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MinHashBandsTest {
    private static final MinHashBands BANDS = new MinHashBands(25, 4, 7L);

    /**
     * {@code size} random bucket indices (as shingles hash to), of which {@code shared} are the same for every set
     * of one {@code pair}; the rest depend on {@code salt}.
     */
    private static int[] set(int size, int shared, int pair, int salt) {
        TreeSet<Integer> s = new TreeSet<>();
        Random common = new Random(pair);
        while (s.size() < shared) {
            s.add(common.nextInt(Shingles.FEATURES));
        }
        Random own = new Random(1_000_003L * salt + pair);
        while (s.size() < size) {
            s.add(own.nextInt(Shingles.FEATURES));
        }
        return s.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean candidates(int[] x, int[] y) {
        long[] a = BANDS.keys(x);
        long[] b = BANDS.keys(y);
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                return true;
            }
        }
        return false;
    }

    /** How many of 200 pairs of 600-element sets with Jaccard similarity {@code j} share a band. */
    private static int candidatePairs(double j) {
        int shared = (int) Math.round(1200 * j / (1 + j));
        int hits = 0;
        for (int pair = 0; pair < 200; pair++) {
            if (candidates(set(600, shared, pair, 1), set(600, shared, pair, 2))) {
                hits++;
            }
        }
        return hits;
    }

    @Test
    void sameSetsGiveSameKeysAndSeedsAreStable() {
        int[] s = set(300, 0, 0, 1);
        assertArrayEquals(BANDS.keys(s), BANDS.keys(s.clone()));
        assertArrayEquals(BANDS.keys(s), new MinHashBands(25, 4, 7L).keys(s));
        assertEquals(25, BANDS.keys(s).length);
        assertEquals(0, BANDS.keys(new int[0]).length);
    }

    @Test
    void nearCopiesShareABandAndUnrelatedTextsAlmostNever() {
        // 1 - (1 - J^4)^25: 0.9990 at 0.7, 0.184 at 0.3, 0.0025 at 0.1.
        assertTrue(candidatePairs(0.8) == 200, "J=0.8 pairs must all be candidates");
        assertTrue(candidatePairs(0.7) >= 197, "J=0.7 pairs should be candidates");
        int atPointThree = candidatePairs(0.3);
        assertTrue(atPointThree >= 15 && atPointThree <= 60, "J=0.3: expected about 37 of 200, got " + atPointThree);
        assertTrue(candidatePairs(0.1) <= 4, "J=0.1 pairs should almost never be candidates");
        assertEquals(0, candidatePairs(0.0));
    }

    @Test
    void moreRowsPerBandCompareFewerDissimilarTexts() {
        MinHashBands strict = new MinHashBands(25, 8, 7L);
        int[] x = set(600, 400, 0, 1);
        int[] y = set(600, 400, 0, 2);  // J = 0.5
        long[] a = strict.keys(x);
        long[] b = strict.keys(y);
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            shared += a[i] == b[i] ? 1 : 0;
        }
        int sharedFourRows = 0;
        long[] c = BANDS.keys(x);
        long[] d = BANDS.keys(y);
        for (int i = 0; i < c.length; i++) {
            sharedFourRows += c[i] == d[i] ? 1 : 0;
        }
        assertTrue(shared < sharedFourRows, "8 rows share " + shared + " bands, 4 rows " + sharedFourRows);
    }

    @Test
    void distanceIsOneMinusJaccard() {
        assertEquals(0.0, MinHashBands.distance(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
        assertEquals(1.0 - 2.0 / 4.0, MinHashBands.distance(new int[] {1, 2, 3}, new int[] {2, 3, 4}), 1e-12);
        assertEquals(1.0, MinHashBands.distance(new int[] {1}, new int[] {2}));
        assertEquals(1.0, MinHashBands.distance(new int[0], new int[0]));
    }

    @Test
    void badSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MinHashBands(0, 4, 1L));
        assertThrows(IllegalArgumentException.class, () -> new MinHashBands(25, 0, 1L));
    }
}
