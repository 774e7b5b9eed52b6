package io.newstension.nlp.persons;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Persons known by name, with their dated roles, read from {@code gazetteer/persons.tsv} and
 * {@code gazetteer/person_roles.tsv} (built by tools/persons/build_persons.py from the Phoenix dictionaries and a
 * curated list). Lookups are case-, diacritics- and punctuation-insensitive ({@link NameNormalizer}): "sergei
 * lavrov" → {@code sergey_lavrov}. When two persons share a spelling, a curated person wins, then the one whose
 * canonical name it is, then the one with the latest-starting role, then the smaller id.
 */
public final class PersonGazetteer implements Serializable {
    private static final long serialVersionUID = 1L;
    /**
     * Where the job's Spark NLP tokenizer splits a name (spaces and NlpPipeline's split characters, kept in step by
     * hand: this class does not depend on Spark NLP), and the period of an initial.
     */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-/\u2013\u2014'\u2019.]+");
    static final String PERSONS_RESOURCE = "/gazetteer/persons.tsv";
    static final String ROLES_RESOURCE = "/gazetteer/person_roles.tsv";
    private static final String PERSONS_HEADER = "person_id\tname\taliases\tsurnames\tsource";
    private static final String ROLES_HEADER = "person_id\tcountry\trole\ttitle\tfrom\tto";
    private static final Comparator<Role> BY_START =
            Comparator.comparing(Role::from, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Role::to, Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<String, Person> byId;
    private final Map<String, List<Role>> roles;
    private final Map<String, String> aliasIndex = new HashMap<>();
    private final Map<String, List<String>> surnameIndex = new HashMap<>();
    private final Set<String> fullNameAliases = new TreeSet<>();
    private final Set<String> nameWords = new HashSet<>();

    private PersonGazetteer(Map<String, Person> byId, Map<String, List<Role>> roles,
                            Map<String, List<String>> surnames, Set<String> curated) {
        this.byId = byId;
        this.roles = roles;
        Map<String, LocalDate> latestStart = new HashMap<>();
        roles.forEach((id, list) -> latestStart.put(id, latestStart(list)));
        Comparator<String> priority = Comparator.<String, LocalDate>comparing(latestStart::get,
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.naturalOrder());
        List<String> ids = new ArrayList<>(byId.keySet());
        ids.sort(priority);
        List<String> curatedIds = ids.stream().filter(curated::contains).toList();
        List<String> otherIds = ids.stream().filter(id -> !curated.contains(id)).toList();
        index(curatedIds, true);
        index(curatedIds, false);
        index(otherIds, true);  // a Phoenix alias never hides another person's canonical name
        index(otherIds, false);
        for (String id : ids) {
            Person p = byId.get(id);
            addFullName(p.name());
            p.aliases().forEach(this::addFullName);
            addNameWords(p.name());
            p.aliases().forEach(this::addNameWords);
            for (String surname : surnames.getOrDefault(id, List.of())) {
                surnameIndex.computeIfAbsent(NameNormalizer.normalize(surname), k -> new ArrayList<>()).add(id);
            }
        }
    }

    private static final class Default {
        static final PersonGazetteer INSTANCE = fromClasspath();
    }

    /** The bundled gazetteer, read once per JVM. */
    public static PersonGazetteer loadDefault() {
        return Default.INSTANCE;
    }

    private static PersonGazetteer fromClasspath() {
        try (Reader persons = resource(PERSONS_RESOURCE); Reader roles = resource(ROLES_RESOURCE)) {
            return read(persons, roles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the persons gazetteer", e);
        }
    }

    private static Reader resource(String path) {
        InputStream in = PersonGazetteer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("classpath resource " + path + " is missing; run tools/persons/build_persons.py");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Reads the two TSV tables (headers {@value #PERSONS_HEADER} and {@value #ROLES_HEADER}; lists are
     * {@code |}-separated, dates YYYYMMDD or empty). Fails on a malformed line, naming it.
     */
    public static PersonGazetteer read(Reader personsTsv, Reader rolesTsv) throws IOException {
        Map<String, Person> byId = new HashMap<>();
        Map<String, List<String>> surnames = new HashMap<>();
        Set<String> curated = new HashSet<>();
        List<String[]> personRows = rows(personsTsv, PERSONS_HEADER, "persons");
        for (int i = 0; i < personRows.size(); i++) {
            String[] f = personRows.get(i);
            if (byId.containsKey(f[0])) {
                throw new IllegalArgumentException("persons line " + (i + 2) + ": duplicate person_id " + f[0]);
            }
            byId.put(f[0], new Person(f[0], f[1], list(f[2])));
            surnames.put(f[0], list(f[3]));
            if ("curated".equals(f[4])) {
                curated.add(f[0]);
            }
        }
        Map<String, List<Role>> roles = new HashMap<>();
        List<String[]> roleRows = rows(rolesTsv, ROLES_HEADER, "person_roles");
        for (int i = 0; i < roleRows.size(); i++) {
            String[] f = roleRows.get(i);
            String where = "person_roles line " + (i + 2) + ": ";
            if (!byId.containsKey(f[0])) {
                throw new IllegalArgumentException(where + "unknown person_id " + f[0]);
            }
            try {
                roles.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Role(f[1], f[2], date(f[4]), date(f[5])));
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage(), e);
            }
        }
        roles.replaceAll((id, list) -> {
            list.sort(BY_START);
            return List.copyOf(list);
        });
        return new PersonGazetteer(byId, roles, surnames, curated);
    }

    private static List<String[]> rows(Reader reader, String header, String table) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String first = in.readLine();
        if (!header.equals(first)) {
            throw new IllegalArgumentException(table + ": expected header '" + header + "', got '" + first + "'");
        }
        int columns = header.split("\t").length;
        List<String[]> out = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns || f[0].isEmpty()) {
                throw new IllegalArgumentException(table + " line " + (out.size() + 2) + ": expected " + columns
                        + " tab-separated fields with an id, got " + f.length + ": " + line);
            }
            out.add(f);
        }
        return out;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }

    private static LocalDate date(String field) {
        if (field.isEmpty()) {
            return null;
        }
        if (field.length() != 8 || !field.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected a YYYYMMDD date, got '" + field + "'");
        }
        // Hand-parsed: DateTimeFormatter costs about a second on the 28k bundled roles.
        return LocalDate.of(Integer.parseInt(field, 0, 4, 10), Integer.parseInt(field, 4, 6, 10),
                Integer.parseInt(field, 6, 8, 10));
    }

    private static LocalDate latestStart(List<Role> roles) {
        return roles.stream().map(Role::from).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }

    private void index(List<String> ids, boolean canonical) {
        for (String id : ids) {
            Person p = byId.get(id);
            for (String spelling : canonical ? List.of(p.name()) : p.aliases()) {
                aliasIndex.putIfAbsent(NameNormalizer.normalize(spelling), id);
            }
        }
    }

    private void addFullName(String name) {
        if (name.trim().contains(" ")) {
            fullNameAliases.add(name);
            fullNameAliases.add(NameNormalizer.foldDiacritics(name));
        }
    }

    private void addNameWords(String name) {
        for (String spelling : List.of(name, NameNormalizer.foldDiacritics(name))) {
            for (String word : WORD_BREAK.split(spelling)) {
                if (!word.isEmpty() && !NameWords.NOT_PERSON.contains(word.toLowerCase(Locale.ROOT))) {
                    nameWords.add(word);
                }
            }
        }
    }

    /** The person written as {@code surface} (a canonical name or full-name alias), e.g. "Sergei Lavrov". */
    public Optional<Person> byAlias(String surface) {
        return Optional.ofNullable(aliasIndex.get(NameNormalizer.normalize(surface))).map(byId::get);
    }

    public Optional<Person> byId(String personId) {
        return Optional.ofNullable(byId.get(personId));
    }

    /**
     * Persons with this surname ("Lavrov", "von der Leyen"), best candidate first. Surnames are ambiguous: use them
     * only to resolve a short mention of someone already named in full in the same text.
     */
    public List<Person> bySurname(String surname) {
        return surnameIndex.getOrDefault(NameNormalizer.normalize(surname), List.of()).stream()
                .map(byId::get).toList();
    }

    /** Every person, in no particular order. */
    public Collection<Person> persons() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** Every surname in its {@link NameNormalizer#normalize normalised} form, for fuzzy lookups. */
    Set<String> normalizedSurnames() {
        return Collections.unmodifiableSet(surnameIndex.keySet());
    }

    /** The person's roles, earliest-starting first (undated ones first); empty for an unknown id. */
    public List<Role> roles(String personId) {
        return roles.getOrDefault(personId, List.of());
    }

    /**
     * The role that speaks for the person on {@code date}: of the roles covering it, the latest-starting; if none
     * covers it or {@code date} is null (unknown), the latest-starting role of all. Empty for a person without roles.
     */
    public Optional<Role> roleAt(String personId, LocalDate date) {
        List<Role> all = roles(personId);
        Optional<Role> covering = date == null ? Optional.empty() : all.stream().filter(r -> r.covers(date)).max(BY_START);
        return covering.isPresent() ? covering : all.stream().max(BY_START);
    }

    /** True if one of the person's roles covers {@code date}. */
    public boolean activeAt(String personId, LocalDate date) {
        return date != null && roles(personId).stream().anyMatch(r -> r.covers(date));
    }

    /**
     * The ISO3 country the person acts for on {@code date}, from {@link #roleAt}: Lavrov on 2021-05-20 → RUS.
     * Empty when that role belongs to an international body (Borrell as EU High Representative) or there is none;
     * a null date (unknown) takes the latest role.
     */
    public Optional<String> affiliation(String personId, LocalDate date) {
        return roleAt(personId, date).filter(Role::national).map(Role::country);
    }

    /**
     * Every multi-word canonical name and alias, also without diacritics ("Recep Tayyip Erdogan"), for an exact
     * phrase matcher. Single words are left out: they are too ambiguous to match on their own.
     */
    public Set<String> fullNameAliases() {
        return Collections.unmodifiableSet(fullNameAliases);
    }

    /**
     * Every word of every name and alias, as written and without diacritics, split where the job's tokenizer splits
     * ("Kara-Murza" gives "Kara" and "Murza"); words of organisations the dictionaries list among persons left out.
     */
    public Set<String> nameWords() {
        return Collections.unmodifiableSet(nameWords);
    }

    public int size() {
        return byId.size();
    }
}
