package io.newstension.eval;

import java.util.List;
import java.util.Set;

/** One article of a JSONL gold file: its URL, the ISO 3166-1 alpha-3 codes and the person names it mentions. */
public record GoldArticle(String url, Set<String> countries, List<String> persons) {
    public GoldArticle {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a gold article needs a url");
        }
        for (String c : countries) {
            if (!c.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("expected ISO 3166-1 alpha-3 codes in countries of " + url + ", got '" + c + "'");
            }
        }
        countries = Set.copyOf(countries);
        persons = List.copyOf(persons);
    }
}
