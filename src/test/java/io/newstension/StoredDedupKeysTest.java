package io.newstension;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental batches de-duplicate against the keys stored with the articles, not against their texts; outputs of
 * earlier versions, stored without keys, still de-duplicate (their keys are computed from the text).
 *
 * <p>The store holds a US–Russia article (March 1) and a France–Germany article (March 2). The batch brings an exact
 * copy of the first under another URL, a near-copy of the second (a sentence added, another URL) and a new article.
 */
class StoredDedupKeysTest {
    private static final String WITHHELD = "Text withheld: only the stored keys can tell what this article said.";
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static String sanctionsId;
    private static String agreementId;
    private static Path withheld;
    private static Path legacy;
    private static Path reference;

    @BeforeAll
    static void runBatches() throws IOException {
        spark = SparkTestSession.start();
        List<String> records = Files.readAllLines(Path.of("src/test/resources/fixtures/small/us-russia.jsonl"));
        Path stored = dir.resolve("stored");
        Path batch = dir.resolve("batch");
        Files.createDirectories(stored);
        Files.createDirectories(batch);
        Files.write(stored.resolve("news.jsonl"), records.subList(0, 2));
        String exactCopy = records.get(0)
                .replace("example.org/news/2021/03/01/us-sanctions-russia", "wire.example.com/2021/03/04/sanctions")
                .replace("\"date_publish\": \"2021-03-01 00:00:00\"", "\"date_publish\": \"2021-03-04 00:00:00\"");
        String nearCopy = records.get(1)
                .replace("example.org/news/2021/03/02/france-germany-agreement", "wire.example.com/2021/03/05/agreement")
                .replace("promised joint funding.", "promised joint funding. Officials declined to give figures.")
                .replace("\"date_publish\": \"2021-03-02 00:00:00\"", "\"date_publish\": \"2021-03-05 00:00:00\"");
        Files.write(batch.resolve("news.jsonl"), List.of(exactCopy, nearCopy, records.get(2)));

        withheld = dir.resolve("withheld");
        TensionPipeline.run(config(withheld, "overwrite", stored), spark);
        Map<String, String> ids = read(withheld, Tables.ARTICLES_TABLE).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs(URL), r -> r.getAs(ARTICLE_ID)));
        sanctionsId = ids.get("https://example.org/news/2021/03/01/us-sanctions-russia");
        agreementId = ids.get("https://example.org/news/2021/03/02/france-germany-agreement");
        // The exact copy's original keeps its keys but loses its text: only its stored content hash can match.
        rewriteArticles(withheld, a -> a.withColumn(TEXT,
                when(col(ARTICLE_ID).equalTo(sanctionsId), lit(WITHHELD)).otherwise(col(TEXT))));
        TensionPipeline.run(config(withheld, "incremental", batch), spark);

        // An output of an earlier version: articles without the key columns.
        legacy = dir.resolve("legacy");
        TensionPipeline.run(config(legacy, "overwrite", stored), spark);
        rewriteArticles(legacy, a -> a.drop(URL_KEY, CONTENT_HASH, DEDUP_BANDS, DEDUP_SCHEME));
        TensionPipeline.run(config(legacy, "incremental", batch), spark);

        reference = dir.resolve("reference");
        TensionPipeline.run(config(reference, "overwrite", stored, batch), spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void copiesOfStoredArticlesAreFoundThroughTheStoredKeys() {
        assertCopiesMarked(withheld);
        assertEquals(WITHHELD, read(withheld, Tables.ARTICLES_TABLE).filter(col(ARTICLE_ID).equalTo(sanctionsId))
                .first().getAs(TEXT), "the stored article is not rewritten");
    }

    @Test
    void storedArticlesWithoutKeysGetThemFromTheirTexts() {
        assertCopiesMarked(legacy);
        Dataset<Row> articles = read(legacy, Tables.ARTICLES_TABLE);
        assertEquals(2, articles.filter(col(CONTENT_HASH).isNull()).count(), "stored rows keep their old layout");
        assertEquals(3, articles.filter(col(CONTENT_HASH).isNotNull()).count(), "the batch's rows carry their keys");
        Dataset<Row> expected = read(reference, Tables.ARTICLES_TABLE).drop(URL_KEY, CONTENT_HASH, DEDUP_BANDS, DEDUP_SCHEME);
        Dataset<Row> actual = articles.select(Tables.columns(expected.columns()));
        assertEquals(0, expected.exceptAll(actual).count(), "rows missing against an overwrite run over both");
        assertEquals(0, actual.exceptAll(expected).count(), "rows not expected against an overwrite run over both");
    }

    @Test
    void theOverwriteRunMarksTheSameCopiesAndStoresEveryArticlesKeys() {
        assertCopiesMarked(reference);
        Dataset<Row> articles = read(reference, Tables.ARTICLES_TABLE);
        assertEquals(0, articles.filter(col(CONTENT_HASH).isNull().or(col(DEDUP_SCHEME).isNull())).count());
        Row agreement = articles.filter(col(ARTICLE_ID).equalTo(agreementId)).first();
        assertEquals(25, agreement.<scala.collection.Seq<Long>>getAs(DEDUP_BANDS).size(), "one key per band (dedup.bands)");
        assertEquals("minhash-b25-r4-w3-s20210520", agreement.getAs(DEDUP_SCHEME));
    }

    private static void assertCopiesMarked(Path output) {
        List<Row> batch = read(output, Tables.ARTICLES_TABLE).filter(col(URL).contains("wire.example.com")
                .or(col(URL).contains("library-budget"))).collectAsList();
        Map<String, Row> byUrl = batch.stream().collect(Collectors.toMap(r -> r.getAs(URL), r -> r));
        assertEquals(3, byUrl.size(), output + ": " + batch);
        Row exact = byUrl.get("https://wire.example.com/2021/03/04/sanctions");
        assertEquals(Tables.DUPLICATE, exact.getAs(STATUS), output + ": exact copy");
        assertEquals(sanctionsId, exact.getAs(DUPLICATE_OF), output + ": exact copy");
        Row near = byUrl.get("https://wire.example.com/2021/03/05/agreement");
        assertEquals(Tables.DUPLICATE, near.getAs(STATUS), output + ": near copy");
        assertEquals(agreementId, near.getAs(DUPLICATE_OF), output + ": near copy");
        Row fresh = byUrl.get("https://example.org/news/2021/03/02/library-budget");
        assertEquals(Tables.PROCESSED, fresh.getAs(STATUS), output + ": new article");
        assertEquals(3, read(output, Tables.ARTICLES_TABLE).filter(col(STATUS).equalTo(Tables.PROCESSED)).count(),
                output + ": the two stored articles and the new one");
    }

    /** Replaces a published articles table by a changed copy, partitions as the job writes them. */
    private static void rewriteArticles(Path output, java.util.function.UnaryOperator<Dataset<Row>> change) throws IOException {
        Path table = output.resolve(Tables.ARTICLES_TABLE);
        Path moved = output.resolve("articles-before");
        Files.move(table, moved);
        change.apply(spark.read().parquet(moved.toString()))
                .write().mode(SaveMode.Overwrite).partitionBy(DATE).parquet(table.toString());
        try (Stream<Path> all = Files.walk(moved)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static TensionConfig config(Path output, String mode, Path... inputs) {
        return ConfigLoader.load(null, List.of(
                ConfigLoader.Override.of("input.paths", Stream.of(inputs).map(Path::toString).toList()),
                ConfigLoader.Override.of("output.path", output.toString()),
                ConfigLoader.Override.of("output.mode", mode),
                // Mentions play no part here; without the model the four runs take seconds.
                ConfigLoader.Override.parse("nlp.ner.model=null")));
    }

    /** Merges the files' schemas: partitions written before the keys were stored lack their columns. */
    private static Dataset<Row> read(Path output, String table) {
        return spark.read().option("mergeSchema", true).parquet(output.resolve(table).toString());
    }
}
