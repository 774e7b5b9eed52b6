package io.newstension.nlp.persons;

import io.newstension.nlp.Candidate;
import io.newstension.nlp.CountryLinker;
import io.newstension.nlp.Mention;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: sentence spans from a simple regex, and country mentions as the job's linker gives them. */
final class Articles {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]+(?:[.!?]+|$)", Pattern.MULTILINE);
    private static final Pattern WORDS = Pattern.compile("\\p{L}[\\p{L}\\p{M}.]*(?:\\s+\\p{L}[\\p{L}\\p{M}.]*){0,3}");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:Mr|Mrs|Ms|Dr|St|Sen|Gen)|\\b\\p{Lu}|\\bU\\.S)\\.$");

    private Articles() {}

    /** [begin, end) of each sentence: ends at . ! ? (not after "Mr." or an initial) or a line break. */
    static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        int begin = -1;
        while (m.find()) {
            int b = m.start();
            while (b < m.end() && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            if (b == m.end()) {
                continue;
            }
            if (begin < 0) {
                begin = b;
            }
            String piece = text.substring(begin, m.end());
            boolean lineEnds = m.end() == text.length() || text.charAt(m.end()) == '\n';
            if (!lineEnds && ABBREVIATION.matcher(piece).find()) {
                continue;
            }
            spans.add(new int[] {begin, m.end()});
            begin = -1;
        }
        return spans;
    }

    /** Country mentions: every token run the gazetteer resolves, longest first, as the job's CountryLinker does. */
    static List<Mention> countries(String text) {
        CountryGazetteer gazetteer = CountryGazetteer.loadDefault();
        List<Candidate> candidates = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{M}]+(?:[.'][\\p{L}]+)*\\.?").matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = i; j < Math.min(words.size(), i + 5); j++) {
                int b = words.get(i)[0];
                int e = words.get(j)[1];
                String s = text.substring(b, e);
                if (gazetteer.aliases().contains(s) || gazetteer.lookup(s).isPresent()) {
                    candidates.add(new Candidate(b, e, 0, "gazetteer"));
                }
                if (e < text.length() && text.charAt(e - 1) == '.' && gazetteer.lookup(s.substring(0, s.length() - 1)).isPresent()) {
                    candidates.add(new Candidate(b, e - 1, 0, "gazetteer"));
                }
            }
        }
        return new CountryLinker(gazetteer).link(text, candidates);
    }
}
