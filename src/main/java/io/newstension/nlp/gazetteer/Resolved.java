package io.newstension.nlp.gazetteer;

import java.io.Serializable;
import java.util.Objects;

/**
 * A span the gazetteer resolved in context: the country, the alias it matched ("Russia" for "Russia's") and that
 * alias's kind in countries.tsv ({@code name}, {@code capital}, {@code city}, ...).
 */
public record Resolved(Country country, String alias, String kind) implements Serializable {
    /** Kind of a city that is not a capital: a place in the country ("Zug"), not a name for its state. */
    public static final String CITY = "city";

    public Resolved {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(kind, "kind");
    }

    /** True when the span names a place in the country rather than the country or its government. */
    public boolean isPlace() {
        return CITY.equals(kind);
    }
}
