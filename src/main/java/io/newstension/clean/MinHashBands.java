package io.newstension.clean;

import java.io.Serializable;
import java.util.Random;

/**
 * MinHash signatures cut into LSH bands: two texts become a candidate pair when all {@code rows} MinHash values of
 * at least one of {@code bands} bands agree, which happens with probability {@code 1 - (1 - J^rows)^bands} for
 * Jaccard similarity J. Several rows per band is what keeps the candidates few: with one row per table (Spark ML's
 * {@code MinHashLSH}), two unrelated articles of similar wording (J = 0.3) are candidates in five tables with
 * probability 0.83, and a templated corpus (automated market or sports reports) makes the join quadratic. With the
 * defaults (25 bands of 4 rows): J = 0.3 gives 0.18, J = 0.7 gives 0.999, J = 0.8 gives 0.999998.
 *
 * <p>Hash functions are {@code ((1 + x) * a + b) mod p} as in Spark's {@code MinHashLSH}, with coefficients drawn from
 * {@code java.util.Random} (its algorithm is fixed by its specification), so a seed gives the same bands on any JVM.
 */
public final class MinHashBands implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Spark's MinHashLSH prime, above every shingle bucket index ({@link Shingles#FEATURES}). */
    static final long PRIME = 2_038_074_743L;

    private final int bands;
    private final int rows;
    private final long[] a;
    private final long[] b;

    public MinHashBands(int bands, int rows, long seed) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be >= 1, got " + bands + " and " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        Random random = new Random(seed);
        int n = bands * rows;
        this.a = new long[n];
        this.b = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = 1 + random.nextInt((int) (PRIME - 1));
            b[i] = random.nextInt((int) (PRIME - 1));
        }
    }

    /**
     * One 64-bit key per band, summarising that band's MinHash values (equal bands give equal keys; different bands
     * collide with probability about 2^-64). Empty for a text without shingles.
     *
     * @param shingles the text's shingle bucket indices ({@link Shingles#indices})
     */
    public long[] keys(int[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long key = 0xCBF29CE484222325L;
            for (int row = 0; row < rows; row++) {
                int f = band * rows + row;
                long min = Long.MAX_VALUE;
                for (int x : shingles) {
                    long h = ((1L + x) * a[f] + b[f]) % PRIME;
                    if (h < min) {
                        min = h;
                    }
                }
                key = (key ^ min) * 0x100000001B3L;
            }
            keys[band] = mix(key);
        }
        return keys;
    }

    /** Jaccard distance (1 - similarity) of two sorted, distinct index arrays; 1 for two empty sets. */
    public static double distance(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = x.length + y.length - common;
        return union == 0 ? 1.0 : 1.0 - (double) common / union;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
