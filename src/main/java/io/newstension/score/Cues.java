package io.newstension.score;

import java.util.List;

/**
 * What {@link SentenceScorer} found in one sentence.
 *
 * @param tone      VADER-style compound sentiment in [-1, 1]
 * @param goldstein Goldstein weight (-10..+10) of the strongest counted event cue; null when there is none
 * @param quadClass GDELT quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                  4 material conflict) of that cue; null when there is none
 * @param cues      human-readable evidence, e.g. {@code "event:163 imposed sanctions"}, {@code "gpr:war war"},
 *                  {@code "tone:-2.9 war"}, {@code "negated:event:130 threaten"}, {@code "hedge:may"}
 * @param tension   tension score in [0, 1]; see {@link SentenceScorer} for the formula
 */
public record Cues(double tone, Double goldstein, Integer quadClass, List<String> cues, double tension) {
    public Cues {
        if (!(tone >= -1.0 && tone <= 1.0)) {
            throw new IllegalArgumentException("tone: expected a value in [-1, 1], got " + tone);
        }
        if (!(tension >= 0.0 && tension <= 1.0)) {
            throw new IllegalArgumentException("tension: expected a value in [0, 1], got " + tension);
        }
        if ((goldstein == null) != (quadClass == null)) {
            throw new IllegalArgumentException("goldstein and quadClass: expected both or neither, got "
                    + goldstein + " and " + quadClass);
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("quadClass: expected 1..4, got " + quadClass);
        }
        cues = List.copyOf(cues);
    }
}
