package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlDateTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/news/2021/05/20/talks", "https://example.org/2021-05-20-talks.html",
        "https://example.org/world/20210520/talks", "http://example.org/a/2021/5/20/b"})
    void findsFullDatesInThePath(String url) {
        assertEquals(LocalDate.of(2021, 5, 20), UrlDate.find(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/news/2021/05/talks", "https://example.org/story?date=2021-05-20",
        "https://example.org/id/1234567890", "https://example.org/2021/02/30/x", "not a url", ""})
    void ignoresPartialQueryAndImpossibleDates(String url) {
        assertNull(UrlDate.find(url));
    }

    @Test
    void nullUrl() {
        assertNull(UrlDate.find(null));
    }
}
