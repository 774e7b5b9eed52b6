package io.newstension.eval;

/**
 * True-positive, false-positive and false-negative counts with the precision, recall and F1 they give. An empty
 * side scores 1.0 rather than NaN only when both sides are empty: nothing to find and nothing found is perfect.
 */
public record Prf(long tp, long fp, long fn) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 1.0 : (double) num / den;
    }
}
