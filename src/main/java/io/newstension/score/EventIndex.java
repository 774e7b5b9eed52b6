package io.newstension.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CAMEO verb phrases indexed for matching at a token position.
 *
 * <p>Each phrase is a verb form (one or more contiguous tokens, e.g. "expelled", "met with") optionally
 * followed by object words ("diplomats"). Up to {@link #MAX_GAP} other tokens of the same clause may sit
 * before and between object words, so "imposed new sanctions" matches "imposed sanctions" and "expelled
 * ten Russian diplomats" matches "expelled diplomats". The code {@code ---} is PETRARCH's "no event": the
 * phrase matches (and so hides the bare verb, e.g. "impose taxes") but yields no cue.
 */
final class EventIndex {
    static final int MAX_GAP = 4;
    static final String NO_EVENT = "---";

    /** Object words after a verb form, with the code they give. */
    private record ObjectPattern(String[] tokens, String code) {}

    /** A verb form, its code on its own (null when the bare verb is not an event) and its object patterns by first word. */
    private record VerbForm(String[] tokens, String code, Map<String, ObjectPattern[]> objects) {}

    /** A match: the token positions it covers (verb first) and its code. */
    record Match(int[] positions, String code) {
        int verbStart() {
            return positions[0];
        }
    }

    private final Map<String, VerbForm[]> byFirstToken;

    private EventIndex(Map<String, VerbForm[]> byFirstToken) {
        this.byFirstToken = byFirstToken;
    }

    /** Phrase rows as in cameo_verbs.tsv: tokens, code, number of leading verb tokens. */
    record Row(String[] tokens, String code, int verbTokens) {}

    static EventIndex of(List<Row> rows) {
        Map<String, String> verbCodes = new LinkedHashMap<>();
        Map<String, Map<String, List<ObjectPattern>>> objects = new HashMap<>();
        Map<String, String[]> verbTokens = new HashMap<>();
        for (Row row : rows) {
            String[] verb = Arrays.copyOf(row.tokens(), row.verbTokens());
            String key = String.join(" ", verb);
            verbTokens.putIfAbsent(key, verb);
            verbCodes.putIfAbsent(key, null);
            if (row.verbTokens() == row.tokens().length) {
                verbCodes.put(key, row.code());
            } else {
                String[] obj = Arrays.copyOfRange(row.tokens(), row.verbTokens(), row.tokens().length);
                objects.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(obj[0], k -> new ArrayList<>())
                        .add(new ObjectPattern(obj, row.code()));
            }
        }
        Map<String, List<VerbForm>> byFirst = new HashMap<>();
        for (Map.Entry<String, String> e : verbCodes.entrySet()) {
            Map<String, ObjectPattern[]> objs = new HashMap<>();
            objects.getOrDefault(e.getKey(), Map.of()).forEach((first, list) -> {
                ObjectPattern[] arr = list.toArray(new ObjectPattern[0]);
                Arrays.sort(arr, Comparator.comparingInt((ObjectPattern p) -> -p.tokens().length));
                objs.put(first, arr);
            });
            String[] verb = verbTokens.get(e.getKey());
            byFirst.computeIfAbsent(verb[0], k -> new ArrayList<>()).add(new VerbForm(verb, e.getValue(), objs));
        }
        Map<String, VerbForm[]> index = new HashMap<>();
        byFirst.forEach((first, list) -> {
            VerbForm[] arr = list.toArray(new VerbForm[0]);
            Arrays.sort(arr, Comparator.comparingInt((VerbForm v) -> -v.tokens().length));
            index.put(first, arr);
        });
        return new EventIndex(index);
    }

    /** The longest phrase starting at {@code start} over tokens not yet consumed, or null. */
    Match find(Tokens t, int start, boolean[] consumed) {
        VerbForm[] forms = byFirstToken.get(t.words()[start]);
        if (forms == null || consumed[start]) {
            return null;
        }
        Match best = null;
        for (VerbForm vf : forms) {
            int verbEnd = matchContiguous(t, start, vf.tokens(), consumed);
            if (verbEnd < 0) {
                continue;
            }
            Match m = matchObject(t, start, verbEnd, vf, consumed);
            if (m == null && vf.code() != null) {
                m = new Match(range(start, verbEnd), vf.code());
            }
            if (m != null && (best == null || m.positions().length > best.positions().length)) {
                best = m;
            }
        }
        return best;
    }

    private static int matchContiguous(Tokens t, int start, String[] tokens, boolean[] consumed) {
        int end = start + tokens.length;
        if (end > t.size()) {
            return -1;
        }
        for (int k = 0; k < tokens.length; k++) {
            int p = start + k;
            if (consumed[p] || !t.sameClause(start, p) || !t.words()[p].equals(tokens[k])) {
                return -1;
            }
        }
        return end;
    }

    private static Match matchObject(Tokens t, int start, int verbEnd, VerbForm vf, boolean[] consumed) {
        if (vf.objects().isEmpty()) {
            return null;
        }
        String[] words = t.words();
        int[] bestPositions = null;
        String bestCode = null;
        int last = Math.min(t.size() - 1, verbEnd + MAX_GAP);
        for (int j = verbEnd; j <= last && t.sameClause(start, j); j++) {
            ObjectPattern[] candidates = consumed[j] ? null : vf.objects().get(words[j]);
            if (candidates == null) {
                continue;
            }
            for (ObjectPattern p : candidates) {
                if (bestPositions != null && p.tokens().length <= bestPositions.length - (verbEnd - start)) {
                    break;
                }
                int[] objPositions = matchGapped(t, start, j, p.tokens(), MAX_GAP - (j - verbEnd), consumed);
                if (objPositions != null) {
                    bestPositions = concat(range(start, verbEnd), objPositions);
                    bestCode = p.code();
                    break;
                }
            }
        }
        return bestPositions == null ? null : new Match(bestPositions, bestCode);
    }

    /** Positions of {@code tokens} in order from {@code first}, skipping at most {@code budget} tokens in all. */
    private static int[] matchGapped(Tokens t, int clauseOf, int first, String[] tokens, int budget, boolean[] consumed) {
        int[] pos = new int[tokens.length];
        pos[0] = first;
        int p = first;
        for (int k = 1; k < tokens.length; k++) {
            int q = p + 1;
            while (q < t.size() && q - p - 1 <= budget && t.sameClause(clauseOf, q)
                    && (consumed[q] || !t.words()[q].equals(tokens[k]))) {
                q++;
            }
            if (q >= t.size() || q - p - 1 > budget || !t.sameClause(clauseOf, q)) {
                return null;
            }
            budget -= q - p - 1;
            pos[k] = q;
            p = q;
        }
        return pos;
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
