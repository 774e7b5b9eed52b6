package io.newstension;

import io.newstension.config.TensionConfig;
import io.newstension.progress.ProgressListener;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Builds the job's Spark session. Spark's own configuration wins (see {@link SparkSettings}): the settings Spark NLP
 * and deterministic output need are only added where spark-submit {@code --conf}, {@code spark-defaults.conf} and
 * {@code -Dspark.*} leave them unset. Logs one line with the effective values and registers the progress log
 * ({@link ProgressListener}).
 */
public final class SparkSessions {
    private static final Logger LOG = LoggerFactory.getLogger(SparkSessions.class);

    private SparkSessions() {}

    /** A session for the job; {@code local[*]} unless a master was given (spark-submit, {@code -Dspark.master}). */
    public static SparkSession create(TensionConfig config) {
        // new SparkConf() reads the spark.* system properties: where spark-submit puts --conf and spark-defaults.conf.
        SparkConf conf = new SparkConf();
        List<SparkSettings.Setting> settings = SparkSettings.resolve(asMap(conf), config.spark(),
                System.getenv(SparkSettings.TF_LOG_LEVEL_ENV));
        for (SparkSettings.Setting s : settings) {
            if (s.added()) {
                conf.set(s.key(), s.value());
            }
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        LOG.info(SparkSettings.line(settings, key -> effective(spark, key)));
        if (config.spark().progressSeconds() > 0) {
            Duration interval = Duration.ofSeconds(config.spark().progressSeconds());
            spark.sparkContext().addSparkListener(new ProgressListener(interval));
        }
        return spark;
    }

    /** The session's effective value of each setting the job resolves, for the run report. */
    public static Map<String, String> effectiveSettings(SparkSession spark, TensionConfig config) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : SparkSettings.keys(config.spark())) {
            values.put(key, effective(spark, key));
        }
        return values;
    }

    /** A setting's value in the session: what was set, else Spark's default for SQL settings, else null. */
    private static String effective(SparkSession spark, String key) {
        scala.Option<String> value = spark.conf().getOption(key);
        return value.isDefined() ? value.get() : null;
    }

    private static Map<String, String> asMap(SparkConf conf) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Tuple2<String, String> entry : conf.getAll()) {
            map.put(entry._1(), entry._2());
        }
        return map;
    }
}
