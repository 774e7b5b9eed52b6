package io.newstension.nlp.persons;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a name: diacritics removed, lower case, typographic apostrophes as {@code '}, hyphens, dots and
 * underscores as spaces, whitespace collapsed. "Zelenskyy’s" → "zelenskyy's", "Jean-Yves Le Drian" →
 * "jean yves le drian". tools/persons/build_persons.py uses the same rule to deduplicate aliases.
 */
public final class NameNormalizer {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameNormalizer() {}

    public static String normalize(String text) {
        String s = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-' || c == '.' || c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' ? '\'' : c);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if {@code words} is the normalised {@code fullName} or its last words: "garcia padilla" of "alejandro
     * garcia padilla", "van gisbergen" of "shane van gisbergen". Both arguments normalised.
     */
    static boolean isNameOrItsLastWords(String fullName, String words) {
        return fullName.equals(words) || fullName.endsWith(" " + words);
    }

    /** The text with diacritics removed and nothing else changed: "Erdoğan" → "Erdogan". */
    public static String foldDiacritics(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
