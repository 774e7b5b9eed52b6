package io.newstension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import io.newstension.output.OutputStore;
import io.newstension.schema.Tables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental run killed half-way (SIGKILL of its JVM while the NLP stage runs) leaves the previous output
 * complete and readable, and the same batch run again afterwards completes it as if nothing had happened.
 */
@Tag("slow")
class IncrementalKillTest {
    private static SparkSession spark;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aKilledRunLeavesThePreviousOutputAndTheNextRunCompletesIt() throws Exception {
        List<String> records = Files.readAllLines(Path.of("src/test/resources/fixtures/small/us-russia.jsonl"));
        Path day1 = Files.createDirectories(dir.resolve("day1"));
        Path day2 = Files.createDirectories(dir.resolve("day2"));
        Files.write(day1.resolve("news.jsonl"), records.subList(0, 2));
        Files.write(day2.resolve("news.jsonl"), records.subList(2, 4));
        Path out = dir.resolve("out");
        TensionPipeline.run(config(out, "incremental", day1), spark);
        Map<String, List<String>> before = snapshot(out);
        Map<String, String> filesBefore = files(out.resolve(Tables.ARTICLES_TABLE));

        Process job = startJob(day2, out);
        try {
            awaitLine(job, "stage nlp started");
        } finally {
            job.destroyForcibly();
            assertTrue(job.waitFor(2, TimeUnit.MINUTES), "the killed JVM exits");
        }

        assertEquals(before, snapshot(out), "the previous output is complete and readable after the kill");
        assertEquals(filesBefore, files(out.resolve(Tables.ARTICLES_TABLE)), "no published file was touched");
        assertTrue(Files.exists(out.resolve(OutputStore.LOCK)), "the killed run could not release its lock");

        TensionPipeline.run(config(out, "incremental", day2), spark);
        Path reference = dir.resolve("reference");
        TensionPipeline.run(config(reference, "overwrite", day1, day2), spark);
        assertEquals(snapshot(reference), snapshot(out), "the rerun completes the output as one run over both days");
        assertFalse(Files.exists(out.resolve(OutputStore.LOCK)));
        try (Stream<Path> children = Files.list(out)) {
            assertEquals(List.of(), children.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("_staging")).toList(), "the killed run's staging folder is cleared");
        }
    }

    /** The job in its own JVM, with this JVM's classpath and Java 17 options, logging to a pipe we read. */
    private static Process startJob(Path input, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports") || a.startsWith("-Xmx"))
                .forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TensionJob.class.getName(),
                "--input", input.toString(), "--output", output.toString(), "--mode", "incremental"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Blocks until the process prints a line containing {@code text}; fails if it ends first. */
    private static void awaitLine(Process process, String text) throws IOException {
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.contains(text)) {
                    return;
                }
                seen.add(line);
            }
        }
        throw new AssertionError("the job ended before printing '" + text + "':\n" + String.join("\n", seen));
    }

    private static TensionConfig config(Path output, String mode, Path... inputs) {
        return ConfigLoader.load(null, List.of(
                ConfigLoader.Override.of("input.paths", Stream.of(inputs).map(Path::toString).toList()),
                ConfigLoader.Override.of("output.path", output.toString()),
                ConfigLoader.Override.of("output.mode", mode)));
    }

    /** Every table's rows as sorted strings, the run report excluded (it records times). */
    private static Map<String, List<String>> snapshot(Path output) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : Tables.ALL) {
            Dataset<Row> rows = spark.read().parquet(output.resolve(table).toString());
            String[] columns = rows.columns();
            java.util.Arrays.sort(columns);
            tables.put(table, rows.select(Tables.columns(columns)).collectAsList().stream().map(Row::toString).sorted().toList());
        }
        return tables;
    }

    /** Relative path and size of every file under a folder. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
