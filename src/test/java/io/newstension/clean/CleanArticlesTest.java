package io.newstension.clean;

import io.newstension.SparkTestSession;
import static io.newstension.schema.Columns.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import io.newstension.ingest.Ingest;
import io.newstension.schema.Tables;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest, clean and de-duplicate real fixture files end to end on a local Spark session. */
class CleanArticlesTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static SparkSession spark;
    private static TensionConfig config;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
        config = ConfigLoader.load(null, List.of());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Map<String, Row> articles(String... fixtures) {
        List<String> files = java.util.Arrays.stream(fixtures).map(CleanArticlesTest::fixture).toList();
        Dataset<Row> parsed = Ingest.read(spark, files, config.input());
        Dataset<Row> out = parsed.transform(new CleanArticles(config, NOW)::apply)
                .transform(new Deduplicate(config.dedup())::apply);
        return out.collectAsList().stream().collect(Collectors.toMap(r -> r.getAs(ARTICLE_ID), Function.identity()));
    }

    static String fixture(String name) {
        try {
            Path p = Paths.get(CleanArticlesTest.class.getResource("/fixtures/" + name).toURI());
            return p.toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void seedArticleGetsItsDateFromTheBylineAndLosesTheChrome() {
        Map<String, Row> rows = articles("seed/article-blinken-lavrov.txt", "seed/article-blinken-lavrov.newsplease.json");
        assertEquals(2, rows.size());
        for (Row r : rows.values()) {
            String text = r.getAs(TEXT);
            String title = r.getAs(TITLE);
            assertAll(r.<String>getAs(URL) == null ? "txt" : "json",
                    () -> assertEquals("2021-05-20", r.getAs(DATE).toString()),
                    () -> assertEquals("text", r.getAs(DATE_SOURCE)),
                    () -> assertEquals("Foreign Ministers' Meeting - Blinken and Lavrov: Discussing differences in front"
                            + " of the camera - news", title),
                    () -> assertEquals(text.indexOf("Discussing differences in front of the camera"),
                            text.lastIndexOf("Discussing differences in front of the camera"), "the title once, as the headline"),
                    () -> assertFalse(text.contains("Complete News World"), "site name left in text"),
                    () -> assertFalse(text.contains("Open the box"), "widget left in text"),
                    () -> assertTrue(text.startsWith(r.getAs(TITLE) + "\n\n• US Secretary of State"), text.substring(0, 120)),
                    () -> assertTrue(text.contains("Strained relationship"), "subheading dropped"),
                    () -> assertTrue(text.endsWith("SRF 4 News, May 20, 2021; 5:00 pm.;")),
                    () -> assertEquals("en", r.getAs(LANGUAGE)));
        }
        // The two files hold one text: one is kept, the other marked as its copy.
        List<String> statuses = rows.values().stream().map(r -> r.<String>getAs(STATUS)).sorted().toList();
        assertEquals(List.of(Tables.DUPLICATE, Tables.PROCESSED), statuses);
    }

    @Test
    void threeCopiesOfOneStoryGiveOneProcessedAndTwoDuplicates() {
        Map<String, Row> rows = articles("ingest/story-copies.jsonl");
        assertEquals(3, rows.size());
        List<Row> processed = rows.values().stream().filter(r -> Tables.PROCESSED.equals(r.getAs(STATUS))).toList();
        assertEquals(1, processed.size(), rows.values().toString());
        Row kept = processed.get(0);
        assertEquals("https://example.org/world/talks-resume", kept.getAs(URL));
        for (Row r : rows.values()) {
            if (r != kept) {
                assertEquals(Tables.DUPLICATE, r.getAs(STATUS), r.toString());
                assertEquals(kept.<String>getAs(ARTICLE_ID), r.getAs(DUPLICATE_OF), r.toString());
            }
        }
        Row syndicated = rows.values().stream().filter(r -> r.<String>getAs(URL).contains("wire.example.com")).findFirst().orElseThrow();
        assertEquals("url", syndicated.getAs(DATE_SOURCE));
        assertEquals("2021-06-02", syndicated.getAs(DATE).toString());
    }

    @Test
    void nearDuplicatesAreKeptWhenSwitchedOff() {
        TensionConfig.Dedup off = new TensionConfig.Dedup(false, 0.7, 3, 25, 4);
        Dataset<Row> parsed = Ingest.read(spark, List.of(fixture("ingest/story-copies.jsonl")), config.input());
        List<Row> rows = parsed.transform(new CleanArticles(config, NOW)::apply).transform(new Deduplicate(off)::apply)
                .collectAsList();
        assertEquals(2, rows.stream().filter(r -> Tables.PROCESSED.equals(r.getAs(STATUS))).count());
    }

    @Test
    void emptyTextIsSkippedAndOtherLanguagesAreSkippedWithAReason() {
        Map<String, Row> rows = articles("ingest/newsplease.jsonl", "ingest/foreign.jsonl");
        Row empty = rows.values().stream().filter(r -> "https://example.org/news/empty".equals(r.getAs(URL))).findFirst().orElseThrow();
        assertEquals(Tables.SKIPPED, empty.getAs(STATUS));
        assertEquals("empty text", empty.getAs(REASON));
        Row german = rows.values().stream().filter(r -> "https://example.org/de/wahl".equals(r.getAs(URL))).findFirst().orElseThrow();
        assertEquals("de", german.getAs(LANGUAGE));
        assertEquals(Tables.SKIPPED, german.getAs(STATUS));
        assertTrue(german.<String>getAs(REASON).contains("language de not in language.languages [en]"));
        Row nul = rows.values().stream().filter(r -> "https://example.org/news/escaped-nul".equals(r.getAs(URL))).findFirst().orElseThrow();
        assertFalse(nul.<String>getAs(TEXT).contains("\u0000"));
        assertEquals("control characters removed", nul.getAs(REASON));
        assertNull(nul.getAs(DUPLICATE_OF));
    }

    /**
     * 150 edited copies of one story (more than one LSH bucket compares in full) and 20 articles from one template
     * (a third of their shingles shared): every copy points at the earliest, no templated article is a copy.
     */
    @Test
    void bigSyndicationClustersResolveToTheEarliestAndTemplatedArticlesStay(@TempDir Path dir) throws Exception {
        String story = words("story", 90);
        String template = words("template", 40);
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            lines.add(json("https://wire.example.org/copy-" + i, "Story", story + " Edited by desk " + i + ".",
                    String.format(java.util.Locale.ROOT, "2021-06-01 %02d:%02d:00", i / 60, i % 60)));
        }
        for (int i = 0; i < 20; i++) {
            lines.add(json("https://markets.example.org/report-" + i, "Report " + i, template + " " + words("report" + i, 40),
                    "2021-06-02 10:00:00"));
        }
        java.nio.file.Files.write(dir.resolve("cluster.jsonl"), lines);
        Dataset<Row> parsed = Ingest.read(spark, List.of(dir.resolve("cluster.jsonl").toString()), config.input());
        List<Row> rows = parsed.transform(new CleanArticles(config, NOW)::apply)
                .transform(new Deduplicate(config.dedup())::apply).collectAsList();
        Row first = rows.stream().filter(r -> r.<String>getAs(URL).endsWith("/copy-0")).findFirst().orElseThrow();
        assertEquals(Tables.PROCESSED, first.getAs(STATUS));
        List<Row> copies = rows.stream().filter(r -> r.<String>getAs(URL).contains("/copy-") && r != first).toList();
        assertEquals(149, copies.size());
        for (Row copy : copies) {
            assertEquals(Tables.DUPLICATE, copy.getAs(STATUS), copy.toString());
            assertEquals(first.<String>getAs(ARTICLE_ID), copy.getAs(DUPLICATE_OF), copy.toString());
        }
        assertEquals(20, rows.stream().filter(r -> r.<String>getAs(URL).contains("/report-")
                && Tables.PROCESSED.equals(r.getAs(STATUS))).count());
    }

    /**
     * Two feeds that both number their records 1, 2 are four articles, not two articles and their copies; the same id
     * from the same publisher in a second file is one article delivered twice.
     */
    @Test
    void inputIdsAreUniqueOnlyWithinTheirSource(@TempDir Path dir) throws Exception {
        List<String> first = List.of(withId("1", "example.org", "https://example.org/a", words("alpha", 40)),
                withId("2", "example.org", "https://example.org/b", words("bravo", 40)));
        List<String> second = List.of(withId("1", "example.net", "https://example.net/c", words("charlie", 40)),
                withId("2", "example.net", "https://example.net/d", words("delta", 40)),
                withId("1", "www.example.org", null, words("echo", 40)));
        java.nio.file.Files.write(dir.resolve("org.jsonl"), first);
        java.nio.file.Files.write(dir.resolve("net.jsonl"), second);
        Dataset<Row> parsed = Ingest.read(spark, List.of(dir.resolve("org.jsonl").toString(),
                dir.resolve("net.jsonl").toString()), config.input());
        List<Row> rows = parsed.transform(new CleanArticles(config, NOW)::apply)
                .transform(new Deduplicate(config.dedup())::apply).collectAsList();
        assertEquals(5, rows.size());
        assertEquals(5, rows.stream().map(r -> r.<String>getAs(ARTICLE_ID)).distinct().count(), "one id per row: " + rows);
        assertEquals(4, rows.stream().filter(r -> Tables.PROCESSED.equals(r.getAs(STATUS))).count(), rows.toString());
        // Input order decides which delivery keeps the plain id: files in path order (net.jsonl before org.jsonl).
        String id = ArticleIds.articleId("1", "example.org", null, null, null);
        Row delivered = rows.stream().filter(r -> id.equals(r.getAs(ARTICLE_ID))).findFirst().orElseThrow();
        Row again = rows.stream().filter(r -> ArticleIds.redelivery(id, 2).equals(r.getAs(ARTICLE_ID))).findFirst().orElseThrow();
        assertNull(delivered.getAs(URL), "the record in net.jsonl");
        assertEquals("https://example.org/a", again.getAs(URL));
        assertEquals(Tables.PROCESSED, delivered.getAs(STATUS));
        assertEquals(Tables.DUPLICATE, again.getAs(STATUS));
        assertEquals(id, again.getAs(DUPLICATE_OF));
    }

    /**
     * A page delivered three times without an input id, with the same URL and text, is three rows with three ids: one
     * processed, two duplicates of it (they used to share one id, the copies pointing at themselves). Its text is
     * cleaned once: the three rows carry one cleaned text.
     */
    @Test
    void aPageDeliveredAgainGetsItsOwnIdAndPointsAtTheFirstDelivery(@TempDir Path dir) throws Exception {
        String line = json("https://example.org/world/again", "Talks resume", words("again", 60), "2021-06-01 10:00:00");
        java.nio.file.Files.write(dir.resolve("a.jsonl"), List.of(line, line));
        java.nio.file.Files.write(dir.resolve("b.jsonl"), List.of(line));
        Dataset<Row> parsed = Ingest.read(spark, List.of(dir.resolve("a.jsonl").toString(), dir.resolve("b.jsonl").toString()),
                config.input());
        CleanArticles.Cleaned cleaned = new CleanArticles(config, NOW).clean(parsed);
        assertEquals(1, cleaned.texts().count(), "one distinct text");
        List<Row> rows = cleaned.articles().transform(new Deduplicate(config.dedup())::apply).collectAsList();
        assertEquals(3, rows.size());
        String base = ArticleIds.articleId(null, "example.org", null, "https://example.org/world/again",
                ArticleIds.textKey("Talks resume", words("again", 60)));
        Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.getAs(ARTICLE_ID), Function.identity()));
        assertEquals(java.util.Set.of(base, base + "-2", base + "-3"), byId.keySet());
        assertEquals(Tables.PROCESSED, byId.get(base).getAs(STATUS));
        assertTrue(byId.get(base + "-3").<String>getAs(TEXT).contains("Talks resume"), "every row carries the cleaned text");
        for (String copy : List.of(base + "-2", base + "-3")) {
            assertEquals(Tables.DUPLICATE, byId.get(copy).getAs(STATUS));
            assertEquals(base, byId.get(copy).getAs(DUPLICATE_OF));
        }
    }

    private static String withId(String id, String domain, String url, String text) {
        return "{\"id\": \"" + id + "\", \"source_domain\": \"" + domain + "\", \"url\": "
                + (url == null ? "null" : "\"" + url + "\"") + ", \"title\": \"Title " + id + "\", \"maintext\": \""
                + text + "\", \"date_publish\": \"2021-06-01 10:00:00\", \"language\": \"en\"}";
    }

    /** {@code n} distinct words: "{prefix}a1 {prefix}a2 ...", letters only so every word is one token. */
    private static String words(String prefix, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(prefix.replaceAll("[0-9]", "")).append(letters(prefix.hashCode() * 31 + i));
        }
        return text + ".";
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (long v = Integer.toUnsignedLong(n); v > 0; v /= 26) {
            s.append((char) ('a' + v % 26));
        }
        return s.toString();
    }

    private static String json(String url, String title, String text, String published) {
        return "{\"url\": \"" + url + "\", \"title\": \"" + title + "\", \"maintext\": \"" + text
                + "\", \"date_publish\": \"" + published + "\", \"language\": \"en\"}";
    }
}
