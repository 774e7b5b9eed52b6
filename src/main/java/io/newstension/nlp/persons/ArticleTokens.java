package io.newstension.nlp.persons;

import io.newstension.nlp.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The words of an article as the person finder sees them: letter/digit runs with inner apostrophes and hyphens
 * ("O'Neal", "Jean-Yves", "al-Assad"), a possessive "'s" split off ("Biden's" → Biden), each with its sentence,
 * the kind of gap before it, and the country mention it lies in. Works on any script; offsets are char offsets.
 */
final class ArticleTokens {
    /** What separates a token from the one before it. */
    enum Gap {
        /** Spaces or tabs only. */
        SPACE,
        /** A period then spaces, as after "Mr" or an initial. */
        PERIOD,
        /** A comma then spaces. */
        COMMA,
        /** Anything else: other punctuation, a line break, a new sentence, the start of the text. */
        OTHER
    }

    /** One word. {@code iso3} is set when a country mention overlaps it. */
    record Token(int begin, int end, int sentence, String word, String lower, Gap gap, boolean possessive,
                 String iso3) {
        boolean country() {
            return iso3 != null;
        }

        /** A single capital letter, as in "Antony J. Blinken". */
        boolean initial() {
            return word.length() == 1 && Character.isUpperCase(word.charAt(0));
        }
    }

    final String text;
    final List<Token> tokens;

    private ArticleTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** The token at {@code i} if it exists and is in the same sentence as token {@code of}; else null. */
    Token sameSentence(int i, int of) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Token t = tokens.get(i);
        return t.sentence() == tokens.get(of).sentence() ? t : null;
    }

    static ArticleTokens of(String text, List<int[]> sentenceSpans, List<Mention> countryMentions) {
        List<Mention> countries = new ArrayList<>(countryMentions);
        countries.sort(Comparator.comparingInt(Mention::begin));
        List<Token> out = new ArrayList<>(text.length() / 5);
        int sentence = 0;
        int country = 0;
        int previousEnd = 0;
        int previousSentence = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int begin = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                    i += Character.charCount(c);
                } else if (isJoiner(text.charAt(i)) && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))
                        && Character.isLetter(text.codePointBefore(i))) {
                    i++;
                } else {
                    break;
                }
            }
            int end = i;
            boolean possessive = false;
            if (end - begin > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                end -= 2;
                possessive = true;
            } else if (i < n && isApostrophe(text.charAt(i)) && text.charAt(i - 1) == 's'
                    && (i + 1 == n || !Character.isLetter(text.codePointAt(i + 1)))) {
                possessive = true;
            }
            while (sentence < sentenceSpans.size() && sentenceSpans.get(sentence)[1] <= begin) {
                sentence++;
            }
            int sentenceIndex = sentence < sentenceSpans.size() && sentenceSpans.get(sentence)[0] <= begin ? sentence : -1;
            while (country < countries.size() && countries.get(country).end() <= begin) {
                country++;
            }
            String iso3 = country < countries.size() && countries.get(country).begin() < end
                    ? countries.get(country).entityId() : null;
            Gap gap = sentenceIndex < 0 || sentenceIndex != previousSentence ? Gap.OTHER : gap(text, previousEnd, begin);
            String word = text.substring(begin, end);
            out.add(new Token(begin, end, sentenceIndex, word, word.toLowerCase(Locale.ROOT), gap, possessive, iso3));
            previousEnd = i;
            previousSentence = sentenceIndex;
        }
        return new ArticleTokens(text, out);
    }

    private static Gap gap(String text, int from, int to) {
        if (from >= to) {
            return Gap.OTHER;
        }
        char first = text.charAt(from);
        int start = first == '.' || first == ',' ? from + 1 : from;
        for (int k = start; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return Gap.OTHER;
            }
        }
        if (first == '.') {
            return Gap.PERIOD;
        }
        if (first == ',') {
            return start < to ? Gap.COMMA : Gap.OTHER;
        }
        return Gap.SPACE;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || isApostrophe(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
