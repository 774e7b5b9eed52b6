package io.newstension.nlp.persons;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A dated role of a person: {@code country} is an ISO 3166-1 alpha-3 code (or a former state's ISO 3166-3 code such
 * as {@code SUN}), or one of {@link #NON_STATE} for international bodies; {@code role} is a CAMEO agent code
 * ({@code GOV}, {@code OPP}, {@code MIL}, {@code EUREEC} for the EU, {@code WSTNAT} for NATO...). A null
 * {@code from}/{@code to} leaves that end open; both ends are inclusive.
 */
public record Role(String country, String role, LocalDate from, LocalDate to) implements Serializable {
    /** CAMEO codes of bodies that are not states: intergovernmental, non-governmental, companies, militant groups. */
    public static final Set<String> NON_STATE = Set.of("IGO", "NGO", "MNC", "IMG", "INT");

    public Role {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("role ends before it starts: " + from + " > " + to);
        }
    }

    /** True if the role is held on {@code date}. */
    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** True if {@link #country} names a state rather than an international body. */
    public boolean national() {
        return !NON_STATE.contains(country);
    }
}
