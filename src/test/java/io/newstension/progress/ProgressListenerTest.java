package io.newstension.progress;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.SparkTestSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;
import scala.Tuple4;
import scala.collection.JavaConverters;

/**
 * The listener on a real local session, fed by Spark's listener bus: a job whose last task waits until the test lets
 * it go, so a stage is running when the (test's) clock has moved past the interval and a heartbeat arrives.
 */
class ProgressListenerTest {
    private static final long T0 = 1_700_000_000_000L;
    /** The held-back task waits on this; local mode runs tasks in this JVM, so the task's copy of the class is ours. */
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        spark.stop();
    }

    @Test
    void aStageStillRunningAfterTheIntervalGetsOneLineWithItsJobTasksRateAndTimeLeft() throws Exception {
        Dataset<Row> rows = spark.range(0, 1_000, 1, 4).repartition(4, col("id")).toDF();
        long heldBack = rows.filter(spark_partition_id().equalTo(3)).count();

        AtomicLong clock = new AtomicLong(T0);
        List<String> lines = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener(Duration.ofSeconds(10), clock::get, lines::add);
        spark.sparkContext().addSparkListener(listener);
        // Registered after the listener on the same queue, so it sees each task end after the listener did.
        CountDownLatch threeTasksDone = new CountDownLatch(3);
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd event) {
                if (event.taskType().equals("ResultTask") && event.taskInfo().successful()) {
                    threeTasksDone.countDown();
                }
            }
        });

        CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
            spark.sparkContext().setJobGroup("test", "test: one partition held back", false);
            rows.foreachPartition((ForeachPartitionFunction<Row>) partition -> {
                partition.forEachRemaining(row -> { });
                if (TaskContext.getPartitionId() == 3) {
                    RELEASE.await();
                }
            });
        });
        try {
            assertTrue(threeTasksDone.await(2, TimeUnit.MINUTES), "three of the four tasks did not finish");
            assertEquals(List.of(), lines, "nothing while the clock stands still");

            clock.set(T0 + 12_000);
            heartbeat();
            assertEquals(1, lines.size(), String.valueOf(lines));
            String line = lines.get(0);
            assertTrue(line.startsWith("test: one partition held back | stage "), line);
            assertTrue(line.contains(" (foreachPartition at ProgressListenerTest.java:"), line);
            long rate = Math.round((1_000 - heldBack) / 12.0);
            assertTrue(line.endsWith("): 3/4 tasks in 12 s, " + rate + " records/s, about 4 s left"), line);

            clock.set(T0 + 15_000);
            heartbeat();
            assertEquals(1, lines.size(), "a second line within the interval: " + lines);
        } finally {
            RELEASE.countDown();
        }
        job.get(2, TimeUnit.MINUTES);
        spark.sparkContext().listenerBus().waitUntilEmpty();
        clock.set(T0 + 60_000);
        heartbeat();
        assertEquals(1, lines.size(), "a finished stage prints nothing more: " + lines);
    }

    /** An executor heartbeat through Spark's listener bus, as every executor (and the driver) sends them. */
    private static void heartbeat() throws TimeoutException {
        List<Tuple4<Object, Object, Object, scala.collection.Seq<AccumulableInfo>>> none = new ArrayList<>();
        spark.sparkContext().listenerBus().post(new SparkListenerExecutorMetricsUpdate("driver",
                JavaConverters.asScalaBuffer(none),
                JavaConverters.mapAsScalaMap(new HashMap<Tuple2<Object, Object>, ExecutorMetrics>())));
        spark.sparkContext().listenerBus().waitUntilEmpty();
    }
}
