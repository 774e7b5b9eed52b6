package io.newstension.nlp;

import io.newstension.nlp.gazetteer.Country;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import io.newstension.nlp.gazetteer.Resolved;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links country candidates to ISO 3166-1 alpha-3 ids: overlapping candidates keep the longest ("South Korea" over
 * "Korea"), then the gazetteer rejects spans that are not countries in context (inside "New Mexico", a word part
 * like "Prussia", "Michael Jordan") and names the rest. A mention resolved through a city ("Zug") gets method
 * {@link Mention#PLACE_METHOD}: it says where something happened, not which state acted.
 */
public final class CountryLinker implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** {@code mentions.method} of a country named through one of its cities: a place, not an actor. */

    private final CountryGazetteer gazetteer;

    public CountryLinker(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> link(String text, List<Candidate> candidates) {
        // Only spans that resolve compete for their text: a NER chunk "Afghanistan/Pakistan" links to nothing and must
        // not hide the two gazetteer matches inside it.
        Map<Candidate, Resolved> resolvable = new HashMap<>();
        for (Candidate c : candidates) {
            gazetteer.resolveWithKind(text, c.begin(), c.end()).ifPresent(r -> resolvable.put(c, r));
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : longestFirst(new ArrayList<>(resolvable.keySet()))) {
            mentions.add(mention(text, c, resolvable.get(c)));
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
    }

    private static Mention mention(String text, Candidate c, Resolved r) {
        Country k = r.country();
        String method = r.isPlace() ? Mention.PLACE_METHOD : c.method();
        return new Mention(c.sentenceIndex(), Mention.COUNTRY, k.iso3(), k.name(), text.substring(c.begin(), c.end()),
                c.begin(), c.end(), method, null);
    }

    /** Non-overlapping candidates, preferring the longer span and then the earlier one. */
    static List<Candidate> longestFirst(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::begin));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (kept.stream().noneMatch(c::overlaps)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::begin));
        return kept;
    }
}
