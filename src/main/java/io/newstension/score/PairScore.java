package io.newstension.score;

/**
 * A co-mention's score: the sentence's {@link Cues}, the pair's relation in it ({@code adversarial},
 * {@code cooperative}, {@code co_actors}, {@code listed}, {@code third_party}, {@code none}; null when roles were
 * not looked for), the
 * entity acting on the other and the one acted on (null unless one acts on the other), and the pair's tension in
 * [0, 1].
 */
public record PairScore(Cues cues, String relation, String source, String target, double tension) {
    public static final String ADVERSARIAL = "adversarial";
    public static final String COOPERATIVE = "cooperative";
    public static final String CO_ACTORS = "co_actors";
    public static final String LISTED = "listed";
    public static final String THIRD_PARTY = "third_party";
    public static final String NONE = "none";
    /** Relations that say nothing between the pair: the co-mention scores as a neutral sentence. */
    public static final java.util.Set<String> NEUTRAL = java.util.Set.of(CO_ACTORS, LISTED, THIRD_PARTY);

    public PairScore {
        if (!(tension >= 0.0 && tension <= 1.0)) {
            throw new IllegalArgumentException("tension: expected a value in [0, 1], got " + tension);
        }
    }
}
