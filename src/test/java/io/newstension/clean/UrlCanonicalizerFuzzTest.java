package io.newstension.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.Fuzz;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Fuzz properties of {@link UrlCanonicalizer}: total, idempotent, and blind to what does not make an article. */
@Tag(Fuzz.TAG)
class UrlCanonicalizerFuzzTest {
    @Property
    void canonicalIsIdempotent(@ForAll("urls") String url) {
        String once = UrlCanonicalizer.canonical(url);
        if (url == null || url.isBlank()) {
            assertNull(once);
            return;
        }
        assertEquals(once, UrlCanonicalizer.canonical(once), "canonical(canonical(" + url + "))");
        assertFalse(once.isBlank(), url);
        assertEquals(once.strip(), once, url);
    }

    @Property
    void schemeWwwNavigationFragmentTrackingAndTrailingSlashDoNotMatter(@ForAll("hosts") String host, @ForAll("paths") String path,
            @ForAll("queries") String query) {
        String plain = "https://" + host + path + (query.isEmpty() ? "" : "?" + query);
        String decorated = "HTTP://www." + host + path + "/?" + (query.isEmpty() ? "" : query + "&")
                + "utm_source=x&fbclid=1#comments";
        assertEquals(UrlCanonicalizer.canonical(plain), UrlCanonicalizer.canonical(decorated), plain + " vs " + decorated);
    }

    @Example
    void aSchemelessCanonicalFormIsItsOwnCanonicalForm() {
        for (String url : Fuzz.seeds("urls.txt")) {
            canonicalIsIdempotent(url);
        }
        assertEquals("example.org/A?B=1", UrlCanonicalizer.canonical("https://www.example.org/A/?B=1&utm_source=x"));
        assertEquals("example.org/A?B=1", UrlCanonicalizer.canonical("example.org/A?B=1"));
        assertEquals("example.org/a", UrlCanonicalizer.canonical("www.example.org/a?utm_source=x"));
        assertTrue(UrlCanonicalizer.canonical("/relative/Path").equals("/relative/path"));
    }

    /** Regressions: each of these once changed again when canonicalised a second time. */
    @Example
    void formerlyUnstableUrlsAreStable() {
        assertEquals("example.org/News/Story?B=2&a=1", UrlCanonicalizer.canonical("https://example.org/News/Story?B=2&a=1"));
        assertEquals("example.org/a", UrlCanonicalizer.canonical("https://example.org/a/amp/amp/"));
        assertEquals("example.org/a", UrlCanonicalizer.canonical("https://example.org/a//amp"));
        assertEquals("example.org/a", UrlCanonicalizer.canonical("https://www.www.example.org/a"));
        for (String url : List.of("https://example.org/News/Story?B=2&a=1", "https://example.org/a//amp", "http://[::A]/P")) {
            canonicalIsIdempotent(url);
        }
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("https://", "http://", "HTTPS://", "//", "www.", "WWW.", "Example.org", "example.org",
                        "xn--d1acufc.xn--p1ai", "[::1]", ":8080", "@", "/", "//", "/amp", "/index.html", "/INDEX.HTM",
                        "?", "&", "=", "#", "%", "%20", "%zz", " ", "utm_source=x", "id=3", "ref=", "A", "a", "..",
                        ";", "\u00e4", "\\", "mailto:", "\t"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(6));
        return Fuzz.withSeeds("urls.txt", Arbitraries.oneOf(Fuzz.joined(piece, 12), Fuzz.messyText(40)).injectNull(0.02));
    }

    @Provide
    Arbitrary<String> hosts() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(label, Arbitraries.of("org", "com", "co.uk", "ru")).as((l, tld) -> l + "." + tld)
                .filter(h -> !h.startsWith("www."));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.strings().alpha().numeric().withChars("-_.~").ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.equals(".") && !s.equals(".."));
        return segment.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "/" + String.join("/", l))
                .filter(p -> !p.endsWith("/amp") && !p.matches(".*/index\\.html?$|.*/index\\.php$"));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5)
                .filter(n -> !n.startsWith("utm_") && !List.of("ref", "cmp", "rss", "ito", "spm", "share").contains(n));
        Arbitrary<String> pair = Combinators.combine(name, Arbitraries.strings().alpha().numeric().ofMaxLength(5))
                .as((n, v) -> n + "=" + v);
        return pair.list().ofMaxSize(3).map(l -> String.join("&", l));
    }
}
