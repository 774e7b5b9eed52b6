package io.newstension.nlp;

/** A linked entity mention, one row of the {@code mentions} table without its article columns. */
public record Mention(
        int sentenceIndex,
        String entityType,
        String entityId,
        String entityName,
        String surface,
        int begin,
        int end,
        String method,
        String affiliation) {
    public static final String COUNTRY = "COUNTRY";
    public static final String PERSON = "PERSON";
    /** Method of a country found through a city name: a place where something happened, not an actor. */
    public static final String PLACE_METHOD = "gazetteer_place";

    /** Whether the mention names an actor that can be half of a co-mention pair. */
    public boolean isActor() {
        return !PLACE_METHOD.equals(method);
    }
}
