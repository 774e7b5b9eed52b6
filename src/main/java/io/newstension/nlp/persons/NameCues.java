package io.newstension.nlp.persons;

import io.newstension.nlp.persons.ArticleTokens.Gap;
import io.newstension.nlp.persons.ArticleTokens.Token;

/**
 * What the words around a name span [first, last] (token indices) say about it: a title or role before it
 * ("Foreign Minister X", "Mr. X", "the chief Russian diplomat, X"), a role apposition after it ("X, Russia's
 * foreign minister"), a verb of saying ("X said", "according to X"), and the country of that role phrase.
 */
final class NameCues {
    /** Role phrases are short: "the chief Russian diplomat", "US Secretary of State". */
    private static final int MAX_ROLE_WORDS = 6;

    private NameCues() {}

    static boolean titleBefore(ArticleTokens t, int first) {
        Token prev = t.sameSentence(first - 1, first);
        if (prev == null || prev.possessive()) {
            return false;
        }
        return switch (t.get(first).gap()) {
            case SPACE -> (NameWords.TITLES.contains(prev.lower()) || NameWords.ROLES.contains(prev.lower()))
                    && (!NameWords.TITLE_MODIFIERS.contains(prev.lower()) || endsOffice(t, first - 1));
            case PERIOD -> NameWords.HONORIFICS.contains(prev.lower());
            case COMMA -> NameWords.ROLES.contains(prev.lower());
            case OTHER -> false;
        };
    }

    /** "Secretary of State X", "Minister of Defence X": after "of", a modifier ends the name of an office. */
    private static boolean endsOffice(ArticleTokens t, int modifier) {
        Token of = t.sameSentence(modifier - 1, modifier);
        return of != null && of.lower().equals("of") && t.get(modifier).gap() == Gap.SPACE
                && NameWords.PORTFOLIOS.contains(t.get(modifier).lower());
    }

    /** "X Y, Russia's foreign minister", "X, a Kremlin critic". */
    static boolean roleAfter(ArticleTokens t, int last) {
        return appositionCountry(t, last, true) != null;
    }

    /** "X Y, who was...". */
    static boolean relativeAfter(ArticleTokens t, int last) {
        Token next = t.sameSentence(last + 1, last);
        return next != null && next.gap() == Gap.COMMA && next.word().equals("who");
    }

    /**
     * "X Y said", or "..., X Y, said" when the name is set off by commas; the verb in lower case, so that "Al Said"
     * in "Haitham bin Tariq Al Said" is no verb. Not after a preposition: "the head of X said" is the head speaking.
     */
    static boolean speechAfter(ArticleTokens t, int first, int last) {
        Token next = t.sameSentence(last + 1, last);
        if (next == null || t.get(last).possessive() || !NameWords.SPEECH_AFTER.contains(next.word())) {
            return false;
        }
        Token prev = t.sameSentence(first - 1, first);
        if (prev != null && t.get(first).gap() == Gap.SPACE && NameWords.SPEAKER_NOT_AFTER.contains(prev.lower())) {
            return false;
        }
        return next.gap() == Gap.SPACE || (next.gap() == Gap.COMMA && t.get(first).gap() == Gap.COMMA);
    }

    /**
     * "said X Y" closing a quote or a clause, "according to X Y". Not when a verb follows the name: in "he said Red Hat
     * had informed the board" the name opens the reported clause and nobody says anything.
     */
    static boolean speechBefore(ArticleTokens t, int first, int last) {
        Token prev = t.sameSentence(first - 1, first);
        if (prev == null || t.get(first).gap() == Gap.OTHER || t.get(first).gap() == Gap.PERIOD) {
            return false;
        }
        Token before = t.sameSentence(first - 2, first);
        if (prev.lower().equals("to") && before != null && before.lower().equals("according")) {
            return true;
        }
        Token next = t.sameSentence(last + 1, last);
        return NameWords.SPEECH_BEFORE.contains(prev.lower())
                && (next == null || next.gap() != Gap.SPACE || NameWords.AFTER_SPEAKER.contains(next.lower()));
    }

    /**
     * The country of the role phrase right before the name ("Russian Foreign Minister X" → RUS, "Kremlin opponent
     * X" → RUS, "the chief Russian diplomat, X" → RUS) or of a role apposition after it; null when there is none.
     */
    static String country(ArticleTokens t, int first, int last) {
        String before = countryBefore(t, first);
        return before != null ? before : appositionCountry(t, last, false);
    }

    private static String countryBefore(ArticleTokens t, int first) {
        Gap gap = t.get(first).gap();
        Token prev = t.sameSentence(first - 1, first);
        if (prev == null || gap == Gap.OTHER || (gap == Gap.COMMA && !NameWords.ROLES.contains(prev.lower()))) {
            return null;
        }
        for (int k = first - 1, steps = 0; k >= 0 && steps < MAX_ROLE_WORDS; k--, steps++) {
            Token tok = t.sameSentence(k, first);
            if (tok == null) {
                return null;
            }
            if (tok.country()) {
                return tok.iso3();
            }
            if (!isRoleWord(tok.lower()) || (tok.gap() != Gap.SPACE && tok.gap() != Gap.PERIOD)) {
                return null;
            }
        }
        return null;
    }

    /**
     * Scans ", [the|a] [country] role words" after the name. With {@code anyRole} it returns a non-null marker
     * when a role noun is there (the country if any, else ""); otherwise the country, and only with a role noun.
     */
    private static String appositionCountry(ArticleTokens t, int last, boolean anyRole) {
        Token comma = t.sameSentence(last + 1, last);
        if (comma == null || comma.gap() != Gap.COMMA) {
            return null;
        }
        String country = null;
        for (int k = last + 1; k <= last + MAX_ROLE_WORDS; k++) {
            Token tok = t.sameSentence(k, last);
            if (tok == null || (k > last + 1 && tok.gap() != Gap.SPACE)) {
                return null;
            }
            if (tok.country()) {
                country = country == null ? tok.iso3() : country;
            } else if (NameWords.ROLES.contains(tok.lower())) {
                return country != null ? country : anyRole ? "" : null;
            } else if (!NameWords.ROLE_GLUE.contains(tok.lower())) {
                return null;
            }
        }
        return null;
    }

    private static boolean isRoleWord(String lower) {
        return NameWords.TITLES.contains(lower) || NameWords.ROLES.contains(lower) || NameWords.ROLE_GLUE.contains(lower)
                || NameWords.HONORIFICS.contains(lower);
    }
}
