package io.newstension.output;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.SparkTestSession;
import io.newstension.config.ConfigException;
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
        OutputStore store = new OutputStore(spark, dir.toString());
        ConfigException e = assertThrows(ConfigException.class, () -> store.checkWritable(false, List.of()));
        assertTrue(e.getMessage().startsWith("output.path: ") && e.getMessage().contains("--force"), e.getMessage());
        assertDoesNotThrow(() -> store.checkWritable(true, List.of()));
    }

    @Test
    void acceptsAFolderItWroteBefore() throws IOException {
        Files.writeString(dir.resolve(OutputStore.MARKER), "");
        Files.createDirectories(dir.resolve("articles"));
        assertDoesNotThrow(() -> new OutputStore(spark, dir.toString()).checkWritable(false, List.of()));
    }

    @Test
    void refusesInputInsideTheOutput() throws IOException {
        Path input = dir.resolve("out/raw/news.jsonl");
        Files.createDirectories(input.getParent());
        Files.writeString(input, "{}");
        ConfigException e = assertThrows(ConfigException.class,
                () -> new OutputStore(spark, dir.resolve("out").toString()).checkWritable(true, List.of(input.toString())));
        assertTrue(e.getMessage().startsWith("input.paths: "), e.getMessage());
    }

    @Test
    void aSecondRunOnTheSameFolderIsRefusedUntilTheFirstEnds() {
        OutputStore first = new OutputStore(spark, dir.toString());
        first.lock();
        ConfigException e = assertThrows(ConfigException.class, () -> new OutputStore(spark, dir.toString()).lock());
        assertTrue(e.getMessage().contains("another run is writing") && e.getMessage().contains("pid "), e.getMessage());
        first.unlock();
        OutputStore second = new OutputStore(spark, dir.toString());
        assertDoesNotThrow(second::lock);
        second.unlock();
        assertFalse(Files.exists(dir.resolve(OutputStore.LOCK)));
    }

    @Test
    void aFailedRunLeavesThePreviousTablesAndNoStaging() throws IOException {
        Path out = dir.resolve("out");
        OutputStore earlier = new OutputStore(spark, out.toString());
        earlier.lock();
        earlier.write("articles", spark.range(3).toDF(), List.of());
        earlier.publish(List.of("articles"), "{}");

        OutputStore failing = new OutputStore(spark, out.toString());
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
        OutputStore first = new OutputStore(spark, out.toString());
        first.lock();
        first.append("t", spark.sql("SELECT id, id % 2 AS part FROM range(4)"), List.of("id"), "part");
        first.publish(List.of("t"), "{}");
        Path untouched = onlyFile(out.resolve("t/part=0"));

        OutputStore second = new OutputStore(spark, out.toString());
        second.lock();
        second.append("t", spark.sql("SELECT 11L AS id, 1L AS part"), List.of("id"), "part");
        assertEquals(List.of(0L, 1L, 2L, 3L, 11L), ids(second.read("t")), "the staged view: staged over published");
        second.publish(List.of("t"), "{}");

        assertEquals(List.of(0L, 1L, 2L, 3L, 11L), ids(spark.read().parquet(out.resolve("t").toString())));
        assertEquals(untouched, onlyFile(out.resolve("t/part=0")), "partition 0 received nothing and was not rewritten");
    }

    @Test
    void anEmptyPartitionedTableIsStillReadable() {
        OutputStore store = new OutputStore(spark, dir.resolve("out").toString());
        store.lock();
        store.write("t", spark.sql("SELECT id, id AS part FROM range(0)"), List.of(), "part");
        assertEquals(List.of("id", "part"), List.of(store.read("t").columns()));
        assertEquals(0, store.read("t").count());
        store.discard();
    }

    @Test
    void aPublicationCutShortIsCompletedByTheNextRun() throws IOException {
        Path out = dir.resolve("out");
        OutputStore earlier = new OutputStore(spark, out.toString());
        earlier.lock();
        earlier.write("t", spark.range(3).toDF(), List.of());
        earlier.publish(List.of("t"), "{\"run\": 1}");

        OutputStore killed = new OutputStore(spark, out.toString());
        killed.lock();
        killed.write("t", spark.range(5).toDF(), List.of());
        killed.prepare(List.of("t"), "{\"run\": 2}");
        // The process dies here: the journal names its staging folder, nothing is moved yet, the lock stays
        // (rewritten to name a dead process; its Hadoop checksum file goes with the old content).
        Files.writeString(out.resolve(OutputStore.LOCK), "pid " + deadPid() + " on " + LockHolder.localHost() + " since x");
        Files.deleteIfExists(out.resolve("." + OutputStore.LOCK + ".crc"));

        OutputStore next = new OutputStore(spark, out.toString());
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
        OutputStore store = new OutputStore(spark, dir.toString());
        assertDoesNotThrow(store::lock);
        assertTrue(Files.readString(dir.resolve(OutputStore.LOCK)).startsWith("pid " + ProcessHandle.current().pid() + " "));
        store.unlock();

        Files.writeString(dir.resolve(OutputStore.LOCK), "pid " + deadPid() + " on another-host since x\n");
        ConfigException e = assertThrows(ConfigException.class, () -> new OutputStore(spark, dir.toString()).lock());
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
}
