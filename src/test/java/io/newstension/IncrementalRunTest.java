package io.newstension;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import io.newstension.output.OutputStore;
import io.newstension.output.RunReport;
import io.newstension.schema.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs: two batches added one after the other give the same tables as one overwrite run over both;
 * only the date partitions a batch touches are rewritten; a batch delivered again changes nothing.
 */
class IncrementalRunTest {
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path batch1;
    private static Path batch2;
    private static Path incremental;
    private static Path reference;
    private static RunReport second;
    private static Map<String, Long> untouchedPartitionBefore;
    private static Map<String, Long> touchedPartitionBefore;

    @BeforeAll
    static void runBatchesAndReference() throws IOException {
        spark = SparkTestSession.start();
        List<String> records = Files.readAllLines(Path.of("src/test/resources/fixtures/small/us-russia.jsonl"));
        batch1 = dir.resolve("day1");
        batch2 = dir.resolve("day2");
        Files.createDirectories(batch1);
        Files.createDirectories(batch2);
        // Day 1: US–Russia sanctions (March 1) and France–Germany agreement (March 2).
        Files.write(batch1.resolve("news.jsonl"), records.subList(0, 2));
        // Day 2: another March 2 article, an undated one, a syndicated copy of day 1's first article published
        // later (tracking parameter in its URL), and a broken record.
        String copy = records.get(0)
                .replace("us-sanctions-russia\"", "us-sanctions-russia?utm_source=feed\"")
                .replace("\"date_publish\": \"2021-03-01 00:00:00\"", "\"date_publish\": \"2021-03-05 00:00:00\"");
        Files.write(batch2.resolve("news.jsonl"), List.of(records.get(2), records.get(3), copy, "{\"url\": \"https://x\", "));

        incremental = dir.resolve("incremental");
        TensionPipeline.run(config(incremental, "incremental", batch1), spark);
        untouchedPartitionBefore = files(incremental.resolve("articles/date=2021-03-01"));
        touchedPartitionBefore = files(incremental.resolve("articles/date=2021-03-02"));
        second = TensionPipeline.run(config(incremental, "incremental", batch2), spark);

        reference = dir.resolve("reference");
        TensionPipeline.run(config(reference, "overwrite", batch1, batch2), spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void twoBatchesAddedInTurnEqualOneRunOverBoth() {
        for (String table : Tables.ALL) {
            assertSameRows(read(reference, table), read(incremental, table), table);
        }
        List<Row> copy = read(incremental, Tables.ARTICLES_TABLE).filter(col(URL).contains("utm_source")).collectAsList();
        assertEquals(1, copy.size());
        assertEquals(Tables.DUPLICATE, copy.get(0).getAs(STATUS), "the later copy of a stored article is its duplicate");
    }

    @Test
    void theSecondBatchIsAccountedForOnItsOwn() {
        assertEquals("incremental", second.mode());
        assertEquals(4, second.inputRecords());
        assertEquals(3, second.articles());
        assertEquals(1, second.quarantined());
        assertEquals(1, second.duplicates());
        assertEquals(0, second.alreadyStored());
        assertEquals(second.inputRecords(), second.articles() + second.quarantined());
        assertEquals(read(reference, Tables.ARTICLES_TABLE).count(), second.tables().get(Tables.ARTICLES_TABLE),
                "table counts are of the published tables, earlier batches included");
    }

    @Test
    void onlyTheDatePartitionsABatchTouchesAreRewritten() throws IOException {
        assertEquals(untouchedPartitionBefore, files(incremental.resolve("articles/date=2021-03-01")),
                "March 1 received nothing from day 2: its files are the ones day 1 wrote");
        assertFalse(touchedPartitionBefore.equals(files(incremental.resolve("articles/date=2021-03-02"))),
                "March 2 received an article: its partition was rewritten");
        assertEquals(2, read(incremental, Tables.ARTICLES_TABLE).filter(col(DATE).equalTo(java.sql.Date.valueOf("2021-03-02"))).count());
    }

    @Test
    void aBatchDeliveredAgainChangesNothing(@TempDir Path copyDir) throws IOException {
        Path again = copyDir.resolve("out");
        copyTree(incremental, again);
        RunReport report = TensionPipeline.run(config(again, "incremental", batch2), spark);
        for (String table : Tables.ALL) {
            assertSameRows(read(incremental, table), read(again, table), table);
        }
        assertEquals(3, report.alreadyStored(), "every parsable record of the batch is already stored");
        assertEquals(report.inputRecords(), report.articles() + report.quarantined());
        assertEquals(0, report.processed());
        assertTrue(Files.isRegularFile(again.resolve(OutputStore.MARKER)));
        assertFalse(Files.exists(again.resolve(OutputStore.JOURNAL)));
    }

    private static TensionConfig config(Path output, String mode, Path... inputs) {
        return ConfigLoader.load(null, List.of(
                ConfigLoader.Override.of("input.paths", Stream.of(inputs).map(Path::toString).toList()),
                ConfigLoader.Override.of("output.path", output.toString()),
                ConfigLoader.Override.of("output.mode", mode)));
    }

    private static Dataset<Row> read(Path output, String table) {
        return spark.read().parquet(output.resolve(table).toString());
    }

    private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, String table) {
        Dataset<Row> aligned = actual.select(Tables.columns(expected.columns()));
        assertEquals(expected.count(), aligned.count(), table + " row count");
        assertEquals(0, expected.exceptAll(aligned).count(), table + ": rows missing");
        assertEquals(0, aligned.exceptAll(expected).count(), table + ": rows not expected");
    }

    /** Data file names and modification times of one partition folder. */
    private static Map<String, Long> files(Path partition) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(partition)) {
            for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
                files.put(p.getFileName().toString(),
                        Files.readAttributes(p, BasicFileAttributes.class).lastModifiedTime().toMillis());
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
