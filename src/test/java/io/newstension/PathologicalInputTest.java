package io.newstension;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import io.newstension.output.RunReport;
import io.newstension.schema.Tables;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on articles built to hurt: one sentence of 50,000 capitalised words, 10,000 country names, and
 * records nested 100,000 levels deep. The job must finish, quarantine the deep records with a reason, and keep
 * every article within the per-article caps, with the run report counting what the caps left out.
 */
@Tag("slow")
class PathologicalInputTest {
    private static final int WORDS = 50_000;
    private static final int COUNTRY_NAMES = 10_000;
    private static final int DEPTH = 100_000;
    private static final String[] CAPITALISED = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel",
        "Russia", "France", "Germany", "China", "Vladimir Putin", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping",
        "President", "Minister", "General", "Kowalczyk"};
    private static final String[] SHORT_COUNTRIES = {"Chad", "Iran", "Peru", "Cuba", "Mali", "Oman", "Iraq", "Fiji", "Laos", "Togo"};

    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path output;
    private static TensionConfig config;
    private static RunReport report;

    @BeforeAll
    static void runJobOnPathologicalInput() throws IOException {
        spark = SparkTestSession.start();
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        try (Writer w = Files.newBufferedWriter(input.resolve("pathological.jsonl"), StandardCharsets.UTF_8)) {
            w.write(article("https://example.org/one-sentence", oneSentence()) + "\n");
            w.write(article("https://example.org/countries", countries()) + "\n");
            w.write("[".repeat(DEPTH) + "]".repeat(DEPTH) + "\n");
            w.write("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH) + "\n");
        }
        output = dir.resolve("out");
        // The 50,000-word sentence (about 400,000 characters) is read whole, not truncated at the default 100,000.
        config = ConfigLoader.load(null, List.of(
                ConfigLoader.Override.of("input.paths", List.of(input.toString())),
                ConfigLoader.Override.of("output.path", output.toString()),
                ConfigLoader.Override.of("input.max_text_chars", 1_000_000)));
        report = TensionPipeline.run(config, spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theJobFinishesAndAccountsForEveryRecord() {
        assertEquals(4, report.inputRecords());
        assertEquals(2, report.articles());
        assertEquals(2, report.processed(), "both articles reach the NLP stage");
        assertEquals(2, report.quarantined());
    }

    @Test
    void deeplyNestedRecordsAreQuarantinedWithAReason() {
        List<Row> rows = read(Tables.QUARANTINE_TABLE).orderBy(RECORD).collectAsList();
        assertEquals(2, rows.size());
        for (Row r : rows) {
            String reason = r.getAs(REASON);
            assertTrue(reason.startsWith("malformed JSON") && reason.contains("nesting depth"), reason);
            assertTrue(r.<String>getAs(RAW).length() <= config.input().maxRawChars(), "the raw record is truncated");
        }
    }

    @Test
    void theCapsBitAndTheRunReportCountsWhatTheyLeftOut() {
        assertTrue(report.limits().get("sentences_over_cap") > 0, report.limits().toString());
        assertTrue(report.limits().get("mentions_over_cap") > 0, report.limits().toString());
        assertTrue(report.limits().get("comention_pairs_over_cap") > 0, report.limits().toString());
    }

    @Test
    void everyArticleStaysWithinTheCaps() {
        int maxMentions = config.nlp().maxMentionsPerArticle();
        int maxSentences = config.nlp().maxSentencesPerArticle();
        Dataset<Row> mentions = read(Tables.MENTIONS_TABLE);
        long mostMentions = mentions.groupBy(ARTICLE_ID).count().agg(max("count")).first().getLong(0);
        assertTrue(mostMentions <= maxMentions, mostMentions + " mentions in one article");
        assertEquals(2, mentions.select(ARTICLE_ID).distinct().count(), "both articles have mentions");
        int highestSentence = mentions.agg(max(SENTENCE_INDEX)).first().getInt(0);
        assertTrue(highestSentence < maxSentences, "sentence " + highestSentence);
        long mostPairs = read(Tables.COMENTIONS_TABLE).groupBy(ARTICLE_ID).count().agg(max("count")).first().getLong(0);
        assertTrue(mostPairs <= config.comention().maxPairsPerArticle(), mostPairs + " co-mentions in one article");
    }

    @Test
    void mentionOffsetsPointAtTheirSurface() {
        Dataset<Row> joined = read(Tables.MENTIONS_TABLE).join(read(Tables.ARTICLES_TABLE).select(ARTICLE_ID, TEXT), ARTICLE_ID);
        long wrong = joined.filter(expr("substring(text, begin + 1, end - begin) != surface or begin < 0 or end <= begin")).count();
        assertEquals(0, wrong);
    }

    private static Dataset<Row> read(String table) {
        return spark.read().parquet(output.resolve(table).toString());
    }

    private static String article(String url, String text) {
        return "{\"url\": \"" + url + "\", \"title\": \"Pathological\", \"language\": \"en\", "
                + "\"date_publish\": \"2021-05-20 17:00:00\", \"maintext\": \"" + text + "\"}";
    }

    /** 50,000 capitalised words (names of countries and people among them) and one full stop. */
    private static String oneSentence() {
        Random random = new Random(7);
        StringBuilder s = new StringBuilder();
        int words = 0;
        while (words < WORDS) {
            String w = CAPITALISED[random.nextInt(CAPITALISED.length)];
            s.append(w).append(' ');
            words += w.split(" ").length;
        }
        return s.toString().strip() + ".";
    }

    /** 10,000 country names, three to a sentence: "Chad, Iran and Peru met." */
    private static String countries() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < COUNTRY_NAMES; i += 3) {
            s.append(SHORT_COUNTRIES[i % 10]).append(", ").append(SHORT_COUNTRIES[(i + 1) % 10]).append(" and ")
                    .append(SHORT_COUNTRIES[(i + 2) % 10]).append(" met. ");
        }
        return s.toString().strip();
    }
}
