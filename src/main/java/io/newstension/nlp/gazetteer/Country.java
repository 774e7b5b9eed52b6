package io.newstension.nlp.gazetteer;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** A country as the job reports it: ISO 3166-1 alpha-3 code and canonical display name, e.g. {@code RUS, Russia}. */
public record Country(String iso3, String name) implements Serializable {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(name, "name");
        if (!ISO3.matcher(iso3).matches()) {
            throw new IllegalArgumentException("expected a three-letter upper-case ISO 3166-1 alpha-3 code, got '" + iso3 + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("expected a display name for " + iso3 + ", got a blank one");
        }
    }
}
