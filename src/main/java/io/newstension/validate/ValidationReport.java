package io.newstension.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link Validation.Result}: a table per measure for people, the largest disagreements with their evidence
 * sentences, and one JSON object of the figures, printed last so scripts can take the last line.
 */
public final class ValidationReport {
    /** How the sample was drawn: what each side held and what matched. */
    public record Sample(String output, String reference, String period, int minItems, long jobDyadPeriods,
            long referenceRows, long referenceRowsLeftOut) {}

    private static final int EVIDENCE_SHOWN = 2;

    private final Sample sample;
    private final Validation.Result result;

    public ValidationReport(Sample sample, Validation.Result result) {
        this.sample = sample;
        this.result = result;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s: %d country dyad-%ss with >= %d articles; %s: %d rows (%d left out: no "
                        + "%s, ids or number); matched n = %d dyad-%ss, %d dyads", sample.output(), sample.jobDyadPeriods(),
                sample.period(), sample.minItems(), sample.reference(), sample.referenceRows(),
                sample.referenceRowsLeftOut(), sample.period(), result.n(), sample.period(), result.dyads()));
        for (Validation.MeasureFigures m : result.measures()) {
            out.add("");
            out.add("measure " + m.measure() + " (Spearman ρ, 95 % interval; within-dyad: ranks across a dyad's periods)");
            out.add(String.format(Locale.ROOT, "  %-20s %8s %18s %16s %8s %18s", "signal", "ρ", "95 % CI",
                    "ρ | volume", "within", "within 95 % CI"));
            m.signals().forEach((name, f) -> out.add(String.format(Locale.ROOT, "  %-20s %8s %18s %16s %8s %18s", name,
                    fmt(f.overall().rho()), interval(f.overall()), fmt(f.partial().rho()), fmt(f.within().rho()),
                    interval(f.within()))));
            Validation.SignalFigures t = m.signals().get("tension");
            out.add(String.format(Locale.ROOT, "  within-dyad n = %d dyad-%ss in dyads with >= 2 of them",
                    t.within().n(), sample.period()));
            out.add("  largest disagreements (rank as a fraction of n; " + (t.overall().rho() < 0
                    ? "ρ < 0, so the measure's ranks are reversed: a low " + m.measure() + " is expected with high tension"
                    : "a high " + m.measure() + " is expected with high tension") + "):");
            for (Validation.Disagreement d : m.disagreements()) {
                DyadPeriod r = d.row();
                out.add(String.format(Locale.ROOT, "    %s %s: tension %.1f (rank %.2f), %s %s (rank %.2f): tension %s; "
                                + "%d articles", r.period(), r.dyad(), r.tension(), d.tensionRank(), m.measure(),
                        number(d.measure()), d.measureRank(), d.difference() > 0 ? "higher than the reference suggests"
                                : d.difference() < 0 ? "lower than the reference suggests" : "where the reference puts it",
                        r.articles()));
                r.evidence().stream().limit(EVIDENCE_SHOWN).forEach(e -> out.add(String.format(Locale.ROOT,
                        "      %.2f  %s", e.tension(), e.sentence())));
            }
        }
        return out;
    }

    /** The figures as one JSON object on one line; undefined values are null. */
    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", sample.period());
        m.put("min_items", sample.minItems());
        m.put("job_dyad_periods", sample.jobDyadPeriods());
        m.put("reference_rows", sample.referenceRows());
        m.put("reference_rows_left_out", sample.referenceRowsLeftOut());
        m.put("n", result.n());
        m.put("dyads", result.dyads());
        Map<String, Object> measures = new LinkedHashMap<>();
        for (Validation.MeasureFigures mf : result.measures()) {
            Map<String, Object> signals = new LinkedHashMap<>();
            mf.signals().forEach((name, f) -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("rho", round(f.overall().rho()));
                s.put("low", round(f.overall().low()));
                s.put("high", round(f.overall().high()));
                s.put("partial_volume", round(f.partial().rho()));
                s.put("within", round(f.within().rho()));
                s.put("within_low", round(f.within().low()));
                s.put("within_high", round(f.within().high()));
                s.put("within_n", f.within().n());
                signals.put(name, s);
            });
            List<Map<String, Object>> disagreements = new ArrayList<>();
            for (Validation.Disagreement d : mf.disagreements()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("period", d.row().period());
                x.put("a", d.row().a());
                x.put("b", d.row().b());
                x.put("rank_difference", round(d.difference()));
                disagreements.add(x);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("signals", signals);
            one.put("disagreements", disagreements);
            measures.put(mf.measure(), one);
        }
        m.put("measures", measures);
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the figures as JSON", e);
        }
    }

    private static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10000) / 10000.0;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String interval(RankCorrelation.Estimate e) {
        return Double.isNaN(e.low()) ? "-" : String.format(Locale.ROOT, "%.3f..%.3f", e.low(), e.high());
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
