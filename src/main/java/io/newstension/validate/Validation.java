package io.newstension.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Sets the job's pair tension and three naive signals beside each reference measure, over matched dyad-periods:
 * Spearman's ρ with a 95 % interval, the partial ρ with volume held fixed, the within-dyad ρ (see
 * {@link RankCorrelation#withinGroups}), and the dyad-periods where tension and the measure disagree most. Pure Java:
 * the Spark side only gathers the {@link DyadPeriod}s.
 */
public final class Validation {
    /** The signals compared, in report order: the job's score first, then the naive baselines. */
    public static final Map<String, ToDoubleFunction<DyadPeriod>> SIGNALS = signals();

    private Validation() {}

    /** One signal against one measure. {@code partial} is NaN for volume itself. */
    public record SignalFigures(RankCorrelation.Estimate overall, RankCorrelation.Estimate partial,
            RankCorrelation.Estimate within) {}

    /**
     * A dyad-period whose tension rank and measure rank lie far apart. Ranks are fractions of n (1 = highest); the
     * measure's ranks are reversed when tension and the measure correlate negatively (net Goldstein: low = conflict),
     * so {@code difference} > 0 always means "tension higher than the reference suggests".
     */
    public record Disagreement(DyadPeriod row, double measure, double tensionRank, double measureRank) {
        public double difference() {
            return tensionRank - measureRank;
        }
    }

    /** Everything about one measure. */
    public record MeasureFigures(String measure, Map<String, SignalFigures> signals, List<Disagreement> disagreements) {}

    /** All measures, with the sample's size. */
    public record Result(int n, int dyads, List<MeasureFigures> measures) {}

    /**
     * @param rows          matched dyad-periods; each holds one value per name in {@code measures}
     * @param measures      the reference's measure names
     * @param disagreements how many of the largest disagreements to keep per measure
     */
    public static Result compute(List<DyadPeriod> rows, List<String> measures, int disagreements) {
        List<String> dyads = rows.stream().map(DyadPeriod::dyad).toList();
        double[] volume = values(rows, r -> r.articles());
        List<MeasureFigures> out = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            int index = m;
            double[] measure = values(rows, r -> r.measures().get(index));
            Map<String, SignalFigures> figures = new LinkedHashMap<>();
            SIGNALS.forEach((name, signal) -> {
                double[] x = values(rows, signal);
                RankCorrelation.Estimate partial = name.equals("volume")
                        ? new RankCorrelation.Estimate(Double.NaN, Double.NaN, Double.NaN, rows.size())
                        : RankCorrelation.partialSpearman(x, measure, volume);
                figures.put(name, new SignalFigures(RankCorrelation.spearmanWithInterval(x, measure), partial,
                        RankCorrelation.withinGroups(x, measure, dyads)));
            });
            boolean reversed = figures.get("tension").overall().rho() < 0;
            out.add(new MeasureFigures(measures.get(m), figures, disagreements(rows, measure, reversed, disagreements)));
        }
        return new Result(rows.size(), (int) dyads.stream().distinct().count(), out);
    }

    private static List<Disagreement> disagreements(List<DyadPeriod> rows, double[] measure, boolean reversed, int k) {
        int n = rows.size();
        double[] tensionRanks = RankCorrelation.ranks(values(rows, DyadPeriod::tension));
        double[] measureRanks = RankCorrelation.ranks(measure);
        List<Disagreement> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double mr = reversed ? n + 1 - measureRanks[i] : measureRanks[i];
            all.add(new Disagreement(rows.get(i), measure[i], tensionRanks[i] / n, mr / n));
        }
        return all.stream()
                .sorted(Comparator.comparingDouble((Disagreement d) -> -Math.abs(d.difference()))
                        .thenComparing(d -> d.row().dyad())
                        .thenComparing(d -> d.row().period()))
                .limit(k)
                .toList();
    }

    private static double[] values(List<DyadPeriod> rows, ToDoubleFunction<DyadPeriod> f) {
        return rows.stream().mapToDouble(f).toArray();
    }

    private static Map<String, ToDoubleFunction<DyadPeriod>> signals() {
        Map<String, ToDoubleFunction<DyadPeriod>> m = new LinkedHashMap<>();
        m.put("tension", DyadPeriod::tension);
        m.put("volume", r -> r.articles());
        m.put("negative_tone", DyadPeriod::negativeTone);
        m.put("conflict_cue_share", DyadPeriod::conflictCueShare);
        return java.util.Collections.unmodifiableMap(m);
    }
}
