package io.newstension;

import io.newstension.config.TensionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The Spark settings the job needs, and how they meet the user's own. Spark's configuration (spark-submit
 * {@code --conf}, {@code spark-defaults.conf}, {@code -Dspark.*} system properties) always wins: the job's values only
 * fill the keys it leaves unset. Spark-free, so the rule is tested without a session; {@link SparkSessions} applies it.
 *
 * <p>Example: with {@code --conf spark.sql.shuffle.partitions=5} and {@code spark.shuffle_partitions: 8} in the YAML,
 * the session gets 5 and the start-up line says {@code spark.sql.shuffle.partitions=5 (from Spark's configuration)}.
 */
public final class SparkSettings {
    public static final String MASTER = "spark.master";
    public static final String APP_NAME = "spark.app.name";
    public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
    public static final String ADAPTIVE = "spark.sql.adaptive.enabled";
    public static final String SERIALIZER = "spark.serializer";
    public static final String KRYO_BUFFER_MAX = "spark.kryoserializer.buffer.max";
    public static final String TIME_ZONE = "spark.sql.session.timeZone";
    public static final String CONSOLE_PROGRESS = "spark.ui.showConsoleProgress";
    public static final String PARTITION_DISCOVERY_THRESHOLD = "spark.sql.sources.parallelPartitionDiscovery.threshold";
    public static final String TF_LOG_LEVEL_ENV = "TF_CPP_MIN_LOG_LEVEL";
    public static final String EXECUTOR_TF_LOG_LEVEL = "spark.executorEnv." + TF_LOG_LEVEL_ENV;
    /**
     * TensorFlow's native log level when the driver's environment has none: 2 drops its INFO and WARNING lines (the
     * NER model's graph placement prints ~2,000 lines of colocation warnings per run) and keeps its errors.
     */
    public static final String QUIET_TENSORFLOW = "2";

    private SparkSettings() {}

    /** Where a setting's value comes from. */
    public enum Origin {
        /** The user's: spark-submit {@code --conf}, {@code spark-defaults.conf}, {@code -Dspark.*}. */
        SPARK_CONF,
        /** A key of {@code conf/tension.yaml} (named in {@link Setting#yamlKey}), used because Spark's conf lacks it. */
        YAML,
        /** The job's own default, used because Spark's conf lacks it. */
        JOB_DEFAULT,
        /** The driver's {@code TF_CPP_MIN_LOG_LEVEL}, passed on to executors because Spark's conf lacks a level. */
        DRIVER_ENV,
        /** Nobody sets it: Spark's built-in default applies. */
        SPARK_DEFAULT
    }

    /**
     * One setting: {@code value} is what the job puts into Spark's conf ({@link #added}), what the user gave
     * ({@link Origin#SPARK_CONF}) or null ({@link Origin#SPARK_DEFAULT}).
     */
    public record Setting(String key, String value, Origin origin, String yamlKey) {
        /** Whether the job adds this setting to Spark's conf. */
        public boolean added() {
            return origin == Origin.YAML || origin == Origin.JOB_DEFAULT || origin == Origin.DRIVER_ENV;
        }

        String describe() {
            return switch (origin) {
                case SPARK_CONF -> "from Spark's configuration";
                case YAML -> "from " + yamlKey;
                case JOB_DEFAULT -> "job default";
                case DRIVER_ENV -> "from the driver's " + TF_LOG_LEVEL_ENV;
                case SPARK_DEFAULT -> "Spark's default";
            };
        }
    }

    /**
     * The job's settings resolved against {@code sparkConf} (every key Spark's configuration holds), in the order the
     * start-up line lists them. {@code driverTfLogLevel} is the driver's {@code TF_CPP_MIN_LOG_LEVEL} (null when
     * unset): executors get the same level unless Spark's conf gives them one.
     */
    public static List<Setting> resolve(Map<String, String> sparkConf, TensionConfig.Spark config, String driverTfLogLevel) {
        List<Setting> settings = new ArrayList<>();
        settings.add(fill(sparkConf, MASTER, "local[*]"));
        settings.add(appName(sparkConf, config.appName()));
        Integer partitions = config.shufflePartitions();
        settings.add(sparkConf.containsKey(SHUFFLE_PARTITIONS) || partitions == null
                ? fill(sparkConf, SHUFFLE_PARTITIONS, null)
                : new Setting(SHUFFLE_PARTITIONS, String.valueOf(partitions), Origin.YAML, "spark.shuffle_partitions"));
        settings.add(fill(sparkConf, ADAPTIVE, "true"));
        // Spark NLP's annotations are large nested rows; Kryo with a big buffer is what it is tested with.
        settings.add(fill(sparkConf, SERIALIZER, "org.apache.spark.serializer.KryoSerializer"));
        settings.add(fill(sparkConf, KRYO_BUFFER_MAX, "1000m"));
        // Dates and periods are UTC whatever the machine's zone, so every machine gives the same output.
        settings.add(fill(sparkConf, TIME_ZONE, "UTC"));
        // The job logs its own progress lines (ProgressListener); the console bar would garble them.
        settings.add(fill(sparkConf, CONSOLE_PROGRESS, "false"));
        // Date-partitioned tables have hundreds of folders: list them on the driver, not with a job per read.
        settings.add(fill(sparkConf, PARTITION_DISCOVERY_THRESHOLD, "100000"));
        settings.add(sparkConf.containsKey(EXECUTOR_TF_LOG_LEVEL) || driverTfLogLevel == null
                ? fill(sparkConf, EXECUTOR_TF_LOG_LEVEL, QUIET_TENSORFLOW)
                : new Setting(EXECUTOR_TF_LOG_LEVEL, driverTfLogLevel, Origin.DRIVER_ENV, null));
        return List.copyOf(settings);
    }

    /** The keys {@link #resolve} decides, in its order: the settings the start-up line and the run report show. */
    public static List<String> keys(TensionConfig.Spark config) {
        return resolve(Map.of(), config, null).stream().map(Setting::key).toList();
    }

    /**
     * The start-up line: each setting's effective value in the session, {@code effective.apply(key)} (null when
     * unset), and where it comes from, e.g. {@code Spark settings: spark.master=local[*] (job default), ...}.
     */
    public static String line(List<Setting> settings, UnaryOperator<String> effective) {
        return settings.stream()
                .map(s -> s.key() + "=" + effective.apply(s.key()) + " (" + s.describe() + ")")
                .collect(Collectors.joining(", ", "Spark settings: ", ""));
    }

    private static Setting fill(Map<String, String> sparkConf, String key, String jobDefault) {
        if (sparkConf.containsKey(key)) {
            return new Setting(key, sparkConf.get(key), Origin.SPARK_CONF, null);
        }
        return jobDefault == null ? new Setting(key, null, Origin.SPARK_DEFAULT, null)
                : new Setting(key, jobDefault, Origin.JOB_DEFAULT, null);
    }

    /**
     * spark-submit without {@code --name} names the application after its main class, one of this project's: that is
     * no name the user chose, so {@code spark.app_name} replaces it.
     */
    private static Setting appName(Map<String, String> sparkConf, String configured) {
        String given = sparkConf.get(APP_NAME);
        if (given != null && !given.startsWith(SparkSettings.class.getPackageName() + ".")) {
            return new Setting(APP_NAME, given, Origin.SPARK_CONF, null);
        }
        return new Setting(APP_NAME, configured, Origin.YAML, "spark.app_name");
    }
}
