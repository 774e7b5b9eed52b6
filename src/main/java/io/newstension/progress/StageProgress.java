package io.newstension.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The progress log's logic, without Spark: which running stages get a line and when, their rate and time left, and the
 * line's text. {@link ProgressListener} feeds it Spark's stage and task events and the time; {@link #tick} returns the
 * lines due.
 *
 * <p>A stage runs from its first task's start: a submitted stage whose tasks wait for cores (other stages hold them)
 * prints nothing. It gets its first line once it has run for the interval, then at most one line per interval, so
 * stages shorter than the interval print nothing, and none once all its tasks are done. The rate counts the records
 * (input and shuffle-read) of the tasks that finished, over the stage's running time; the time left assumes the
 * remaining tasks take as long per task as the finished ones did. Example, 65 s into a stage of 32 tasks:
 * {@code nlp: sentences, tokens and entity mentions (Spark NLP) | stage 14 (parquet at OutputStore.java:224): 12/32
 * tasks in 1 min 05 s, 85 records/s, about 1 min 48 s left}.
 *
 * <p>Not thread-safe: one caller at a time.
 */
public final class StageProgress {
    private final long intervalMillis;
    private final Map<Attempt, Running> running = new LinkedHashMap<>();

    public StageProgress(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("expected a positive interval, got " + interval);
        }
        this.intervalMillis = interval.toMillis();
    }

    private record Attempt(int stageId, int attempt) {}

    private static final class Running {
        final String name;
        final String description;
        final int tasks;
        final BitSet finished = new BitSet();
        long startedMillis = -1;
        long records;
        long printedMillis = -1;

        Running(String name, String description, int tasks) {
            this.name = name;
            this.description = description;
            this.tasks = tasks;
        }
    }

    /** A stage attempt was submitted; {@code description} is its job's description or group (may be null). */
    public void stageSubmitted(int stageId, int attempt, String name, String description, int tasks) {
        running.put(new Attempt(stageId, attempt), new Running(name, description, tasks));
    }

    /** A task of a stage attempt started at {@code nowMillis}: the first one starts the stage's running time. */
    public void taskStarted(int stageId, int attempt, long nowMillis) {
        Running stage = running.get(new Attempt(stageId, attempt));
        if (stage != null && stage.startedMillis < 0) {
            stage.startedMillis = nowMillis;
        }
    }

    /**
     * A task of a stage attempt ended; a successful one counts as done (once per partition {@code index}, whatever
     * speculative copies do) with the records it read.
     */
    public void taskEnded(int stageId, int attempt, int index, boolean successful, long records) {
        Running stage = running.get(new Attempt(stageId, attempt));
        if (stage == null || !successful || stage.finished.get(index)) {
            return;
        }
        stage.finished.set(index);
        stage.records += records;
    }

    public void stageCompleted(int stageId, int attempt) {
        running.remove(new Attempt(stageId, attempt));
    }

    /**
     * The lines due at {@code nowMillis}, one per stage with unfinished tasks that has run an interval since its first
     * task started or since its last line.
     */
    public List<String> tick(long nowMillis) {
        List<String> lines = new ArrayList<>();
        running.forEach((id, stage) -> {
            if (stage.startedMillis < 0 || stage.finished.cardinality() >= stage.tasks) {
                return;
            }
            long since = stage.printedMillis < 0 ? stage.startedMillis : stage.printedMillis;
            if (nowMillis - since >= intervalMillis) {
                stage.printedMillis = nowMillis;
                lines.add(line(id, stage, nowMillis - stage.startedMillis));
            }
        });
        return lines;
    }

    private static String line(Attempt id, Running stage, long elapsedMillis) {
        int done = stage.finished.cardinality();
        StringBuilder line = new StringBuilder();
        if (stage.description != null && !stage.description.isBlank()) {
            line.append(stage.description).append(" | ");
        }
        line.append("stage ").append(id.stageId());
        if (id.attempt() > 0) {
            line.append(" attempt ").append(id.attempt());
        }
        line.append(" (").append(stage.name).append("): ").append(done).append('/').append(stage.tasks)
                .append(" tasks in ").append(duration(elapsedMillis / 1000))
                .append(", ").append(String.format(Locale.ROOT, "%,d", Math.round(stage.records * 1000.0 / elapsedMillis)))
                .append(" records/s, ");
        if (done == 0) {
            line.append("time left unknown (no task finished yet)");
        } else {
            long leftMillis = Math.round((double) elapsedMillis * (stage.tasks - done) / done);
            line.append("about ").append(duration(leftMillis / 1000)).append(" left");
        }
        return line.toString();
    }

    /** {@code 45 s}, {@code 3 min 05 s}, {@code 2 h 07 min}. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
