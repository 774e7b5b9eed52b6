package io.newstension.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The Caldara–Iacoviello geopolitical-risk word sets indexed for matching at a token position.
 *
 * <p>A term is one or more tokens; a trailing '*' in the table makes its last token a prefix
 * ("threat*" matches "threatened"). A term may belong to several sets ("threat*" is a threat word and a
 * peace-disruption word); its categories keep the table's order.
 */
final class GprIndex {
    /** A term of the word sets and the categories it belongs to. */
    record Term(String[] tokens, boolean prefix, List<String> categories) {
        String category() {
            return categories.get(0);
        }

        boolean in(String category) {
            return categories.contains(category);
        }
    }

    /** A term found at positions [start, end). */
    record Hit(int start, int end, Term term) {}

    private final Map<String, Term[]> byExactFirst;
    private final Map<String, Term[]> byPrefixFirst;
    private final int[] prefixLengths;

    private GprIndex(Map<String, Term[]> byExactFirst, Map<String, Term[]> byPrefixFirst, int[] prefixLengths) {
        this.byExactFirst = byExactFirst;
        this.byPrefixFirst = byPrefixFirst;
        this.prefixLengths = prefixLengths;
    }

    /** Rows as in gpr_terms.tsv: term (with an optional trailing '*'), category. */
    static GprIndex of(List<String[]> rows) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (String[] row : rows) {
            categories.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        Map<String, List<Term>> exact = new HashMap<>();
        Map<String, List<Term>> prefix = new HashMap<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        categories.forEach((text, cats) -> {
            boolean isPrefix = text.endsWith("*");
            String[] tokens = (isPrefix ? text.substring(0, text.length() - 1) : text).split(" ");
            Term term = new Term(tokens, isPrefix, List.copyOf(cats));
            if (isPrefix && tokens.length == 1) {
                prefix.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(term);
                lengths.add(tokens[0].length());
            } else {
                exact.computeIfAbsent(tokens[0], k -> new ArrayList<>()).add(term);
            }
        });
        return new GprIndex(sorted(exact), sorted(prefix), lengths.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Map<String, Term[]> sorted(Map<String, List<Term>> map) {
        Map<String, Term[]> out = new HashMap<>();
        map.forEach((k, list) -> {
            Term[] arr = list.toArray(new Term[0]);
            Arrays.sort(arr, Comparator.comparingInt((Term x) -> -x.tokens().length));
            out.put(k, arr);
        });
        return out;
    }

    /** The longest term starting at {@code start} within one clause, or null. */
    Hit find(Tokens t, int start) {
        String w = t.words()[start];
        Hit best = longest(t, start, byExactFirst.get(w), null);
        for (int len : prefixLengths) {
            if (len > w.length()) {
                break;
            }
            best = longest(t, start, byPrefixFirst.get(w.substring(0, len)), best);
        }
        return best;
    }

    private static Hit longest(Tokens t, int start, Term[] candidates, Hit best) {
        if (candidates == null) {
            return best;
        }
        for (Term term : candidates) {
            int end = start + term.tokens().length;
            if (best != null && end <= best.end()) {
                break;
            }
            if (matches(t, start, term)) {
                return new Hit(start, end, term);
            }
        }
        return best;
    }

    private static boolean matches(Tokens t, int start, Term term) {
        String[] tokens = term.tokens();
        if (start + tokens.length > t.size()) {
            return false;
        }
        int lastIdx = tokens.length - 1;
        for (int k = 0; k <= lastIdx; k++) {
            int p = start + k;
            String w = t.words()[p];
            boolean ok = (k == lastIdx && term.prefix()) ? w.startsWith(tokens[k]) : w.equals(tokens[k]);
            if (!ok || !t.sameClause(start, p)) {
                return false;
            }
        }
        return true;
    }
}
