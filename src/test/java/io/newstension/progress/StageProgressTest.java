package io.newstension.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageProgressTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final String STAGE = "clean: clean texts | stage 3 (count at CleanArticles.java:42)";

    private final StageProgress progress = new StageProgress(Duration.ofSeconds(10));

    @Test
    void aStageShorterThanTheIntervalPrintsNothing() {
        running(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 4, T0);
        for (int i = 0; i < 3; i++) {
            progress.taskEnded(3, 0, i, true, 100);
            assertEquals(List.of(), progress.tick(T0 + 3_000 * (i + 1)));
        }
        assertEquals(List.of(), progress.tick(T0 + 9_999));
        progress.stageCompleted(3, 0); // e.g. failed, with a task unfinished
        assertEquals(List.of(), progress.tick(T0 + 60_000), "a completed stage is forgotten");
    }

    @Test
    void theLineGivesTasksRateAndTimeLeft() {
        running(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 4, T0);
        progress.taskEnded(3, 0, 0, true, 100);
        progress.taskEnded(3, 0, 1, true, 200);
        progress.taskEnded(3, 0, 2, true, 300);
        // 600 records in 12 s; 3 tasks in 12 s leave 1 task: 4 s.
        assertEquals(List.of(STAGE + ": 3/4 tasks in 12 s, 50 records/s, about 4 s left"), progress.tick(T0 + 12_000));
    }

    @Test
    void atMostOneLinePerIntervalWhileTheStageRuns() {
        running(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 4, T0);
        assertEquals(1, progress.tick(T0 + 10_000).size(), "the first line once the stage ran for the interval");
        assertEquals(0, progress.tick(T0 + 15_000).size());
        assertEquals(0, progress.tick(T0 + 19_999).size());
        assertEquals(1, progress.tick(T0 + 20_000).size());
        assertEquals(0, progress.tick(T0 + 29_000).size());
    }

    @Test
    void beforeAnyTaskFinishesTheTimeLeftIsUnknown() {
        running(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 4, T0);
        assertEquals(List.of(STAGE + ": 0/4 tasks in 10 s, 0 records/s, time left unknown (no task finished yet)"),
                progress.tick(T0 + 10_000));
    }

    @Test
    void aPartitionCountsOnceAndFailedTasksNotAtAll() {
        running(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 4, T0);
        progress.taskEnded(3, 0, 0, false, 0);
        progress.taskEnded(3, 0, 0, true, 1_000);
        progress.taskEnded(3, 0, 0, true, 1_000); // a speculative copy of partition 0 that finished too
        assertEquals(List.of(STAGE + ": 1/4 tasks in 20 s, 50 records/s, about 1 min 00 s left"),
                progress.tick(T0 + 20_000));
    }

    @Test
    void eachRunningStageAttemptHasItsOwnLineAndAJobWithoutDescriptionShowsTheStageAlone() {
        running(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 4, T0);
        running(7, 1, "parquet at OutputStore.java:224", null, 2_000, T0 + 5_000);
        for (int i = 0; i < 1_000; i++) {
            progress.taskEnded(7, 1, i, true, 3);
        }
        progress.taskEnded(7, 0, 1_500, true, 3); // the failed earlier attempt's straggler
        assertEquals(List.of(
                STAGE + ": 0/4 tasks in 1 h 00 min, 0 records/s, time left unknown (no task finished yet)",
                "stage 7 attempt 1 (parquet at OutputStore.java:224): 1000/2000 tasks in 59 min 55 s, 1 records/s,"
                        + " about 59 min 55 s left"),
                progress.tick(T0 + 3_600_000));
    }

    @Test
    void ratesAreGroupedByThousands() {
        running(1, 0, "s", "d", 2, T0);
        progress.taskEnded(1, 0, 0, true, 123_456_789);
        assertEquals(List.of("d | stage 1 (s): 1/2 tasks in 10 s, 12,345,679 records/s, about 10 s left"),
                progress.tick(T0 + 10_000));
    }

    @Test
    void aStageWaitingForCoresPrintsNothingAndRunsFromItsFirstTask() {
        progress.stageSubmitted(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 4);
        assertEquals(List.of(), progress.tick(T0 + 60_000), "no task started: the stage waits behind others");
        progress.taskStarted(3, 0, T0 + 60_000);
        progress.taskStarted(3, 0, T0 + 65_000);
        assertEquals(List.of(), progress.tick(T0 + 69_999));
        assertEquals(List.of(STAGE + ": 0/4 tasks in 10 s, 0 records/s, time left unknown (no task finished yet)"),
                progress.tick(T0 + 70_000));
    }

    @Test
    void aStageWithAllTasksDoneIsNotReportedWhileItCompletes() {
        running(3, 0, "count at CleanArticles.java:42", "clean: clean texts", 2, T0);
        progress.taskEnded(3, 0, 0, true, 10);
        progress.taskEnded(3, 0, 1, true, 10);
        assertEquals(List.of(), progress.tick(T0 + 30_000));
    }

    @Test
    void durations() {
        assertEquals("0 s", StageProgress.duration(0));
        assertEquals("59 s", StageProgress.duration(59));
        assertEquals("1 min 00 s", StageProgress.duration(60));
        assertEquals("59 min 59 s", StageProgress.duration(3_599));
        assertEquals("1 h 00 min", StageProgress.duration(3_600));
        assertEquals("26 h 03 min", StageProgress.duration(93_780));
    }

    /** A stage submitted and with its first task started at {@code startedMillis}. */
    private void running(int stageId, int attempt, String name, String description, int tasks, long startedMillis) {
        progress.stageSubmitted(stageId, attempt, name, description, tasks);
        progress.taskStarted(stageId, attempt, startedMillis);
    }

    @Test
    void theIntervalMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new StageProgress(Duration.ZERO));
    }
}
