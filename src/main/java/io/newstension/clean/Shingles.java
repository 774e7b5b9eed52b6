package io.newstension.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A text as the set of its word shingles (runs of {@code k} words, lower case, punctuation ignored), hashed into
 * {@value #FEATURES} buckets, as sorted distinct indices ({@link MinHashBands} hashes them). The hash is
 * {@link String#hashCode()} mixed, which the JDK specifies, so the same text gives the same vector on any machine.
 */
public final class Shingles {
    /** Below {@link MinHashBands}' prime as its hashing needs, and large enough that collisions are rare. */
    public static final int FEATURES = 1 << 24;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {}

    /** Sorted distinct bucket indices of the text's shingles; a text shorter than {@code k} words is one shingle. */
    public static int[] indices(String text, int k) {
        if (text == null) {
            return new int[0];
        }
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        TreeSet<Integer> buckets = new TreeSet<>();
        if (!words.isEmpty() && words.size() < k) {
            buckets.add(bucket(String.join(" ", words)));
        }
        for (int i = 0; i + k <= words.size(); i++) {
            buckets.add(bucket(String.join(" ", words.subList(i, i + k))));
        }
        return buckets.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int bucket(String shingle) {
        int h = shingle.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 15)) & (FEATURES - 1);
    }
}
