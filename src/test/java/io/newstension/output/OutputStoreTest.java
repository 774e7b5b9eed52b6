package io.newstension.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.SparkTestSession;
import io.newstension.config.ConfigException;
import io.newstension.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is never clobbered: foreign folders, inputs inside it, concurrent runs, failed runs. */
class OutputStoreTest {
    private static final int PER_FILE = ConfigLoader.load(null, List.of()).output().maxRecordsPerFile();
    private static SparkSession spark;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void refusesANonEmptyFolderItDidNotWriteUnlessForced() throws IOException {
        Files.writeString(dir.resolve("thesis.tex"), "months of work");
        OutputStore store = new OutputStore(spark, dir.toString(), PER_FILE);
        ConfigException e = assertThrows(ConfigException.class, () -> store.checkWritable(false, List.of()));
        assertTrue(e.getMessage().startsWith("output.path: ") && e.getMessage().contains("--force"), e.getMessage());
        assertDoesNotThrow(() -> store.checkWritable(true, List.of()));
    }

    @Test
    void acceptsAFolderItWroteBefore() throws IOException {
        Files.writeString(dir.resolve(OutputStore.MARKER), "");
        Files.createDirectories(dir.resolve("articles"));
        assertDoesNotThrow(() -> new OutputStore(spark, dir.toString(), PER_FILE).checkWritable(false, List.of()));
    }

