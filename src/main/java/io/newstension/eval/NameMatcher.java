package io.newstension.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a predicted person name and a gold name denote the same person within one article: equal after
 * normalisation ({@code "Recep Tayyip Erdoğan"} = {@code "recep tayyip erdogan"}), or the same surname with the
 * same first initial ({@code "John R. Bolton"} = {@code "John Bolton"}), or a one-word name equal to the other's
 * surname ({@code "Erdoğan"} = {@code "Recep Tayyip Erdogan"}). Titles in front are ignored.
 */
public final class NameMatcher {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʻ]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words a name may be preceded by in news text or in the gold ("Pope Francis", "Queen Elizabeth II"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "president",
            "pope", "queen", "king", "prince", "princess", "sultan", "sheikh", "imam", "sayyid", "seyed", "cde", "general",
            "senator", "judge", "minister", "chancellor", "secretary", "governor", "mayor", "ambassador", "admiral", "prof",
            "professor", "rep", "representative", "monsenor", "archbishop", "ayatollah", "grand");

    private NameMatcher() {}

    /** Lower case, accents and apostrophes dropped, punctuation to single spaces, leading titles removed. */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        List<String> words = List.of(s.split(" "));
        int start = 0;
        // Keep at least one word: "President" alone is a (poor) name, not an empty one.
        while (start < words.size() - 1 && TITLES.contains(words.get(start))) {
            start++;
        }
        return String.join(" ", words.subList(start, words.size()));
    }

    public static boolean sameName(String a, String b) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        String[] wa = na.split(" ");
        String[] wb = nb.split(" ");
        String lastA = wa[wa.length - 1];
        String lastB = wb[wb.length - 1];
        if (wa.length == 1 || wb.length == 1) {
            return lastA.equals(lastB);
        }
        return lastA.equals(lastB) && wa[0].charAt(0) == wb[0].charAt(0);
    }
}
