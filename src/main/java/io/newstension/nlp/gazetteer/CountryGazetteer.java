package io.newstension.nlp.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Country gazetteer: maps the ways news names a country (names, abbreviations, demonyms, capitals, seats of power,
 * historical states) and its notable cities to ISO 3166-1 alpha-3 codes, and decides in context whether a matched span
 * is a country. {@link #resolveWithKind} tells a city ("Zug", kind {@code city}: a place in the country) from a name
 * of the country or its government.
 *
 * <p>Data: {@code /gazetteer/countries.tsv} (alias, iso3, kind, name) and {@code /gazetteer/ambiguous.tsv} (alias,
 * iso3, rule), both built by {@code tools/gazetteer/build_countries.py} from mledoze/countries (ODbL-1.0). Aliases
 * are case-sensitive: "US" is the United States, "us" is nothing. Example:
 * {@code resolve("Talks in Moscow and New Mexico", 9, 15)} is {@code RUS}, {@code resolve(..., 24, 30)} ("Mexico"
 * inside "New Mexico") is empty. Immutable and serializable, so a Spark task can carry it.
 */
public final class CountryGazetteer implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String COUNTRIES_RESOURCE = "/gazetteer/countries.tsv";
    static final String AMBIGUOUS_RESOURCE = "/gazetteer/ambiguous.tsv";

    /** Capitalised words next to a country that are not names: "In Jordan", "Jordan And Israel" in headlines. */
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "And", "Or", "But", "Nor", "Of", "In", "On", "At", "To", "From", "With", "Without", "By",
            "For", "As", "Into", "Over", "Under", "After", "Before", "Since", "Until", "Against", "Between", "Among",
            "About", "Across", "Through", "Toward", "Towards", "Via", "Near", "Beyond", "Within", "Including", "Like",
            "Unlike", "Than", "That", "This", "These", "Those", "Which", "Who", "What", "When", "Where", "While", "Why",
            "How", "If", "Whether", "Both", "Either", "Neither", "All", "Each", "Every", "Some", "Many", "Most", "Only",
            "Even", "Also", "Then", "Now", "So", "Yet", "Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had",
            "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Do", "Does", "Did", "Not", "It", "Its",
            "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "Meanwhile", "However", "Neighbouring",
            "Neighboring", "Northern", "Southern", "Eastern", "Western", "Central", "Says", "Said", "Say", "Warns",
            "Urges", "Calls", "Rejects", "Condemns", "Welcomes", "Signs", "Hosts", "Denies", "Accuses", "Agrees",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "June", "July", "August", "September", "October", "November", "December");
    /** Capitalised words that follow a country name in news: "Jordan King Abdullah", "Chad Army". */
    private static final Set<String> COUNTRY_FOLLOWERS = Set.of(
            "King", "Queen", "Prince", "Crown", "President", "Prime", "Premier", "Foreign", "Defence", "Defense",
            "Interior", "Minister", "Ministry", "Government", "Army", "Armed", "Forces", "Military", "Police",
            "Embassy", "Parliament", "Senate", "Border", "Borders", "National", "State", "Cabinet", "Officials");
    /** Titles written with a period before a surname: "Mr. Jordan". */
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Prof");

    private static final Set<AmbiguityRule> NO_RULES = Set.of();

    private record Entry(Country country, String kind) implements Serializable {}

    /** Where a shorter alias sits inside a longer one: "Sudan" at offset 6 of "South Sudan". */
    private record Container(String phrase, int offset) implements Serializable {}

    private final Map<String, Entry> byAlias = new HashMap<>();
    private final Map<String, String> aliasByCaps = new HashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();
    private final Set<String> aliases;
    private final Map<String, List<Container>> containers = new HashMap<>();
    /** Blocker phrases in lower case; they match text in any case. */
    private final List<String> blockers = new ArrayList<>();
    private final Map<String, Set<AmbiguityRule>> rules = new HashMap<>();
    private final Map<String, List<String>> candidates = new HashMap<>();
    private final Map<String, Set<String>> contextTerms = new HashMap<>();
    private final Map<String, Set<String>> antiContextTerms = new HashMap<>();

    private CountryGazetteer(List<GazetteerTsv.AliasRow> aliasRows, List<GazetteerTsv.RuleRow> ruleRows) {
        for (GazetteerTsv.AliasRow row : aliasRows) {
            if (byAlias.put(row.alias(), new Entry(row.country(), row.kind())) != null) {
                throw new IllegalArgumentException("countries.tsv: alias '" + row.alias() + "' appears twice");
            }
            Country known = byIso3.putIfAbsent(row.country().iso3(), row.country());
            if (known != null && !known.equals(row.country())) {
                throw new IllegalArgumentException("countries.tsv: " + row.country().iso3() + " is named both '"
                        + known.name() + "' and '" + row.country().name() + "'");
            }
        }
        aliases = Collections.unmodifiableSet(new TreeSet<>(byAlias.keySet()));
        indexCapsForms();
        indexContainers();
        indexRules(ruleRows);
    }

    /** The bundled gazetteer, read from the classpath once per JVM. */
    public static CountryGazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    /** Builds a gazetteer from the lines of the two tables (header first); errors name the line at fault. */
    static CountryGazetteer fromLines(List<String> countryLines, List<String> ambiguousLines) {
        return new CountryGazetteer(GazetteerTsv.parseCountries("countries.tsv", countryLines),
                GazetteerTsv.parseAmbiguous("ambiguous.tsv", ambiguousLines));
    }

    /** Every surface form, exact case, e.g. for a Spark NLP TextMatcher phrase list. Sorted, unmodifiable. */
    public Set<String> aliases() {
        return aliases;
    }

    /**
     * The country a surface form names, without context: exact match, then without a possessive ("Russia's",
     * "Russia’s", "Philippines'"), and an all-caps form of an alias ("MOSCOW" as in datelines).
     */
    public Optional<Country> lookup(String surface) {
        return match(surface).map(m -> byAlias.get(m.alias()).country());
    }

    public Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3));
    }

    /** The kind of an exact alias (name, official, alt, abbrev, demonym, demonym_plural, capital, metonym,
     *  historical, city), or null when {@code alias} is not one. */
    public String kindOf(String alias) {
        Entry entry = byAlias.get(alias);
        return entry == null ? null : entry.kind();
    }

    /** True when [begin, end) lies inside a blocker phrase of {@code text}: "Mexico" in "New Mexico" (any case). */
    public boolean isBlocked(String text, int begin, int end) {
        Objects.checkFromToIndex(begin, end, text.length());
        if (begin == end) {
            return false;
        }
        String span = text.substring(begin, end).toLowerCase(Locale.ROOT);
        for (String blocker : blockers) {
            for (int at = blocker.indexOf(span); at >= 0; at = blocker.indexOf(span, at + 1)) {
                if (phraseAt(text, blocker, begin - at, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The country that the span [begin, end) of {@code text} names in context, or empty. Applies {@link #lookup},
     * then rejects spans that touch letters or digits ("Prussia", "USAID"), lie inside a blocker or inside a longer
     * alias ("Sudan" in "South Sudan"), and spans that the ambiguity rules reject ("Michael Jordan", "turkey",
     * "Georgia" without a Caucasus context). A city counts only on its own: next to a capitalised word it is part of
     * a longer name ("Manchester United", "Geneva Conventions", "Houston Chronicle").
     */
    public Optional<Country> resolve(String text, int begin, int end) {
        return resolveWithKind(text, begin, end).map(Resolved::country);
    }

    /** As {@link #resolve}, with the alias that matched and its kind, e.g. {@code Zug → (CHE, "Zug", city)}. */
    public Optional<Resolved> resolveWithKind(String text, int begin, int end) {
        Objects.checkFromToIndex(begin, end, text.length());
        if (begin == end || !Words.atTokenBoundary(text, begin, end)) {
            return Optional.empty();
        }
        String surface = text.substring(begin, end);
        Optional<Match> match = match(surface);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        // Blockers and rules look at the alias itself: "New Mexico's" blocks "Mexico's" as "New Mexico" does.
        int aliasEnd = begin + match.get().length();
        if (isBlocked(text, begin, aliasEnd) || insideLongerAlias(text, begin, match.get().alias(), surface)) {
            return Optional.empty();
        }
        return applyRules(match.get().alias(), surface, text, begin, aliasEnd);
    }

    /** The alias a surface form stands for, and how many of its leading chars spell it (no possessive). */
    private record Match(String alias, int length) {}

    private Optional<Match> match(String surface) {
        if (surface == null || surface.isEmpty()) {
            return Optional.empty();
        }
        String hit = exactOrCaps(surface);
        if (hit != null) {
            return Optional.of(new Match(hit, surface.length()));
        }
        String base = withoutPossessive(surface);
        hit = base == null ? null : exactOrCaps(base);
        return hit == null ? Optional.empty() : Optional.of(new Match(hit, base.length()));
    }

    private boolean isCountryWord(String word) {
        return match(word).isPresent();
    }

    private String exactOrCaps(String surface) {
        if (byAlias.containsKey(surface)) {
            return surface;
        }
        return Words.isAllCaps(surface) ? aliasByCaps.get(surface) : null;
    }

    private static String withoutPossessive(String surface) {
        int n = surface.length();
        if (n > 2 && isApostrophe(surface.charAt(n - 2)) && (surface.charAt(n - 1) == 's' || surface.charAt(n - 1) == 'S')) {
            return surface.substring(0, n - 2);
        }
        if (n > 2 && isApostrophe(surface.charAt(n - 1)) && (surface.charAt(n - 2) == 's' || surface.charAt(n - 2) == 'S')) {
            return surface.substring(0, n - 1);
        }
        return null;
    }

    private static boolean isPossessive(String word) {
        return word.length() > 2 && isApostrophe(word.charAt(word.length() - 2))
                && Character.toLowerCase(word.charAt(word.length() - 1)) == 's';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Aliases match in their own case, or all in caps: "commonwealth of Puerto Rico" holds no longer alias. */
    private boolean insideLongerAlias(String text, int begin, String alias, String surface) {
        boolean caps = !surface.equals(alias) && Words.isAllCaps(surface);
        for (Container c : containers.getOrDefault(alias, List.of())) {
            if (phraseAt(text, c.phrase(), begin - c.offset(), caps)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code phrase} is written at {@code at} in {@code text} as whole tokens. */
    private static boolean phraseAt(String text, String phrase, int at, boolean ignoreCase) {
        int end = at + phrase.length();
        return at >= 0 && end <= text.length() && text.regionMatches(ignoreCase, at, phrase, 0, phrase.length())
                && Words.atTokenBoundary(text, at, end);
    }

    private Optional<Resolved> applyRules(String alias, String surface, String text, int begin, int end) {
        Entry entry = byAlias.get(alias);
        Set<AmbiguityRule> aliasRules = rules.getOrDefault(alias, NO_RULES);
        if (aliasRules.contains(AmbiguityRule.NOT_LOWERCASE) && Character.isLowerCase(surface.codePointAt(0))) {
            return Optional.empty();
        }
        if (aliasRules.contains(AmbiguityRule.NOT_IN_ALLCAPS) && nextToCapsWord(text, begin, end)) {
            return Optional.empty();
        }
        // A city is a place only on its own: "Manchester United", "Geneva Conventions" and "Sydney Sweeney" are not.
        boolean standalone = aliasRules.contains(AmbiguityRule.NOT_PERSON_NAME) || Resolved.CITY.equals(entry.kind());
        if (standalone && nextToPersonName(text, begin, end)) {
            return Optional.empty();
        }
        boolean needsContext = aliasRules.contains(AmbiguityRule.NEEDS_COUNTRY_CONTEXT);
        if (needsContext || aliasRules.contains(AmbiguityRule.PREFER_BY_CONTEXT)) {
            List<String> inContext = candidates.get(alias).stream()
                    .filter(iso3 -> mentions(contextTerms, iso3, text, begin, end))
                    .filter(iso3 -> !mentions(antiContextTerms, iso3, text, begin, end)).toList();
            if (inContext.size() == 1) {
                return byIso3(inContext.get(0)).map(c -> new Resolved(c, alias, entry.kind()));
            }
            if (needsContext) {
                return Optional.empty();
            }
        }
        return Optional.of(new Resolved(entry.country(), alias, entry.kind()));
    }

    private static boolean mentions(Map<String, Set<String>> terms, String iso3, String text, int begin, int end) {
        return terms.getOrDefault(iso3, Set.of()).stream()
                .anyMatch(term -> Words.containsToken(text, term, begin, end));
    }

    private boolean nextToCapsWord(String text, int begin, int end) {
        return isCapsNonCountryWord(Words.previousWord(text, begin)) || isCapsNonCountryWord(Words.nextWord(text, end));
    }

    private boolean isCapsNonCountryWord(String word) {
        return word.length() >= 2 && Words.isAllCaps(word) && !isCountryWord(word);
    }

    private boolean nextToPersonName(String text, int begin, int end) {
        if (HONORIFICS.contains(Words.abbreviationBefore(text, begin))) {
            return true;
        }
        String next = Words.nextWord(text, end);
        if (Words.isCapitalised(next) && !NOT_NAMES.contains(next) && !COUNTRY_FOLLOWERS.contains(next)
                && !isCountryWord(next)) {
            return true;
        }
        String previous = Words.previousWord(text, begin);
        // Sentence-initial participles ("Visiting Jordan") and possessives ("Council's Washington office") are
        // capitalised but are not first names.
        return previous.length() > 1 && Words.isCapitalised(previous) && !NOT_NAMES.contains(previous)
                && !previous.endsWith("ing") && !isPossessive(previous) && !isCountryWord(previous);
    }

    /** All-caps forms of aliases ("MOSCOW" → "Moscow"); a caps form shared by two countries is left out. */
    private void indexCapsForms() {
        Set<String> clashing = new HashSet<>();
        for (String alias : aliases) {
            String caps = alias.toUpperCase(Locale.ROOT);
            if (caps.equals(alias) || byAlias.containsKey(caps)) {
                continue;
            }
            String earlier = aliasByCaps.putIfAbsent(caps, alias);
            if (earlier != null && !byAlias.get(earlier).country().equals(byAlias.get(alias).country())) {
                clashing.add(caps);
            }
        }
        aliasByCaps.keySet().removeAll(clashing);
    }

    /** For each alias, the longer aliases that contain it as whole tokens ("Guinea" in "Papua New Guinea"). */
    private void indexContainers() {
        // An alias inside another at token boundaries shares its first token with it: compare only those pairs.
        Map<String, List<String>> byToken = new HashMap<>();
        for (String alias : aliases) {
            for (String token : Words.tokens(alias)) {
                List<String> withToken = byToken.computeIfAbsent(token, k -> new ArrayList<>());
                if (withToken.isEmpty() || !withToken.get(withToken.size() - 1).equals(alias)) {
                    withToken.add(alias);
                }
            }
        }
        for (String inner : aliases) {
            List<String> tokens = Words.tokens(inner);
            if (tokens.isEmpty()) {
                continue;
            }
            for (String outer : byToken.get(tokens.get(0))) {
                if (outer.length() <= inner.length()) {
                    continue;
                }
                for (int at = outer.indexOf(inner); at >= 0; at = outer.indexOf(inner, at + 1)) {
                    if (Words.atTokenBoundary(outer, at, at + inner.length())) {
                        containers.computeIfAbsent(inner, k -> new ArrayList<>()).add(new Container(outer, at));
                    }
                }
            }
        }
    }

    private void indexRules(List<GazetteerTsv.RuleRow> rows) {
        Map<String, Set<String>> extraContext = new HashMap<>();
        for (GazetteerTsv.RuleRow row : rows) {
            switch (row.rule()) {
                case BLOCK -> blockers.add(row.alias().toLowerCase(Locale.ROOT));
                case CONTEXT -> {
                    requireCountry(row);
                    extraContext.computeIfAbsent(row.iso3(), k -> new TreeSet<>()).add(row.alias());
                }
                case ANTI_CONTEXT -> {
                    requireCountry(row);
                    antiContextTerms.computeIfAbsent(row.iso3(), k -> new TreeSet<>()).add(row.alias());
                }
                default -> {
                    requireCountry(row);
                    if (!byAlias.containsKey(row.alias())) {
                        throw new IllegalArgumentException("ambiguous.tsv: rule '" + row.rule() + "' for '"
                                + row.alias() + "', which is not an alias in countries.tsv");
                    }
                    rules.computeIfAbsent(row.alias(), k -> EnumSet.noneOf(AmbiguityRule.class)).add(row.rule());
                    if (row.rule() == AmbiguityRule.NEEDS_COUNTRY_CONTEXT || row.rule() == AmbiguityRule.PREFER_BY_CONTEXT) {
                        candidates.computeIfAbsent(row.alias(), k -> new ArrayList<>()).add(row.iso3());
                    }
                }
            }
        }
        // A country's context: its aliases that need no context themselves, plus its curated context words.
        for (Map.Entry<String, Entry> e : byAlias.entrySet()) {
            if (!candidates.containsKey(e.getKey())) {
                contextTerms.computeIfAbsent(e.getValue().country().iso3(), k -> new TreeSet<>()).add(e.getKey());
            }
        }
        extraContext.forEach((iso3, terms) -> contextTerms.computeIfAbsent(iso3, k -> new TreeSet<>()).addAll(terms));
    }

    private void requireCountry(GazetteerTsv.RuleRow row) {
        if (!byIso3.containsKey(row.iso3())) {
            throw new IllegalArgumentException("ambiguous.tsv: '" + row.alias() + "' names iso3 '" + row.iso3()
                    + "', expected a code from countries.tsv");
        }
    }

    /** Loads the bundled tables on first use only. */
    private static final class Holder {
        static final CountryGazetteer DEFAULT = new CountryGazetteer(
                GazetteerTsv.parseCountries(COUNTRIES_RESOURCE, GazetteerTsv.readResource(COUNTRIES_RESOURCE)),
                GazetteerTsv.parseAmbiguous(AMBIGUOUS_RESOURCE, GazetteerTsv.readResource(AMBIGUOUS_RESOURCE)));
    }
}