    @Test
    void refusesInputInsideTheOutput() throws IOException {
        Path input = dir.resolve("out/raw/news.jsonl");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "{}");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new OutputStore(spark, dir.resolve("out").toString(), PER_FILE).checkWritable(true, List.of(input.toString())));
        assertTrue(e.getMessage().startsWith("input.paths: "), e.getMessage());
    }

    @Test
    void aSecondRunOnTheSameFolderIsRefusedUntilTheFirstEnds() {
        OutputStore first = new OutputStore(spark, dir.toString(), PER_FILE);
        first.lock();
        ConfigException e = assertThrows(ConfigException.class, () -> new OutputStore(spark, dir.toString(), PER_FILE).lock());
        assertTrue(e.getMessage().contains("another run is writing") && e.getMessage().contains("pid "), e.getMessage());
        first.unlock();
        OutputStore second = new OutputStore(spark, dir.toString(), PER_FILE);
        assertDoesNotThrow(second::lock);
        second.unlock();
        assertFalse(Files.exists(dir.resolve(OutputStore.LOCK)));
    }

    @Test
    void aFailedRunLeavesThePreviousTablesAndNoStaging() throws IOException {
        Path out = dir.resolve("out");
        OutputStore earlier = new OutputStore(spark, out.toString(), PER_FILE);
        earlier.lock();
        earlier.write("articles", spark.range(3).toDF(), List.of());
        earlier.publish(List.of("articles"), "{}");

        OutputStore failing = new OutputStore(spark, out.toString(), PER_FILE);
        failing.lock();
        failing.write("articles", spark.range(10).toDF(), List.of());
        failing.discard();

        assertEquals(3, spark.read().parquet(out.resolve("articles").toString()).count());
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("_staging")), "staging removed");
        }
        assertFalse(Files.exists(out.resolve(OutputStore.LOCK)), "lock released");
    }

    @Test
    void anAppendedTableKeepsThePartitionsThatReceiveNothing() throws IOException {
        Path out = dir.resolve("out");
        OutputStore first = new OutputStore(spark, out.toString(), PER_FILE);
        first.lock();
        first.append("t", spark.sql("SELECT id, id % 2 AS part FROM range(4)"), List.of("id"), "part");
        first.publish(List.of("t"), "{}");
        Path untouched = onlyFile(out.resolve("t/part=0"));

        OutputStore second = new OutputStore(spark, out.toString(), PER_FILE);
        second.lock();
        second.append("t", spark.sql("SELECT 11L AS id, 1L AS part"), List.of("id"), "part");
        assertEquals(List.of(0L, 1L, 2L, 3L, 11L), ids(second.read("t")), "the staged view: staged over published");
        second.publish(List.of("t"), "{}");

        assertEquals(List.of(0L, 1L, 2L, 3L, 11L), ids(spark.read().parquet(out.resolve("t").toString())));
        assertEquals(untouched, onlyFile(out.resolve("t/part=0")), "partition 0 received nothing and was not rewritten");
    }

    @Test
    void aBusyDateIsWrittenBySeveralTasksAndAQuietDateAsOneFile() throws IOException {
        Path out = dir.resolve("out");
        OutputStore store = new OutputStore(spark, out.toString(), PER_FILE);
        store.lock();
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> rows = spark.sql("SELECT id, "
                + "CASE WHEN id < 20000 THEN 'busy' ELSE 'quiet' END AS part, repeat('news ', 40) AS text FROM range(20010)");
        // The production rule at test size: a partition value over the advisory size is split over tasks.
        spark.conf().set("spark.sql.adaptive.advisoryPartitionSizeInBytes", "64k");
        try {
            store.write("t", rows, List.of("id"), "part");
        } finally {
            spark.conf().unset("spark.sql.adaptive.advisoryPartitionSizeInBytes");
        }
        Path staged = Path.of(new org.apache.hadoop.fs.Path(store.staged("t")).toUri().getPath());
        List<Path> busy = parquetFiles(staged.resolve("part=busy"));
        assertTrue(busy.stream().map(OutputStoreTest::task).distinct().count() >= 2,
                "one task wrote the whole busy date: " + busy);
        assertEquals(1, parquetFiles(staged.resolve("part=quiet")).size(), "a quiet date is one file");
        assertEquals(java.util.stream.LongStream.range(0, 20010).boxed().toList(), ids(store.read("t")));
        for (Path file : busy) {
            List<Long> ids = spark.read().parquet(file.toString()).select("id").collectAsList().stream()
                    .map(r -> r.getLong(0)).toList();
            assertEquals(ids.stream().sorted().toList(), ids, "rows sorted within " + file);
        }
        store.discard();
    }

    @Test
    void aFileHoldsAtMostMaxRecordsPerFileRows() throws IOException {
        OutputStore store = new OutputStore(spark, dir.resolve("out").toString(), 700);
        store.lock();
        store.write("t", spark.sql("SELECT id, id % 2 AS part FROM range(5000)"), List.of("id"), "part");
        Path staged = Path.of(new org.apache.hadoop.fs.Path(store.staged("t")).toUri().getPath());
        for (String part : List.of("part=0", "part=1")) {
            List<Path> files = parquetFiles(staged.resolve(part));
            assertTrue(files.size() >= 4, part + ": 2,500 rows at 700 per file: " + files);
            for (Path file : files) {
                assertTrue(spark.read().parquet(file.toString()).count() <= 700, file.toString());
            }
        }
        assertEquals(5000, store.read("t").count());
        store.discard();
    }

    @Test
    void anEmptyPartitionedTableIsStillReadable() {
        OutputStore store = new OutputStore(spark, dir.resolve("out").toString(), PER_FILE);
        store.lock();
        store.write("t", spark.sql("SELECT id, id AS part FROM range(0)"), List.of(), "part");
        assertEquals(List.of("id", "part"), List.of(store.read("t").columns()));
        assertEquals(0, store.read("t").count());
        store.discard();
    }

    @Test
    void aPublicationCutShortIsCompletedByTheNextRun() throws IOException {
        Path out = dir.resolve("out");
        OutputStore earlier = new OutputStore(spark, out.toString(), PER_FILE);
        earlier.lock();
        earlier.write("t", spark.range(3).toDF(), List.of());
        earlier.publish(List.of("t"), "{\"run\": 1}");

        OutputStore killed = new OutputStore(spark, out.toString(), PER_FILE);
        killed.lock();
        killed.write("t", spark.range(5).toDF(), List.of());
        killed.prepare(List.of("t"), "{\"run\": 2}");
        // The process dies here: the journal names its staging folder, nothing is moved yet, the lock stays
        // (rewritten to name a dead process; its Hadoop checksum file goes with the old content).
        Files.writeString(out.resolve(OutputStore.LOCK), "pid " + deadPid() + " on " + LockHolder.localHost() + " since x");
        Files.deleteIfExists(out.resolve("." + OutputStore.LOCK + ".crc"));

        OutputStore next = new OutputStore(spark, out.toString(), PER_FILE);
        next.lock();
        assertEquals(5, spark.read().parquet(out.resolve("t").toString()).count(), "the cut-short run's table is in place");
        assertEquals("{\"run\": 2}", Files.readString(out.resolve(OutputStore.REPORT)));
        assertFalse(Files.exists(out.resolve(OutputStore.JOURNAL)));
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("_staging")).toList());
        }
        next.unlock();
    }

    @Test
    void aLockLeftByADeadProcessOnThisMachineIsTakenOver() throws IOException {
        Files.writeString(dir.resolve(OutputStore.LOCK), "pid " + deadPid() + " on " + LockHolder.localHost() + " since x\n");
        OutputStore store = new OutputStore(spark, dir.toString(), PER_FILE);
        assertDoesNotThrow(store::lock);
        assertTrue(Files.readString(dir.resolve(OutputStore.LOCK)).startsWith("pid " + ProcessHandle.current().pid() + " "));
        store.unlock();

        Files.writeString(dir.resolve(OutputStore.LOCK), "pid " + deadPid() + " on another-host since x\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new OutputStore(spark, dir.toString(), PER_FILE).lock());
        assertTrue(e.getMessage().contains("another run is writing"), "a lock from another machine cannot be checked: "
                + e.getMessage());
    }

    private static long deadPid() {
        try {
            Process p = new ProcessBuilder("true").start();
            p.waitFor();
            return p.pid();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Long> ids(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> frame) {
        return frame.select("id").orderBy("id").collectAsList().stream().map(r -> r.getLong(0)).toList();
    }

    private static Path onlyFile(Path partition) throws IOException {
        try (var files = Files.list(partition)) {
            List<Path> parquet = files.filter(p -> p.toString().endsWith(".parquet")).toList();
            assertEquals(1, parquet.size(), parquet.toString());
            return parquet.get(0);
        }
    }

    private static List<Path> parquetFiles(Path partition) throws IOException {
        try (var files = Files.list(partition)) {
            return files.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
    }

    /** The task that wrote a Parquet file: part-NNNNN of its name. */
    private static String task(Path file) {
        return file.getFileName().toString().substring(0, 10);
    }
}
