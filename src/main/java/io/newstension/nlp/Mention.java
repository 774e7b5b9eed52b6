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
}
