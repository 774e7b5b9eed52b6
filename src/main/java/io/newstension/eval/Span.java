package io.newstension.eval;

/**
 * An entity mention as character offsets into {@code articles.text} (end exclusive): {@code type} is
 * {@code PER} or {@code COUNTRY}, {@code id} the ISO3 code of a country (null for persons).
 */
public record Span(String type, String id, int begin, int end) {
    public static final String PER = "PER";
    public static final String COUNTRY = "COUNTRY";

    public Span {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("expected 0 <= begin < end, got " + begin + ".." + end);
        }
    }
}
