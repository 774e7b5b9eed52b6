package io.newstension.aggregate;

/**
 * The pair score of one period from its co-mentions, shrunk toward a prior when evidence is thin.
 *
 * <p>Each co-mention has a tension {@code t} in [0, 1] and a weight {@code w}: the {@code n} co-mentions of a pair in
 * one article, ranked by tension (r = 0 for the most tense), weigh {@code c·2^−r / (2·(1 − 2^−n))}, which sum to the
 * cap {@code c = aggregate.max_article_weight}; an article's view of a pair is led by its strongest statements and
 * not diluted by background sentences, and it never weighs more than {@code c}. With {@code W = Σw} and prior
 * {@code p} of strength {@code k}:
 * <pre>
 *   mean  = (Σ w·t + k·p) / (W + k)
 *   sd    = sqrt(mean·(1 − mean) / (W + k + 1))          (a Beta(k·p + Σw·t, k·(1−p) + Σw·(1−t)) posterior)
 *   low, high = clamp(mean ∓ 1.645·sd, 0, 1)             (about a 90 % interval)
 * </pre>
 * All three are reported ×100. One article of weight ≤ c cannot score above {@code 100·(c + k·p)/(c + k)}
 * (47.5 with the defaults c = 1, k = 3, p = 0.3), and the interval narrows as W grows.
 */
public final class TensionFormula {
    static final double Z90 = 1.645;

    private TensionFormula() {}

    /** Score, low and high, all 0..100. */
    public record Score(double tension, double low, double high) {}

    public static Score score(double weightedTensionSum, double weightSum, double prior, double strength) {
        double mean = (weightedTensionSum + strength * prior) / (weightSum + strength);
        double sd = Math.sqrt(mean * (1 - mean) / (weightSum + strength + 1));
        return new Score(100 * mean, 100 * clamp(mean - Z90 * sd), 100 * clamp(mean + Z90 * sd));
    }

    /** Weight of the co-mention ranked {@code rank} (0 = most tense) among {@code n} of one pair in one article. */
    public static double rankWeight(int rank, int n, double cap) {
        return cap * Math.pow(0.5, rank) / (2 * (1 - Math.pow(0.5, n)));
    }

    /** The highest score one article can give a pair, for the README and the tests. */
    public static double singleArticleBound(double maxArticleWeight, double prior, double strength) {
        return 100 * (maxArticleWeight + strength * prior) / (maxArticleWeight + strength);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
