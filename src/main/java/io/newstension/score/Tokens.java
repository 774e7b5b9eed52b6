package io.newstension.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence split into lowercase word tokens, each tagged with its clause.
 *
 * <p>A token is a run of letters/digits; an apostrophe between two of them stays inside ("didn't", "it's"),
 * any other character separates ("build-up" → "build", "up"; "U.N." → "u", "n"). Commas, semicolons,
 * colons, brackets, quotes, dashes, '!' and '?' start a new clause: negation and hedge windows and the
 * gap between an event verb and its object never cross one. tools/lexicons/build_lexicons.py tokenises
 * lexicon phrases the same way. {@code begin}/{@code end} are each token's character offsets in the text (end
 * exclusive), so entity mentions given as offsets can be placed among the tokens.
 */
record Tokens(String[] words, String[] raw, int[] clause, int[] begin, int[] end) {

    int size() {
        return words.length;
    }

    /** Whether positions i and j lie in the same clause. */
    boolean sameClause(int i, int j) {
        return clause[i] == clause[j];
    }

    /** The first token that ends after character offset {@code offset}, or {@link #size()}. */
    int tokenAt(int offset) {
        int i = 0;
        while (i < end.length && end[i] <= offset) {
            i++;
        }
        return i;
    }

    static Tokens of(String text) {
        List<String> raw = new ArrayList<>();
        List<Integer> clauses = new ArrayList<>();
        List<Integer> begins = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int clause = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (cur.length() == 0) {
                    begins.add(i);
                }
                cur.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '\u2019') && cur.length() > 0 && next < n
                    && Character.isLetterOrDigit(text.codePointAt(next))) {
                cur.append('\'');
            } else {
                if (cur.length() > 0) {
                    raw.add(cur.toString());
                    clauses.add(clause);
                    ends.add(i);
                    cur.setLength(0);
                }
                if (isClauseBreak(cp)) {
                    clause++;
                }
            }
            i = next;
        }
        if (cur.length() > 0) {
            raw.add(cur.toString());
            clauses.add(clause);
            ends.add(n);
        }
        String[] rawArr = raw.toArray(new String[0]);
        String[] words = new String[rawArr.length];
        int[] clauseArr = new int[rawArr.length];
        int[] beginArr = new int[rawArr.length];
        int[] endArr = new int[rawArr.length];
        for (int k = 0; k < rawArr.length; k++) {
            words[k] = rawArr[k].toLowerCase(Locale.ROOT);
            clauseArr[k] = clauses.get(k);
            beginArr[k] = begins.get(k);
            endArr[k] = ends.get(k);
        }
        return new Tokens(words, rawArr, clauseArr, beginArr, endArr);
    }

    private static boolean isClauseBreak(int cp) {
        return switch (cp) {
            case ',', ';', ':', '(', ')', '[', ']', '"', '!', '?', '\u201C', '\u201D', '\u2013', '\u2014' -> true;
            default -> false;
        };
    }
}
