package io.newstension.nlp;

import io.newstension.nlp.gazetteer.Country;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Links country candidates to ISO 3166-1 alpha-3 ids: overlapping candidates keep the longest ("South Korea" over
 * "Korea"), then the gazetteer rejects spans that are not countries in context (inside "New Mexico", a word part
 * like "Prussia", "Michael Jordan") and names the rest.
 */
public final class CountryLinker implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final CountryGazetteer gazetteer;

    public CountryLinker(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> link(String text, List<Candidate> candidates) {
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : longestFirst(candidates)) {
            Optional<Country> country = gazetteer.resolve(text, c.begin(), c.end());
            country.ifPresent(k -> mentions.add(new Mention(c.sentenceIndex(), Mention.COUNTRY, k.iso3(), k.name(),
                    text.substring(c.begin(), c.end()), c.begin(), c.end(), c.method(), null)));
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
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
