package io.newstension.nlp.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lookups the person finder derives from a {@link PersonGazetteer}: the first words of full names (a cheap filter
 * before an alias lookup), known given names (evidence that "Jane Doe" is a person) and surnames grouped by their
 * first two letters, so that a misspelt name is compared with a few dozen surnames instead of all of them.
 */
final class PersonIndex {
    final PersonGazetteer gazetteer;
    private final Set<String> aliasFirstWords = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Map<String, List<String>> surnamesByPrefix = new HashMap<>();

    PersonIndex(PersonGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Person p : gazetteer.persons()) {
            addFullName(p.name());
            p.aliases().forEach(this::addFullName);
        }
        for (String surname : gazetteer.normalizedSurnames()) {
            if (surname.length() >= 2) {
                surnamesByPrefix.computeIfAbsent(surname.substring(0, 2), k -> new ArrayList<>()).add(surname);
            }
        }
    }

    private static final class Bundled {
        static final PersonIndex INSTANCE = new PersonIndex(PersonGazetteer.loadDefault());
    }

    /** The index of the bundled gazetteer, built once per JVM. */
    static PersonIndex bundled() {
        return Bundled.INSTANCE;
    }

    private void addFullName(String name) {
        String normalized = NameNormalizer.normalize(name);
        int space = normalized.indexOf(' ');
        if (space <= 0) {
            return;
        }
        String first = normalized.substring(0, space);
        aliasFirstWords.add(first);
        if (first.length() >= 2 && first.chars().allMatch(Character::isLetter) && !NameWords.neverInName(first)
                && !NameWords.PARTICLES.contains(first)) {
            givenNames.add(first);
        }
    }

    /** True if some full name or alias starts with this normalised word. */
    boolean startsAName(String normalizedWord) {
        return aliasFirstWords.contains(normalizedWord);
    }

    /** True if some person of the gazetteer has this normalised word as a first name ("jane", "sergey"). */
    boolean isGivenName(String normalizedWord) {
        return givenNames.contains(normalizedWord);
    }

    /**
     * The one person whose name or alias {@code surface} is plausibly a misspelling of ("Antony Blinkin"), by
     * {@link NameSimilarity#likelySame}; when several fit, the only one holding a role on {@code date}; else empty.
     */
    Optional<Person> fuzzyFullName(String surface, LocalDate date) {
        String normalized = NameNormalizer.normalize(surface);
        int space = normalized.lastIndexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        Set<Person> found = new LinkedHashSet<>();
        for (Person p : personsWithSurnameLike(normalized.substring(space + 1))) {
            if (NameSimilarity.likelySame(surface, p.name())
                    || p.aliases().stream().anyMatch(a -> NameSimilarity.likelySame(surface, a))) {
                found.add(p);
            }
        }
        return single(found, date);
    }

    /** Persons whose surname equals or is plausibly a misspelling of {@code word} ("Blinkin" → Blinken). */
    List<Person> personsWithSurnameLike(String word) {
        String key = NameNormalizer.normalize(word);
        if (key.length() < 2) {
            return List.of();
        }
        Set<Person> found = new LinkedHashSet<>();
        for (String surname : surnamesByPrefix.getOrDefault(key.substring(0, 2), List.of())) {
            if (NameSimilarity.normalizedWordsLikelySame(key, surname)) {
                found.addAll(gazetteer.bySurname(surname));
            }
        }
        return new ArrayList<>(found);
    }

    /** The only candidate, or the only one holding a role on {@code date}. */
    Optional<Person> single(Set<Person> candidates, LocalDate date) {
        if (candidates.size() == 1) {
            return Optional.of(candidates.iterator().next());
        }
        List<Person> active = candidates.stream().filter(p -> gazetteer.activeAt(p.id(), date)).toList();
        return active.size() == 1 ? Optional.of(active.get(0)) : Optional.empty();
    }
}
