package io.newstension.clean;

import static io.newstension.schema.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newstension.SparkTestSession;
import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys a batch is de-duplicated against: stored ones where usable, else made from the stored text. */
class NewArticlesTest {
    private static final TensionConfig.Dedup DEDUP = new TensionConfig.Dedup(true, 0.7, 3, 25, 4);
    private static final String TEXT_A = "Foreign ministers of the two countries met in Reykjavik on Wednesday for talks"
            + " that both sides described as frank, and agreed to keep channels open before the summit.";
    private static final String TEXT_B = "The city council approved a larger budget for public libraries on Monday.";
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Map<String, Row> keys;

    @BeforeAll
    static void readStoredKeys() {
        spark = SparkTestSession.start();
        NearDuplicateKeys current = new NearDuplicateKeys(DEDUP);
        scala.collection.Seq<Long> sentinelBands = Tables.seq(List.of(1L, 2L, 3L));
        List<Row> rows = List.of(
                // Keys stored under the current scheme, deliberately not the text's: they must be taken as stored.
                article("keyed", Tables.PROCESSED, TEXT_A, "stored-url-key", "stored-hash", sentinelBands, current.scheme()),
                // Band keys made under other dedup settings: made again.
                article("other-scheme", Tables.PROCESSED, TEXT_A, "stored-url-key", "stored-hash", sentinelBands,
                        "minhash-b10-r4-w3-s1"),
                // A stored duplicate under other settings: never a keeper again, its stored keys do.
                article("duplicate", Tables.DUPLICATE, TEXT_B, "stored-url-key", "stored-hash", Tables.seq(List.of()),
                        "minhash-b10-r4-w3-s1"),
                // Stored by an earlier version, without keys.
                article("legacy", Tables.PROCESSED, TEXT_B, null, null, null, null));
        String table = dir.resolve("articles").toString();
        spark.createDataFrame(rows, Tables.ARTICLES).write().partitionBy(DATE).parquet(table);
        Dataset<Row> stored = spark.read().schema(Tables.ARTICLES).parquet(table);
        try (NewArticles newArticles = new NewArticles(DEDUP, stored)) {
            keys = newArticles.storedKeys().collectAsList().stream()
                    .collect(Collectors.toMap(r -> r.getAs(ARTICLE_ID), r -> r));
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void usableStoredKeysAreTakenAsStored() {
        Row keyed = keys.get("keyed");
        assertEquals("stored-url-key", keyed.getAs(URL_KEY));
        assertEquals("stored-hash", keyed.getAs(CONTENT_HASH));
        assertEquals(List.of(1L, 2L, 3L), keyed.getList(keyed.fieldIndex(DEDUP_BANDS)));
        Row duplicate = keys.get("duplicate");
        assertEquals("stored-hash", duplicate.getAs(CONTENT_HASH), "a duplicate's band keys are not used");
    }

    @Test
    void keysUnderAnotherSchemeOrMissingAreMadeFromTheText() {
        NearDuplicateKeys current = new NearDuplicateKeys(DEDUP);
        Row otherScheme = keys.get("other-scheme");
        assertEquals(scala.collection.JavaConverters.seqAsJavaList(current.of(TEXT_A)),
                otherScheme.getList(otherScheme.fieldIndex(DEDUP_BANDS)));
        assertEquals(ArticleIds.contentHash(TEXT_A), otherScheme.getAs(CONTENT_HASH));
        Row legacy = keys.get("legacy");
        assertEquals(ArticleIds.contentHash(TEXT_B), legacy.getAs(CONTENT_HASH));
        assertEquals(UrlCanonicalizer.canonical(legacy.getAs(URL)), legacy.getAs(URL_KEY));
        assertEquals(25, legacy.getList(legacy.fieldIndex(DEDUP_BANDS)).size());
        assertEquals(4, keys.size(), "every stored row once: " + keys.keySet());
    }

    private static Row article(String id, String status, String text, String urlKey, String contentHash,
                               scala.collection.Seq<Long> bands, String scheme) {
        return RowFactory.create(id, "https://www.example.org/" + id + "?utm_source=x", "example.org", null, text,
                Timestamp.valueOf("2021-03-01 10:00:00"), Date.valueOf("2021-03-01"), "metadata", "en", status,
                Tables.DUPLICATE.equals(status) ? "keyed" : null, null, urlKey, contentHash, bands, scheme);
    }
}
