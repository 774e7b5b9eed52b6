package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {
    private static final DateResolver RESOLVER = new DateResolver(1900, 1, Instant.parse("2026-01-01T00:00:00Z"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2021-05-20 17:00:00|2021-05-20T17:00:00Z",
        "2021-05-20T17:00:00+02:00|2021-05-20T15:00:00Z",
        "2021-05-20T17:00:00Z|2021-05-20T17:00:00Z",
        "2021-05-20T17:00:00.123+0000|2021-05-20T17:00:00.123Z",
        "Thu, 20 May 2021 17:00:00 GMT|2021-05-20T17:00:00Z",
        "2021-05-20|2021-05-20T00:00:00Z",
        "20.05.2021|2021-05-20T00:00:00Z",
        "May 20, 2021|2021-05-20T00:00:00Z",
        "20 May 2021|2021-05-20T00:00:00Z",
        "1621530000|2021-05-20T17:00:00Z",
        "2019-01-04 00:00:00.0|2019-01-04T00:00:00Z"})
    void parsesCommonMetadataFormatsAsUtc(String value, String expected) {
        assertEquals(Instant.parse(expected), DateResolver.parse(value));
    }

    @Test
    void noneAndGarbageAreNotDates() {
        assertNull(DateResolver.parse("None"));
        assertNull(DateResolver.parse("yesterday"));
        assertNull(DateResolver.parse(null));
    }

    @Test
    void orderIsMetadataUrlTextDownload() {
        String url = "https://example.org/news/2021/03/01/story";
        assertEquals("metadata", RESOLVER.resolve("2021-03-02", null, url, LocalDate.of(2021, 3, 3), null, "2021-03-04").source());
        assertEquals("metadata", RESOLVER.resolve("None", "2021-03-02", url, null, null, null).source());
        ResolvedDate fromUrl = RESOLVER.resolve("None", null, url, LocalDate.of(2021, 3, 3), null, "2021-03-04");
        assertEquals("url", fromUrl.source());
        assertEquals(Instant.parse("2021-03-01T00:00:00Z"), fromUrl.publishedAt());
        assertEquals("text", RESOLVER.resolve(null, null, "https://example.org/a", LocalDate.of(2021, 3, 3), null, "2021-03-04").source());
        assertEquals("download", RESOLVER.resolve(null, null, null, null, null, "2021-03-04").source());
        ResolvedDate none = RESOLVER.resolve(null, null, null, null, null, null);
        assertEquals("none", none.source());
        assertNull(none.publishedAt());
        assertNull(none.reason());
    }

    @Test
    void futureAndAncientDatesArePassedOverWithTheReason() {
        ResolvedDate d = RESOLVER.resolve("2031-01-01", "1850-06-01", null, null, null, "2021-05-21 08:00:00");
        assertEquals("download", d.source());
        assertTrue(d.reason().contains("date_publish in the future"), d.reason());
        assertTrue(d.reason().contains("date_modify before 1900"), d.reason());
        ResolvedDate garbled = RESOLVER.resolve("last Tuesday", null, null, LocalDate.of(2030, 1, 1), null, null);
        assertEquals("none", garbled.source());
        assertTrue(garbled.reason().contains("date_publish unparseable: last Tuesday"), garbled.reason());
        assertTrue(garbled.reason().contains("text date in the future"), garbled.reason());
    }

    @Test
    void textDateIsOnlyWantedWithoutMetadataOrUrlDate() {
        assertTrue(RESOLVER.needsTextDate("None", null, "https://www.srf.ch/news/international/blinken-lavrov"));
        assertFalse(RESOLVER.needsTextDate("None", null, "https://example.org/2021/05/20/x"));
        assertFalse(RESOLVER.needsTextDate("2021-05-20", null, null));
        assertTrue(RESOLVER.needsTextDate("2099-01-01", null, null));
    }

    @Test
    void textDateNoteIsKept() {
        ResolvedDate d = RESOLVER.resolve(null, null, null, LocalDate.of(2021, 2, 26), "year from date_download", "2021-03-01");
        assertEquals("text", d.source());
        assertEquals("year from date_download", d.reason());
    }
}
