package io.newstension.comention;

/** Two different entities of one type seen together in a window of an article; {@code entityA < entityB}. */
public record CoMention(String window, Integer sentenceIndex, String pairType, String entityA, String entityB,
                        String sentence) {
    public CoMention {
        if (entityA.compareTo(entityB) >= 0) {
            throw new IllegalArgumentException("expected entity_a < entity_b, got " + entityA + ", " + entityB);
        }
    }
}
