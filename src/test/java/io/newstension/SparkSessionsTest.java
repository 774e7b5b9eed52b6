package io.newstension;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real sessions, one after another in this JVM, built as the job builds its own. spark-submit hands its
 * {@code --conf} values to the driver JVM as {@code spark.*} system properties; the tests set them the same way.
 */
class SparkSessionsTest {
    private final List<String> properties = new ArrayList<>();

    @AfterEach
    void clearProperties() {
        properties.forEach(System::clearProperty);
    }

    @Test
    void aConfValueFromSparkSubmitBeatsTheYamlValue() {
        conf("spark.sql.shuffle.partitions", "5");
        try (SparkSession spark = SparkSessions.create(config("spark.shuffle_partitions=8"))) {
            assertEquals("5", spark.conf().get("spark.sql.shuffle.partitions"));
            assertEquals("5", SparkSessions.effectiveSettings(spark, config("spark.shuffle_partitions=8"))
                    .get("spark.sql.shuffle.partitions"), "the run report's value");
        }
    }

    @Test
    void theYamlValueAppliesWhenSparksConfIsSilent() {
        try (SparkSession spark = SparkSessions.create(config("spark.shuffle_partitions=8"))) {
            assertEquals("8", spark.conf().get("spark.sql.shuffle.partitions"));
        }
    }

    @Test
    void theDefaultNullLeavesSparksOwnValueWithAdaptiveExecutionOn() {
        try (SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()))) {
            assertEquals("200", spark.conf().get("spark.sql.shuffle.partitions"), "Spark 3.5's default");
            assertEquals("true", spark.conf().get("spark.sql.adaptive.enabled"));
            assertEquals("news-tension", spark.sparkContext().appName());
        }
    }

    @Test
    void theJobsOtherSettingsAreOnlyDefaults() {
        conf("spark.sql.adaptive.enabled", "false");
        conf("spark.kryoserializer.buffer.max", "64m");
        conf("spark.sql.session.timeZone", "Europe/Paris");
        conf("spark.executorEnv.TF_CPP_MIN_LOG_LEVEL", "1");
        try (SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()))) {
            Map<String, String> effective = SparkSessions.effectiveSettings(spark, ConfigLoader.load(null, List.of()));
            assertEquals("false", effective.get("spark.sql.adaptive.enabled"));
            assertEquals("64m", effective.get("spark.kryoserializer.buffer.max"));
            assertEquals("Europe/Paris", effective.get("spark.sql.session.timeZone"));
            assertEquals("1", spark.sparkContext().getConf().get("spark.executorEnv.TF_CPP_MIN_LOG_LEVEL"));
            assertEquals("org.apache.spark.serializer.KryoSerializer", effective.get("spark.serializer"),
                    "what the user left unset still gets the job's value");
        }
    }

    private void conf(String key, String value) {
        System.setProperty(key, value);
        properties.add(key);
    }

    private static TensionConfig config(String set) {
        return ConfigLoader.load(null, List.of(ConfigLoader.Override.parse(set)));
    }
}
