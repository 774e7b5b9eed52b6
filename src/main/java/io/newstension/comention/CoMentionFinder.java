package io.newstension.comention;

import io.newstension.nlp.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the co-mentions of one article; mentions of places (a city naming where something happened) are not actors
 * and make no pairs. In the {@code sentence} window every unordered pair of different entities of
 * one type in a sentence is one co-mention, with that sentence as its text. In the {@code document} window each pair
 * in the article is one co-mention whose text is the sentences naming either entity (at most
 * {@value #DOCUMENT_TEXT_CHARS} characters). At most {@code maxPairs} rows are kept, in sentence order. A
 * sentence-window co-mention carries the sentence's actors as {@link Party parties} for the scorer's roles.
 */
public final class CoMentionFinder implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String SENTENCE = "sentence";
    public static final String DOCUMENT = "document";
    static final int DOCUMENT_TEXT_CHARS = 1000;

    private final String window;
    private final int maxPairs;
    public CoMentionFinder(String window, int maxPairs) {
        this.window = window;
        this.maxPairs = maxPairs;
    }

    /** The article's co-mentions; {@code sentences} are the article's sentence texts by index. */
    public Result find(List<String> sentences, List<Mention> allMentions) {
        return find(sentences, null, allMentions);
    }

    /**
     * The article's co-mentions; {@code sentenceBegins} are the sentences' offsets in the article text, which mention
     * offsets refer to (null: a mention is placed in its sentence by its surface).
     */
    public Result find(List<String> sentences, List<Integer> sentenceBegins, List<Mention> allMentions) {
        List<Mention> mentions = allMentions.stream().filter(Mention::isActor).toList();
        List<Candidate> found = window.equals(DOCUMENT) ? byDocument(sentences, mentions)
                : bySentence(sentences, sentenceBegins, mentions);
        boolean capped = found.size() > maxPairs;
        List<Candidate> kept = capped ? found.subList(0, maxPairs) : found;
        List<CoMention> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            out.add(new CoMention(window, c.sentenceIndex, c.pairType, c.a, c.b, c.text, c.parties));
        }
        return new Result(out, capped ? found.size() - maxPairs : 0);
    }

    /** The co-mentions kept and how many the per-article cap dropped. */
    public record Result(List<CoMention> coMentions, int dropped) {}

    private record Candidate(Integer sentenceIndex, String pairType, String a, String b, String text,
                             List<Party> parties) {
        String key() {
            return pairType + "|" + a + "|" + b;
        }
    }

    private static List<Candidate> bySentence(List<String> sentences, List<Integer> begins, List<Mention> mentions) {
        Map<Integer, Map<String, TreeSet<String>>> bySentence = new TreeMap<>();
        Map<Integer, List<Party>> parties = new TreeMap<>();
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentenceIndex(), k -> new TreeMap<>())
                    .computeIfAbsent(m.entityType(), k -> new TreeSet<>()).add(m.entityId());
            Party p = party(sentence(sentences, m.sentenceIndex()), begins, m);
            if (p != null) {
                parties.computeIfAbsent(m.sentenceIndex(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Candidate> out = new ArrayList<>();
        bySentence.forEach((index, byType) -> byType.forEach((type, ids) -> {
            List<String> sorted = new ArrayList<>(ids);
            List<Party> named = parties.getOrDefault(index, List.of());
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    out.add(new Candidate(index, pairType(type), sorted.get(i), sorted.get(j), sentence(sentences, index),
                            named));
                }
            }
        }));
        return out;
    }

    /**
     * The mention as a party of its sentence: at its offset relative to the sentence when the text there is its
     * surface, else at the first place the sentence has its surface; null when the sentence does not have it.
     */
    static Party party(String sentence, List<Integer> begins, Mention m) {
        if (sentence == null || m.surface() == null || m.surface().isEmpty()) {
            return null;
        }
        int index = m.sentenceIndex();
        if (begins != null && index >= 0 && index < begins.size()) {
            int at = m.begin() - begins.get(index);
            if (at >= 0 && sentence.startsWith(m.surface(), at)) {
                return new Party(m.entityId(), m.affiliation(), at, at + m.surface().length());
            }
        }
        int at = sentence.indexOf(m.surface());
        return at < 0 ? null : new Party(m.entityId(), m.affiliation(), at, at + m.surface().length());
    }

    private static List<Candidate> byDocument(List<String> sentences, List<Mention> mentions) {
        Map<String, Map<String, TreeSet<Integer>>> byType = new TreeMap<>();
        for (Mention m : mentions) {
            byType.computeIfAbsent(m.entityType(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.entityId(), k -> new TreeSet<>()).add(m.sentenceIndex());
        }
        List<Candidate> out = new ArrayList<>();
        byType.forEach((type, entities) -> {
            List<String> ids = new ArrayList<>(new TreeSet<>(entities.keySet()));
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    TreeSet<Integer> where = new TreeSet<>(entities.get(ids.get(i)));
                    where.addAll(entities.get(ids.get(j)));
                    StringBuilder text = new StringBuilder();
                    for (int index : where) {
                        String s = sentence(sentences, index);
                        if (s != null && text.length() + s.length() + 1 <= DOCUMENT_TEXT_CHARS) {
                            text.append(text.length() == 0 ? "" : " ").append(s);
                        }
                    }
                    out.add(new Candidate(where.first(), pairType(type), ids.get(i), ids.get(j), text.toString(),
                            List.of()));
                }
            }
        });
        out.sort(java.util.Comparator.comparing(Candidate::sentenceIndex).thenComparing(Candidate::key));
        return out;
    }

    private static String sentence(List<String> sentences, int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : null;
    }

    static String pairType(String entityType) {
        return entityType.toLowerCase(Locale.ROOT);
    }
}
