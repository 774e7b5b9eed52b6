package io.newstension;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.output.OutputStore;
import io.newstension.output.RunReport;
import io.newstension.schema.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on a small fixture: every table's schema, the RUS–USA pair, accounting and determinism. */
class TensionPipelineTest {
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path output;
    private static RunReport report;

    @BeforeAll
    static void runJobOnFixture() throws IOException {
        spark = SparkTestSession.start();
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        Files.copy(Path.of("src/test/resources/fixtures/small/us-russia.jsonl"), input.resolve("us-russia.jsonl"));
        Files.writeString(input.resolve("bad.jsonl"), "{\"url\": \"https://example.org/broken\", \"maintext\": \n[1, 2]\n");
        output = dir.resolve("out");
        report = TensionPipeline.run(JobFixtures.config(input, output), spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyTableHasTheContractSchema() {
        Map<String, StructType> expected = Map.of(
                Tables.ARTICLES_TABLE, Tables.ARTICLES,
                Tables.QUARANTINE_TABLE, Tables.QUARANTINE,
                Tables.MENTIONS_TABLE, Tables.MENTIONS,
                Tables.COMENTIONS_TABLE, Tables.COMENTIONS,
                Tables.PAIR_TENSION_TABLE, Tables.PAIR_TENSION);
        expected.forEach((table, schema) -> assertEquals(describe(schema), describe(read(table).schema()), table));
    }

    @Test
    void aTextAboutTheUnitedStatesAndRussiaYieldsTheRusUsaPair() {
        List<Row> pairs = read(Tables.PAIR_TENSION_TABLE)
                .filter(col(PAIR_TYPE).equalTo("country").and(col(ENTITY_A).equalTo("RUS")).and(col(ENTITY_B).equalTo("USA")))
                .collectAsList();
        assertEquals(3, pairs.size(), "one row per granularity: " + pairs);
        Row day = pairs.stream().filter(r -> r.getAs(GRANULARITY).equals("day")).findFirst().orElseThrow();
        assertEquals("2021-03-01", day.getAs(PERIOD_START).toString());
        assertEquals("Russia", day.getAs(NAME_A));
        assertEquals("United States", day.getAs(NAME_B));
        double tension = day.getAs(TENSION);
        assertTrue(tension > 30.0, "sanctions and threats are above the prior of 30: " + tension);
        List<Row> evidence = day.getList(day.fieldIndex(EVIDENCE));
        assertFalse(evidence.isEmpty());
        assertTrue(evidence.get(0).getString(2).contains("sanctions"), evidence.toString());
    }

    @Test
    void everyInputRecordIsAccountedFor() {
        assertEquals(6, report.inputRecords());
        assertEquals(4, report.articles());
        assertEquals(2, report.quarantined());
        assertEquals(report.inputRecords(), report.articles() + report.quarantined());
        List<String> reasons = read(Tables.QUARANTINE_TABLE).orderBy(RECORD).collectAsList().stream()
                .map(r -> r.<String>getAs(REASON)).toList();
        assertTrue(reasons.get(0).startsWith("malformed JSON"), reasons.toString());
        assertTrue(reasons.get(1).startsWith("not a JSON object"), reasons.toString());
        assertTrue(Files.isRegularFile(output.resolve(OutputStore.REPORT)));
        assertTrue(Files.isRegularFile(output.resolve(OutputStore.MARKER)));
    }

    @Test
    void theReportHoldsTheSparkSettingsInEffect() throws IOException {
        Map<String, String> settings = RunReport.fromJson(Files.readString(output.resolve(OutputStore.REPORT))).sparkSettings();
        assertEquals("local[2]", settings.get("spark.master"), "the test session's master, from -Dspark.master");
        assertEquals("200", settings.get("spark.sql.shuffle.partitions"), "spark.shuffle_partitions is null: Spark's own");
        assertEquals("UTC", settings.get("spark.sql.session.timeZone"));
    }

    @Test
    void mentionOffsetsPointAtTheirSurfaceInTheCleanedText() {
        Dataset<Row> joined = read(Tables.MENTIONS_TABLE).join(read(Tables.ARTICLES_TABLE).select(ARTICLE_ID, TEXT), ARTICLE_ID);
        List<Row> rows = joined.collectAsList();
        assertFalse(rows.isEmpty());
        for (Row r : rows) {
            String text = r.getAs(TEXT);
            assertEquals(r.<String>getAs(SURFACE), text.substring(r.<Integer>getAs(BEGIN), r.<Integer>getAs(END)));
        }
    }

    @Test
    void theSameInputGivesTheSameRows(@TempDir Path again) {
        Path input = dir.resolve("input");
        TensionPipeline.run(JobFixtures.config(input, again.resolve("out")), spark);
        for (String table : Tables.ALL) {
            Dataset<Row> first = read(table);
            Dataset<Row> second = spark.read().parquet(again.resolve("out").resolve(table).toString());
            assertEquals(first.count(), second.count(), table);
            assertEquals(0, first.exceptAll(second).count(), table + " differs between two runs");
        }
    }

    private static Dataset<Row> read(String table) {
        return spark.read().parquet(output.resolve(table).toString());
    }

    /** Names and types in order; Parquet does not keep nullability, and partition columns move to the end. */
    private static String describe(StructType schema) {
        return java.util.Arrays.stream(schema.fields())
                .sorted(java.util.Comparator.comparing(StructField::name))
                .map(f -> f.name() + ":" + f.dataType().simpleString().replace("not null", ""))
                .collect(Collectors.joining(", "));
    }
}
