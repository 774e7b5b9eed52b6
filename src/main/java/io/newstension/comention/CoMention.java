package io.newstension.comention;

import java.util.List;

/**
 * Two different entities of one type seen together in a window of an article; {@code entityA < entityB}.
 * {@code parties} are the entities (of every type) the sentence names, with offsets in {@code sentence}, for the
 * scorer's roles; empty in the document window, whose text joins several sentences.
 */
public record CoMention(String window, Integer sentenceIndex, String pairType, String entityA, String entityB,
                        String sentence, List<Party> parties) {
    public CoMention {
        if (entityA.compareTo(entityB) >= 0) {
            throw new IllegalArgumentException("expected entity_a < entity_b, got " + entityA + ", " + entityB);
        }
        parties = List.copyOf(parties);
    }
}
