package io.newstension.nlp.persons;

/**
 * Fuzzy comparison of person names, for misspellings such as "Blinkin" for "Blinken". Names are compared after
 * {@link NameNormalizer#normalize}; multi-word names word by word, so "Kim Jong Un" and "Kim Jong Il" differ.
 */
public final class NameSimilarity {
    /** Shorter words ("Kim"/"Kin", "Modi"/"Mody") are never called the same unless equal: too many real names collide. */
    static final int MIN_LENGTH = 5;
    static final double MIN_JARO_WINKLER = 0.9;

    private NameSimilarity() {}

    /** Jaro-Winkler similarity of the normalised names, 0 (nothing shared) .. 1 (equal). */
    public static double similarity(String a, String b) {
        return jaroWinkler(NameNormalizer.normalize(a), NameNormalizer.normalize(b));
    }

    /**
     * True if {@code a} is plausibly a misspelling of {@code b}: equal after normalisation, or the same number of
     * words, each equal or both at least {@value #MIN_LENGTH} letters with Jaro-Winkler ≥ 0.9 (or one edit apart
     * on 6+ letters). A bare added "a" is a different person in Slavic and Baltic names: "Lavrov" ≠ "Lavrova".
     */
    public static boolean likelySame(String a, String b) {
        String[] x = NameNormalizer.normalize(a).split(" ");
        String[] y = NameNormalizer.normalize(b).split(" ");
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i]) && !wordLikelySame(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@link #likelySame} for two single words already {@link NameNormalizer#normalize normalised}, and at most two letters apart in length. */
    static boolean normalizedWordsLikelySame(String a, String b) {
        return a.equals(b) || (Math.abs(a.length() - b.length()) <= 2 && wordLikelySame(a, b));
    }

    private static boolean wordLikelySame(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < MIN_LENGTH || a.equals(b + "a") || b.equals(a + "a")) {
            return false;
        }
        return jaroWinkler(a, b) >= MIN_JARO_WINKLER || (shorter >= 6 && withinOneEdit(a, b));
    }

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(b.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /** True if one substitution, insertion or deletion turns {@code a} into {@code b}. */
    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
