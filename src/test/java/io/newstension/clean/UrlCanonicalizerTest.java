package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {
    @Test
    void trackingSchemeWwwFragmentAndTrailingSlashDoNotMatter() {
        assertEquals("example.org/a?id=3", UrlCanonicalizer.canonical("HTTPS://www.Example.org/a/?utm_source=x&id=3#top"));
        assertEquals(UrlCanonicalizer.canonical("https://example.org/world/talks-resume"),
                UrlCanonicalizer.canonical("http://www.example.org/world/talks-resume/?utm_source=twitter&utm_medium=social&fbclid=1"));
    }

    @Test
    void ampAndIndexPagesAreTheArticle() {
        assertEquals("example.org/news/story", UrlCanonicalizer.canonical("https://example.org/news/story/amp/"));
        assertEquals("example.org/news", UrlCanonicalizer.canonical("https://example.org/news/index.html"));
        assertEquals("example.org/news/camp", UrlCanonicalizer.canonical("https://example.org/news/camp"));
    }

    @Test
    void queryParametersThatNameTheArticleStay() {
        assertEquals("example.org/story?a=1&b=2", UrlCanonicalizer.canonical("https://example.org/story?b=2&a=1"));
        assertNull(UrlCanonicalizer.canonical(" "));
    }

    @Test
    void navigationAndTrackingFragmentsGoItemFragmentsStay() {
        assertEquals("example.org/a", UrlCanonicalizer.canonical("https://example.org/a#comments"));
        assertEquals("example.org/a", UrlCanonicalizer.canonical("https://example.org/a#xtor=RSS-3"));
        String item = "https://en.wikipedia.org/wiki/Portal:Current_events/2018_May_3#4";
        assertEquals("en.wikipedia.org/wiki/Portal:Current_events/2018_May_3#4", UrlCanonicalizer.canonical(item));
        assertEquals(UrlCanonicalizer.canonical(item), UrlCanonicalizer.canonical(UrlCanonicalizer.canonical(item)));
        assertEquals("example.org/live#post-12", UrlCanonicalizer.canonical("https://www.example.org/live/#post-12"));
    }
}
