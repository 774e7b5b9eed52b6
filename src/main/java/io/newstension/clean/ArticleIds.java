package io.newstension.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids and content hashes: the same content always gets the same id, on any machine. */
public final class ArticleIds {
    private ArticleIds() {}

    /**
     * The article's id. With an input id: {@code "i"} + 16 hex digits of SHA-256 over the id's namespace and the id,
     * because an input id is unique only within its source (two feeds that both number their records 1, 2, 3 must not
     * mark each other's articles as copies). The namespace is the publisher ({@code source}: the source domain, else
     * the URL's host), else the input file's name without its folders, so a moved file or another machine keeps the
     * ids. Without an input id: {@code "a"} + 16 hex digits of SHA-256 over the url and the {@link #textKey} of the
     * record's title and text as delivered (so a change of cleaning rules does not change ids).
     * Example: id {@code "42"} from {@code example.org} gives the same id in every run and every file; id {@code "42"}
     * from {@code example.net} a different one. Records that still get one id (the same page delivered twice) are
     * told apart by {@link #redelivery}.
     */
    public static String articleId(String inputId, String source, String sourceFile, String url, String textKey) {
        if (inputId != null && !inputId.isBlank()) {
            String namespace = source != null && !source.isBlank() ? source : fileName(sourceFile);
            return "i" + sha256(namespace + "\u0000" + inputId.strip()).substring(0, 16);
        }
        return "a" + sha256(nullToEmpty(url) + "\u0000" + textKey).substring(0, 16);
    }

    /** What separates a {@link #redelivery} suffix from the id; never part of an {@link #articleId}. */
    public static final String REDELIVERY_MARK = "-";

    /**
     * The id of the {@code n}th record (n >= 2, in input order: file, then record number) that got the same
     * {@link #articleId} as an earlier one: {@code id-n}. Ids stay unique per row, and a batch delivered again gets
     * the same ids, so an incremental run still recognises it.
     */
    public static String redelivery(String id, int n) {
        return n <= 1 ? id : id + REDELIVERY_MARK + n;
    }

    /** The id an article's copies share: the {@link #articleId} without a {@link #redelivery} suffix. */
    public static String baseId(String id) {
        int dash = id == null ? -1 : id.indexOf(REDELIVERY_MARK);
        return dash < 0 ? id : id.substring(0, dash);
    }

    /**
     * What the cleaning of a record's title and text depends on, as 32 hex digits of SHA-256 (a null title differs
     * from an empty one): records with one key get one cleaned text, so the text is cleaned once per key.
     */
    public static String textKey(String title, String text) {
        String t = title == null ? "\u0001" : "\u0002" + title;
        return sha256(t + "\u0000" + nullToEmpty(text)).substring(0, 32);
    }

    private static String fileName(String path) {
        String p = nullToEmpty(path);
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** Hash of the text with case and whitespace folded, so re-spaced copies of one text collide. */
    public static String contentHash(String text) {
        String folded = nullToEmpty(text).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
        return sha256(folded).substring(0, 32);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
