package io.newstension.nlp;

/** A span an annotator proposed as an entity, before linking: offsets into the article text, end exclusive. */
public record Candidate(int begin, int end, int sentenceIndex, String method) {
    public int length() {
        return end - begin;
    }

    public boolean overlaps(Candidate other) {
        return begin < other.end && other.begin < end;
    }
}
