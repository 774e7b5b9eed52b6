package io.newstension.validate;

import java.util.List;

/**
 * One dyad and period present both in the job's output and in the reference table.
 *
 * @param period           {@code 2021} for a year, {@code 2021-03} for a month
 * @param a                the alphabetically first ISO3 id of the pair
 * @param b                the other id
 * @param tension          {@code pair_tension.tension} (0..100)
 * @param articles         {@code pair_tension.articles}: the articles that co-mention the pair in the period (volume)
 * @param negativeTone     minus {@code pair_tension.tone_mean} (VADER compound, weighted as the tension is)
 * @param conflictCueShare the share of the pair's co-mentions (each counted once, unweighted) whose strongest event
 *                         cue is a conflict event ({@code comentions.quad_class} 3 or 4)
 * @param evidence         the period's most tense sentences, most tense first ({@code pair_tension.evidence})
 * @param measures         the reference's measures, in the order they were named
 */
public record DyadPeriod(String period, String a, String b, double tension, long articles, double negativeTone,
        double conflictCueShare, List<Evidence> evidence, List<Double> measures) {
    public DyadPeriod {
        evidence = List.copyOf(evidence);
        measures = List.copyOf(measures);
    }

    /** An evidence sentence with its co-mention tension (0..1). */
    public record Evidence(String sentence, double tension) {}

    /** The dyad's label, e.g. {@code RUS–UKR}. */
    public String dyad() {
        return a + "–" + b;
    }
}
