package io.newstension.nlp.gazetteer;

import java.util.ArrayList;
import java.util.List;

/** Character-level helpers for looking at the words around a span of text. Offsets are char offsets. */
final class Words {
    private Words() {}

    /** No letter or digit touches the span on either side: "Prussia" holds no "Russia", "USAID" no "US". */
    static boolean atTokenBoundary(String text, int begin, int end) {
        boolean before = begin == 0 || !Character.isLetterOrDigit(text.codePointBefore(begin));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
        return before && after;
    }

    /** The word right after {@code end}, separated by spaces only; "" when punctuation or a line end comes first. */
    static String nextWord(String text, int end) {
        int start = skipSpacesForward(text, end);
        if (start == end) {
            return "";
        }
        int i = start;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || isInnerJoiner(text, i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /** The word right before {@code begin}, separated by spaces only; "" when punctuation or a line start comes first. */
    static String previousWord(String text, int begin) {
        int stop = skipSpacesBackward(text, begin);
        if (stop == begin) {
            return "";
        }
        return wordEndingAt(text, stop);
    }

    /** The word before "X. " when the span follows an abbreviation such as "Mr. "; "" otherwise. */
    static String abbreviationBefore(String text, int begin) {
        int stop = skipSpacesBackward(text, begin);
        if (stop == begin || stop == 0 || text.charAt(stop - 1) != '.') {
            return "";
        }
        return wordEndingAt(text, stop - 1);
    }

    /** The maximal runs of letters and digits in {@code s}: "U.S." gives [U, S]. */
    static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                tokens.add(s.substring(start, i));
                start = -1;
            }
        }
        return tokens;
    }

    /** A name-like word: capitalised and either mixed-case ("Smith") or a single initial ("B"). */
    static boolean isCapitalised(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return word.length() == 1 || word.chars().anyMatch(Character::isLowerCase);
    }

    /** At least one letter and no lower-case letter: "MOSCOW", "U.S.". */
    static boolean isAllCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.chars().noneMatch(Character::isLowerCase);
    }

    /** Whether {@code term} occurs in {@code text} as a whole token outside [skipBegin, skipEnd). */
    static boolean containsToken(String text, String term, int skipBegin, int skipEnd) {
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            int end = at + term.length();
            boolean overlapsSpan = at < skipEnd && end > skipBegin;
            if (!overlapsSpan && atTokenBoundary(text, at, end)) {
                return true;
            }
        }
        return false;
    }

    private static String wordEndingAt(String text, int stop) {
        int i = stop;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || isInnerJoiner(text, i - 1))) {
            i--;
        }
        return text.substring(i, stop);
    }

    /** An apostrophe or hyphen between two letters belongs to the word: "O'Neal", "Saint-Germain". */
    private static boolean isInnerJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019' || c == '-')
                && i > 0 && i + 1 < text.length()
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static int skipSpacesForward(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpacesBackward(String text, int i) {
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
