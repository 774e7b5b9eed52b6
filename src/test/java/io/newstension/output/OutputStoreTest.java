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
}
