package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.Fuzz;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzz properties of date parsing and resolution: {@link DateResolver}, {@link UrlDate} and the strict re-read of
 * dateline dates in {@link TextDateChooser}. No input throws; a resolved date lies in the configured range.
 */
@Tag(Fuzz.TAG)
class DateResolverFuzzTest {
    private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
    private static final int MIN_YEAR = 1990;
    private static final int MAX_FUTURE_DAYS = 1;
    private static final DateResolver RESOLVER = new DateResolver(MIN_YEAR, MAX_FUTURE_DAYS, NOW);
    private static final Set<String> SOURCES = Set.of(ResolvedDate.METADATA, ResolvedDate.URL, ResolvedDate.TEXT,
            ResolvedDate.DOWNLOAD, ResolvedDate.NONE);

    @Property
    void parseNeverThrows(@ForAll("dates") String value) {
        Instant parsed = DateResolver.parse(value);
        if (value == null || value.isBlank()) {
            assertNull(parsed);
        }
    }

    @Property
    void aResolvedDateIsInRangeAndNamesItsSource(@ForAll("dates") String publish, @ForAll("dates") String modify,
            @ForAll("urls") String url, @ForAll("localDates") LocalDate textDate, @ForAll("dates") String download) {
        ResolvedDate r = RESOLVER.resolve(publish, modify, url, textDate, textDate == null ? null : "note", download);
        assertTrue(SOURCES.contains(r.source()), r.toString());
        assertEquals(r.publishedAt() == null, ResolvedDate.NONE.equals(r.source()), r.toString());
        if (r.publishedAt() != null) {
            assertTrue(r.publishedAt().atZone(ZoneOffset.UTC).getYear() >= MIN_YEAR, r.toString());
            assertFalse(r.publishedAt().isAfter(NOW.plusSeconds(86_400L * MAX_FUTURE_DAYS)), r.toString());
        }
        boolean early = r.source().equals(ResolvedDate.METADATA) || r.source().equals(ResolvedDate.URL);
        assertEquals(!early, RESOLVER.needsTextDate(publish, modify, url), "needsTextDate disagrees with " + r);
    }

    @Property
    void aUrlDateIsAValidDayWrittenInThePath(@ForAll("urls") String url) {
        LocalDate date = UrlDate.find(url);
        if (date != null) {
            assertTrue(date.getYear() >= 1900 && date.getYear() <= 2099, date.toString());
            assertTrue(url.contains(String.valueOf(date.getYear())), url + " -> " + date);
        }
    }

    @Property
    void aChosenTextDateIsReReadFromTheSpan(@ForAll("slices") String slice, @ForAll("matches") List<TextDateChooser.Match> matches,
            @ForAll("localDates") LocalDate downloaded) {
        TextDateChooser.Choice choice = TextDateChooser.choose(slice, matches, downloaded);
        if (choice == null) {
            return;
        }
        assertNotNull(choice.date());
        if (choice.note() == null) {
            String year = String.valueOf(choice.date().getYear());
            assertTrue(matches.stream().anyMatch(m -> span(slice, m).contains(year)),
                    "year " + year + " is not written in any matched span of " + slice);
        } else {
            assertNotNull(downloaded, "a year from date_download needs one");
            assertFalse(choice.date().isAfter(downloaded), choice + " after " + downloaded);
            assertTrue(choice.date().isAfter(downloaded.minusYears(1).minusDays(1)), choice + " vs " + downloaded);
        }
    }

    @Example
    void everySeedDateParsesOrIsNull() {
        for (String seed : Fuzz.seeds("dates.txt")) {
            parseNeverThrows(seed);
            aResolvedDateIsInRangeAndNamesItsSource(seed, seed, "https://example.org/" + seed, null, seed);
        }
    }

    @Example
    void aMatcherDayFromAStrayNumberIsReplacedByTheWrittenDate() {
        String slice = "SRF 4 News, May 20, 2021";
        TextDateChooser.Choice c = TextDateChooser.choose(slice,
                List.of(new TextDateChooser.Match(0, slice.length(), LocalDate.of(2021, 5, 4))), null);
        assertEquals(LocalDate.of(2021, 5, 20), c.date());
    }

    private static String span(String slice, TextDateChooser.Match m) {
        int begin = Math.max(0, Math.min(m.begin(), slice.length()));
        return slice.substring(begin, Math.max(begin, Math.min(m.end(), slice.length())));
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<Integer> year = Arbitraries.oneOf(Arbitraries.integers().between(1850, 2030),
                Arbitraries.integers().between(-1, 99999));
        Arbitrary<Integer> month = Arbitraries.integers().between(0, 13);
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 32);
        Arbitrary<String> formatted = Combinators.combine(year, month, day, Arbitraries.of(
                "%04d-%02d-%02d", "%04d-%02d-%02d %02d:00:00", "%04d-%02d-%02dT%02d:00:00Z", "%04d/%02d/%02d",
                "%3$d.%2$d.%1$d", "%04d%02d%02d", "%04d-%02d-%02dT%02d:30:00+05:30", "%04d-%02d-%02d %02d:00:00.5"))
                .as((y, m, d, f) -> String.format(java.util.Locale.ROOT, f, y, m, d, Math.abs(d) % 25));
        Arbitrary<String> named = Combinators.combine(year, day, Arbitraries.of("Jan", "January", "Sept", "May", "Foo"),
                Arbitraries.of("%3$s %2$d, %1$d", "%2$d %3$s %1$d", "Mon, %2$02d %3$s %1$d 10:00:00 GMT",
                        "Thu %3$s %2$02d 10:00:00 UTC %1$d"))
                .as((y, d, m, f) -> String.format(java.util.Locale.ROOT, f, y, d, m));
        Arbitrary<String> epoch = Arbitraries.longs().between(-1, 9_999_999_999_999L).map(String::valueOf);
        return Fuzz.withSeeds("dates.txt", Arbitraries.oneOf(formatted, named, epoch, Fuzz.messyText(40),
                Arbitraries.of("None", "null", "", " ")).injectNull(0.1));
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(8),
                Arbitraries.of("2021", "1999", "05", "5", "20", "31", "02", "30", "-", "/", "_", "?", "#", "%", " ", ".."),
                Arbitraries.strings().alpha().ofMaxLength(6));
        return Fuzz.withSeeds("urls.txt", Arbitraries.oneOf(
                Fuzz.joined(part, 12).map(p -> "https://example.org/" + p),
                Fuzz.messyText(60)).injectNull(0.05));
    }

    @Provide
    Arbitrary<LocalDate> localDates() {
        return Arbitraries.integers().between(0, 60_000).map(d -> LocalDate.of(1880, 1, 1).plusDays(d)).injectNull(0.2);
    }

    @Provide
    Arbitrary<String> slices() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("May", "Sept.", "February", "dec", "20", "3rd", "of", "2021", "1899", "20.05.2021",
                        "2021-05-20", ",", " ", "\n", "yesterday", "SRF 4 News"),
                Arbitraries.strings().numeric().ofMaxLength(5), Arbitraries.strings().all().ofMaxLength(3));
        return Fuzz.withSeeds("dates.txt", Fuzz.joined(piece.map(p -> p + " "), 15));
    }

    @Provide
    Arbitrary<List<TextDateChooser.Match>> matches() {
        Arbitrary<Integer> offset = Arbitraries.integers().between(-5, 120);
        Arbitrary<LocalDate> date = localDates();
        return Combinators.combine(offset, offset, date).as(TextDateChooser.Match::new).list().ofMaxSize(5);
    }
}
