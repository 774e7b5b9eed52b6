package io.newstension.clean;

import java.util.regex.Pattern;

/**
 * Normalises an article's text so that later stages see one spelling of whitespace and quotes; every offset in the
 * output tables refers to the cleaned text. Curly quotes become straight ones (same length, so offsets are stable
 * under this step), control characters and NUL bytes go, runs of spaces collapse, and paragraphs stay separated by
 * one blank line. {@code "A\u00a0 “quote”\r\n\r\n\r\nB"} becomes {@code "A \"quote\"\n\nB"}.
 */
public final class TextCleaner {
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\u200B\\uFEFF]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextCleaner() {}

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = CONTROL.matcher(s).replaceAll("");
        s = normaliseQuotes(s);
        s = HORIZONTAL_SPACE.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** Curly and typographic quotes to ASCII, one character for one. */
    public static String normaliseQuotes(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
                case '\u2013', '\u2014' -> '-';
                default -> c;
            };
            if (r != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }
}
