package io.newstension.nlp.persons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.clean.TextCleaner;
import io.newstension.nlp.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article of issue 4, cleaned as the job cleans it. */
class PersonFinderSeedTest {
    private static final LocalDate DATE = LocalDate.of(2021, 5, 20);
    private static String text;
    private static List<Mention> found;

    @BeforeAll
    static void findPersons() throws IOException {
        try (InputStream in = PersonFinderSeedTest.class.getResourceAsStream("/fixtures/seed/article-blinken-lavrov.txt")) {
            text = TextCleaner.clean(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        found = PersonFinder.bundled().find(text, Articles.sentences(text), Articles.countries(text), DATE, List.of());
    }

    @Test
    void findsTheFivePersonsWithTheirCountries() {
        Map<String, String> affiliations = new TreeMap<>();
        found.forEach(m -> affiliations.put(m.entityName(), m.affiliation()));
        assertEquals(Map.of("Antony Blinken", "USA", "Sergey Lavrov", "RUS", "Alexei Navalny", "RUS",
                "Vladimir Putin", "RUS", "Joe Biden", "USA"), affiliations);
    }

    @Test
    void blinkenIsOneEntityIncludingTheMisspelling() {
        List<Mention> blinken = found.stream().filter(m -> m.entityId().equals("antony_blinken")).toList();
        assertTrue(blinken.stream().anyMatch(m -> m.surface().equals("Anthony Blinkin")), blinken.toString());
        assertEquals(count("\\bBlinken\\b") + 1, blinken.size(), "every Blinken and the one Blinkin");
    }

    @Test
    void everySurnameMentionIsLinked() {
        assertEquals(count("\\bLavrov\\b"), found.stream().filter(m -> m.entityId().equals("sergey_lavrov")).count());
        assertEquals(count("\\bPutin\\b"), found.stream().filter(m -> m.entityId().equals("vladimir_putin")).count());
        assertEquals(count("\\bBiden\\b"), found.stream().filter(m -> m.entityId().equals("joe_biden")).count());
        assertEquals(1, found.stream().filter(m -> m.entityId().equals("alexei_navalny")).count());
    }

    @Test
    void theSameWithoutTheArticleDateOrTheCleaning() throws IOException {
        String raw;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/seed/article-blinken-lavrov.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Mention> again = PersonFinder.bundled().find(raw, Articles.sentences(raw), Articles.countries(raw), null, List.of());
        assertEquals(found.stream().map(m -> m.entityId() + "/" + m.affiliation()).toList(),
                again.stream().map(m -> m.entityId() + "/" + m.affiliation()).toList());
    }

    private static long count(String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
