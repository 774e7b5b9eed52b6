package io.newstension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The entry point's exit codes and messages for bad command lines and configs; no Spark session is started. */
class TensionJobTest {
    @Test
    void badConfigKeyExitsTwoNamingTheKey() {
        Result r = run("--set", "aggregate.prior_strenght=5");
        assertEquals(2, r.code);
        assertTrue(r.stderr.startsWith("error: aggregate.prior_strenght: unknown key"), r.stderr);
        assertTrue(r.stderr.contains("did you mean 'aggregate.prior_strength'"), r.stderr);
    }

    @Test
    void badValueExitsTwoNamingTheKey() {
        Result r = run("--set", "comention.window=paragraph");
        assertEquals(2, r.code);
        assertTrue(r.stderr.startsWith("error: comention.window: expected one of [document, sentence], got paragraph"), r.stderr);
    }

    @Test
    void inputThatMatchesNothingExitsTwoBeforeSparkStarts() {
        Result r = run("--input", "no/such/corpus-*.jsonl", "--output", "target/never-written");
        assertEquals(2, r.code);
        assertTrue(r.stderr.startsWith("error: input.paths: nothing matches no/such/corpus-*.jsonl"), r.stderr);
    }

    @Test
    void aMissingNerModelFolderExitsTwoBeforeSparkStarts() {
        Result r = run("--output", "target/never-written", "--set", "nlp.ner.model=no/such/model");
        assertEquals(2, r.code);
        assertTrue(r.stderr.startsWith("error: nlp.ner.model: no such directory: no/such/model"), r.stderr);
    }

    @Test
    void theBundledModelTakesNoSeparateEmbeddings() {
        Result r = run("--output", "target/never-written", "--set", "nlp.ner.model=bundled",
                "--set", "nlp.ner.embeddings=/models/glove_100d");
        assertEquals(2, r.code);
        assertTrue(r.stderr.startsWith("error: nlp.ner.embeddings: leave it null with nlp.ner.model: bundled"), r.stderr);
    }

    @Test
    void aForeignOutputFolderExitsTwoBeforeSparkStarts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws java.io.IOException {
        java.nio.file.Files.writeString(home.resolve("thesis.tex"), "months of work");
        Result r = run("--output", home.toString());
        assertEquals(2, r.code);
        assertTrue(r.stderr.startsWith("error: output.path: " + home + " is not empty and was not written by this job"),
                r.stderr);
    }

    @Test
    void helpExitsZero() {
        assertEquals(0, run("--help").code);
    }

    private record Result(int code, String stderr) {}

    private static Result run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = TensionJob.execute(args);
            // Spark may log a warning on stderr too; the job's own message is its one "error:" line.
            java.util.List<String> errors = captured.toString(StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("error:")).toList();
            assertTrue(errors.size() <= 1, "at most one error line: " + errors);
            return new Result(code, errors.isEmpty() ? "" : errors.get(0));
        } finally {
            System.setErr(original);
        }
    }
}
