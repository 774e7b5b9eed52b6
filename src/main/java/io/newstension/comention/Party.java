package io.newstension.comention;

/**
 * An entity named in a co-mention's sentence, where the scorer can give it a role: its id, its country when it is a
 * person ({@code affiliation}, nullable), and its character offsets in the sentence text (end exclusive).
 */
public record Party(String entityId, String affiliation, int begin, int end) implements java.io.Serializable {
    public Party {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("expected 0 <= begin < end, got " + begin + ", " + end);
        }
    }

    /** Whether this party speaks for {@code entity}: it is the entity, or a person of that country. */
    public boolean standsFor(String entity) {
        return entityId.equals(entity) || entity.equals(affiliation);
    }
}
