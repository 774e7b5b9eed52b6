package io.newstension.progress;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.StageInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the progress of long stages at INFO, on the driver (see {@link StageProgress} for when and what). Lines are due
 * on task ends and on executor heartbeats ({@code onExecutorMetricsUpdate}, every
 * {@code spark.executor.heartbeatInterval}, 10 s by default, in local mode too), so a stage of few long tasks still
 * reports. A thin wrapper: it only reads Spark's events and the clock.
 */
public final class ProgressListener extends SparkListener {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressListener.class);
    // The local properties SparkContext.setJobGroup and setJobDescription set (Spark's names are private[spark]).
    private static final String JOB_DESCRIPTION = "spark.job.description";
    private static final String JOB_GROUP = "spark.jobGroup.id";

    private final StageProgress progress;
    private final LongSupplier clock;
    private final Consumer<String> out;

    /** Lines to the log, at most one per stage per {@code interval}. */
    public ProgressListener(Duration interval) {
        this(interval, System::currentTimeMillis, LOG::info);
    }

    /** For tests: {@code clock} gives the time in milliseconds, {@code out} receives the lines. */
    ProgressListener(Duration interval, LongSupplier clock, Consumer<String> out) {
        this.progress = new StageProgress(interval);
        this.clock = clock;
        this.out = out;
    }

    // Synchronized: Spark's listener bus calls from one thread, but tests also call onExecutorMetricsUpdate directly.
    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted event) {
        StageInfo stage = event.stageInfo();
        progress.stageSubmitted(stage.stageId(), stage.attemptNumber(), stage.name(), description(event.properties()),
                stage.numTasks());
    }

    @Override
    public synchronized void onTaskStart(SparkListenerTaskStart event) {
        progress.taskStarted(event.stageId(), event.stageAttemptId(), clock.getAsLong());
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd event) {
        TaskMetrics metrics = event.taskMetrics();
        // Failed tasks may come without metrics; they count as neither done nor read.
        long records = metrics == null ? 0
                : metrics.inputMetrics().recordsRead() + metrics.shuffleReadMetrics().recordsRead();
        progress.taskEnded(event.stageId(), event.stageAttemptId(), event.taskInfo().index(),
                event.taskInfo().successful(), records);
        print();
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
        progress.stageCompleted(event.stageInfo().stageId(), event.stageInfo().attemptNumber());
    }

    @Override
    public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate event) {
        print();
    }

    private void print() {
        progress.tick(clock.getAsLong()).forEach(out);
    }

    /** The job's description (TensionPipeline's stage and what it does), else its job group, else null. */
    private static String description(Properties properties) {
        if (properties == null) {
            return null;
        }
        String description = properties.getProperty(JOB_DESCRIPTION);
        return description != null ? description : properties.getProperty(JOB_GROUP);
    }
}
