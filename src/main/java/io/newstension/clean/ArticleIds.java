package io.newstension.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids and content hashes: the same content always gets the same id, on any machine. */
public final class ArticleIds {
    private ArticleIds() {}

    /** The input's own id when it has one, else {@code "a"} + 16 hex digits of SHA-256 over url, title and text. */
    public static String articleId(String inputId, String url, String title, String text) {
        if (inputId != null && !inputId.isBlank()) {
            return inputId.strip();
        }
        return "a" + sha256(nullToEmpty(url) + "\u0000" + nullToEmpty(title) + "\u0000" + nullToEmpty(text)).substring(0, 16);
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
