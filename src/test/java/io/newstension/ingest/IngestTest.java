package io.newstension.ingest;

import io.newstension.SparkTestSession;
import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.clean.CleanArticles;
import io.newstension.clean.Deduplicate;
import io.newstension.config.ConfigException;
import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing and reading the fixture folder in every format, and the accounting identity over it. */
class IngestTest {
    private static SparkSession spark;
    private static TensionConfig config;
    private static String fixtures;

    @BeforeAll
    static void start() throws URISyntaxException {
        spark = SparkTestSession.start();
        config = ConfigLoader.load(null, List.of());
        fixtures = Paths.get(IngestTest.class.getResource("/fixtures/ingest").toURI()).toString();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static InputFiles.Listing list(String format, String... paths) {
        return InputFiles.list(List.of(paths), format, spark.sparkContext().hadoopConfiguration());
    }

    @Test
    void listingFollowsTheFormat() {
        InputFiles.Listing all = list("auto", fixtures);
        assertEquals(14, all.dataFiles().size(), all.dataFiles().toString());
        assertTrue(all.ignoredFiles().stream().anyMatch(f -> f.endsWith("README.md")));
        InputFiles.Listing csv = list("csv", fixtures);
        assertEquals(2, csv.dataFiles().size(), csv.dataFiles().toString());
        assertThrows(ConfigException.class, () -> list("parquet", fixtures));
        assertThrows(ConfigException.class, () -> list("auto", fixtures + "/no-such-file.jsonl"));
    }

    @Test
    void everyRecordOfEveryFormatIsAnArticleOrQuarantinedAndNothingIsLost(@TempDir Path tmp) throws IOException {
        Path parquet = tmp.resolve("articles.parquet");
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("title", DataTypes.StringType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("url", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.TimestampType, true)));
        spark.createDataFrame(List.of(
                        RowFactory.create("Parquet one", "A parquet article about trade.", "https://example.org/pq/1",
                                java.sql.Timestamp.from(Instant.parse("2020-05-01T10:00:00Z"))),
                        RowFactory.create(null, null, null, null)), schema)
                .coalesce(1).write().parquet(parquet.toString());
        Path broken = tmp.resolve("broken.parquet");
        Files.writeString(broken, "not parquet at all");

        List<String> files = new java.util.ArrayList<>(list("auto", fixtures).dataFiles());
        files.addAll(list("auto", parquet.toString()).dataFiles());
        files.add(broken.toString());
        Dataset<Row> parsed = Ingest.read(spark, files, config.input()).cache();
        long input = parsed.count();
        long quarantined = parsed.filter(col(QUARANTINE_REASON).isNotNull()).count();
        Dataset<Row> articles = parsed.transform(new CleanArticles(config, Instant.parse("2026-01-01T00:00:00Z"))::apply)
                .transform(new Deduplicate(config.dedup())::apply);
        long articleRows = articles.count();
        assertEquals(input, articleRows + quarantined, "input_records == articles + quarantined");

        List<String> reasons = parsed.filter(col(QUARANTINE_REASON).isNotNull())
                .select(QUARANTINE_REASON).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        for (String expected : List.of("malformed JSON", "not a JSON object", "no article fields", "not valid UTF-8",
                "NUL bytes in record", "malformed CSV", "unreadable file after record", "unreadable Parquet file")) {
            assertTrue(reasons.stream().anyMatch(r -> r.startsWith(expected)), expected + " missing from " + reasons);
        }
        Row pq = articles.filter(col(URL).equalTo("https://example.org/pq/1")).first();
        assertEquals("Parquet one", pq.getAs(TITLE));
        assertEquals("2020-05-01", pq.getAs(DATE).toString());
        assertEquals("metadata", pq.getAs(DATE_SOURCE));
        Row txt = articles.filter(col(TITLE).equalTo("Council approves budget")).orderBy(ARTICLE_ID).first();
        assertEquals("2020-03-03", txt.getAs(DATE).toString(), "dateline in a .txt file");
        assertEquals("text", txt.getAs(DATE_SOURCE));
        // Compressed copies of the same files are duplicates of the originals, never a second processed article.
        assertEquals(1, articles.filter(col(URL).equalTo("https://news.example.net/storm").and(col(STATUS).equalTo("processed"))).count());
        assertEquals(2, articles.filter(col(URL).equalTo("https://news.example.net/storm")).count());
    }
}
