package io.newstension.ingest;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet records are numbered by their row within their file, however Spark splits the file. */
class ParquetInputTest {
    private static final String SPLIT_SIZE = "spark.sql.files.maxPartitionBytes";
    private static final int ROWS = 3000;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void recordsAreRowNumbersWithinTheFileInEverySplitting(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("articles");
        // Small row groups, so that small splits cut one file into several tasks.
        spark.range(1, ROWS + 1).select(
                        concat(lit("https://example.org/a/"), col("id").cast("string")).as("url"),
                        concat(lit("Story "), col("id").cast("string")).as("title"),
                        lit("Talks between the two countries went on.").as("text"))
                .coalesce(1).write().option("parquet.block.size", 8192).parquet(dir.toString());
        Path broken = Files.writeString(tmp.resolve("broken.parquet"), "not parquet at all");
        String file;
        try (var listing = Files.list(dir)) {
            file = listing.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow().toString();
        }
        for (String splitSize : List.of("1g", "4k")) {
            spark.conf().set(SPLIT_SIZE, splitSize);
            try {
                Dataset<Row> parsed = ParquetInput.read(spark, List.of(file, broken.toString()), FieldMapping.defaults());
                if (splitSize.equals("4k")) {
                    assertTrue(parsed.rdd().getNumPartitions() >= 3, "partitions: " + parsed.rdd().getNumPartitions());
                }
                List<Row> articles = parsed.filter(col(QUARANTINE_REASON).isNull()).collectAsList();
                assertEquals(ROWS, articles.size());
                for (Row r : articles) {
                    assertEquals("https://example.org/a/" + r.<Long>getAs(RECORD), r.getAs(URL), splitSize + ": " + r);
                    assertTrue(r.<String>getAs(SOURCE_FILE).endsWith(Path.of(file).getFileName().toString()));
                }
                List<Row> bad = parsed.filter(col(QUARANTINE_REASON).isNotNull()).collectAsList();
                assertEquals(1, bad.size());
                assertTrue(bad.get(0).<String>getAs(QUARANTINE_REASON).startsWith("unreadable Parquet file: "));
                assertEquals(broken.toString(), bad.get(0).getAs(SOURCE_FILE));
            } finally {
                spark.conf().unset(SPLIT_SIZE);
            }
        }
    }
}
