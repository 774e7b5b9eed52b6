package io.newstension.nlp.gazetteer;

import java.util.Arrays;
import java.util.Optional;

/** The rule keywords of {@code ambiguous.tsv}; tools/gazetteer/ambiguous-curated.tsv documents each one. */
enum AmbiguityRule {
    /** Counts for its country only when the text names the country in another, unambiguous way. */
    NEEDS_COUNTRY_CONTEXT("needs_country_context"),
    /** Picks among candidate countries by context; with no context the countries.tsv mapping stands. */
    PREFER_BY_CONTEXT("prefer_by_context"),
    /** Rejected next to a person's name: "Michael Jordan", "Chad Smith". */
    NOT_PERSON_NAME("not_person_name"),
    /** Rejected when written in lower case: "turkey". */
    NOT_LOWERCASE("not_lowercase"),
    /** Rejected between all-caps words, where it is the pronoun: "WHAT IT MEANS FOR US". */
    NOT_IN_ALLCAPS("not_in_allcaps"),
    /** Not an alias: a word that signals a country for the two context rules. */
    CONTEXT("context"),
    /** Not an alias: a word that rules a country out for the two context rules ("Atlanta" for Georgia). */
    ANTI_CONTEXT("anti_context"),
    /** Not an alias: a phrase inside which no country alias counts ("New Mexico"). */
    BLOCK("block");

    private final String keyword;

    AmbiguityRule(String keyword) {
        this.keyword = keyword;
    }

    static Optional<AmbiguityRule> of(String keyword) {
        return Arrays.stream(values()).filter(r -> r.keyword.equals(keyword)).findFirst();
    }
}
