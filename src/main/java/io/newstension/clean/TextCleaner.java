package io.newstension.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises an article's text so that later stages see one spelling of whitespace and quotes, and drops the site
 * chrome around the article; every offset in the output tables refers to the cleaned text.
 *
 * <p>{@link #clean(String)}: curly quotes become straight ones, control characters and NUL bytes go, runs of spaces
 * collapse, paragraphs stay separated by one blank line: {@code "A\u00a0 “quote”\r\n\r\n\r\nB"} becomes
 * {@code "A \"quote\"\n\nB"}.
 *
 * <p>{@link #cleanArticle}: also drops the title where the text repeats it at the top (any quote style), short
 * site-name lines before that title ("Complete News World"), and lines that {@link ChromeRules} call chrome
 * ("Open the boxClose the box"). A text that opens with the same line twice gets that line as its title when the
 * record's own title is missing or not among the top lines (a .txt file whose first line is the site name).
 */
public final class TextCleaner {
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000 ]+");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F\\u200B\\uFEFF]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Lines looked at for the title and header chrome: the top of the page, not the article body. */
    private static final int HEADER_LINES = 6;
    /** A site name or section label is a few words without a sentence's end. */
    private static final int SITE_NAME_MAX_WORDS = 6;

    /** A cleaned title and text, and whether anything was removed besides whitespace and quote spelling. */
    public record Cleaned(String title, String text, int chromeLines, boolean controlCharacters) {}

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

    /** Cleans title and text together, dropping repeated titles and chrome lines (see the class comment). */
    public static Cleaned cleanArticle(String title, String text, ChromeRules rules) {
        boolean control = text != null && CONTROL.matcher(text).find();
        String cleanTitle = clean(title);
        String cleanText = clean(text);
        if (cleanText == null || cleanText.isEmpty()) {
            return new Cleaned(emptyToNull(cleanTitle), cleanText == null ? "" : cleanText, 0, control);
        }
        List<String> lines = new ArrayList<>(List.of(cleanText.split("\n", -1)));
        boolean[] drop = new boolean[lines.size()];
        List<Integer> top = topLines(lines);

        String titleKey = key(cleanTitle);
        List<Integer> titleLines = top.stream().filter(i -> isTitleLine(key(lines.get(i)), titleKey)).toList();
        if (titleLines.isEmpty()) {
            int repeated = repeatedLine(lines, top);
            if (repeated >= 0) {
                String repeatedKey = key(lines.get(repeated));
                titleLines = top.stream().filter(i -> key(lines.get(i)).equals(repeatedKey)).toList();
                cleanTitle = lines.get(repeated);
            }
        }
        titleLines.forEach(i -> drop[i] = true);
        int firstTitle = titleLines.isEmpty() ? -1 : titleLines.get(0);
        for (int i : top) {
            String line = lines.get(i);
            if ((i < firstTitle && isShortLabel(line)) || rules.isHeaderChrome(line)) {
                drop[i] = true;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i] && !lines.get(i).isEmpty() && rules.isChrome(lines.get(i))) {
                drop[i] = true;
            }
        }
        StringBuilder out = new StringBuilder(cleanText.length());
        int removed = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (drop[i]) {
                removed++;
            } else {
                out.append(lines.get(i)).append('\n');
            }
        }
        String result = BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
        return new Cleaned(emptyToNull(cleanTitle), result, removed, control);
    }

    /** Indices of the first non-empty lines, where titles and site names stand. */
    private static List<Integer> topLines(List<String> lines) {
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < lines.size() && top.size() < HEADER_LINES; i++) {
            if (!lines.get(i).isEmpty()) {
                top.add(i);
            }
        }
        return top;
    }

    /** The first top line whose text comes again among the top lines; -1 when none does. */
    private static int repeatedLine(List<String> lines, List<Integer> top) {
        for (int a = 0; a < top.size(); a++) {
            String k = key(lines.get(top.get(a)));
            if (k.isEmpty()) {
                continue;
            }
            for (int b = a + 1; b < top.size(); b++) {
                if (k.equals(key(lines.get(top.get(b))))) {
                    return top.get(a);
                }
            }
        }
        return -1;
    }

    /** A line repeats the title when it is the title, or the title plus or minus a " - site" suffix. */
    private static boolean isTitleLine(String lineKey, String titleKey) {
        if (titleKey.isEmpty() || lineKey.isEmpty()) {
            return false;
        }
        if (lineKey.equals(titleKey)) {
            return true;
        }
        String longer = lineKey.length() > titleKey.length() ? lineKey : titleKey;
        String shorter = longer == lineKey ? titleKey : lineKey;
        return longer.startsWith(shorter) && shorter.length() >= 0.7 * longer.length() && shorter.length() >= 20;
    }

    private static boolean isShortLabel(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return s.split(" ").length <= SITE_NAME_MAX_WORDS && last != '.' && last != '!' && last != '?' && last != ':';
    }

    /** A line's identity for comparison: letters and digits only, lower case (quotes and dashes do not count). */
    static String key(String s) {
        return s == null ? "" : NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
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
