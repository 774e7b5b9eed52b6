package io.newstension;

import static io.newstension.SparkSettings.Origin.DRIVER_ENV;
import static io.newstension.SparkSettings.Origin.JOB_DEFAULT;
import static io.newstension.SparkSettings.Origin.SPARK_CONF;
import static io.newstension.SparkSettings.Origin.SPARK_DEFAULT;
import static io.newstension.SparkSettings.Origin.YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.TensionConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {
    private static final TensionConfig.Spark YAML_8 = new TensionConfig.Spark("news-tension", 8, 10);
    private static final TensionConfig.Spark YAML_NULL = new TensionConfig.Spark("news-tension", null, 10);

    @Test
    void sparksShufflePartitionsBeatTheYamlValue() {
        SparkSettings.Setting s = setting(SparkSettings.resolve(
                Map.of(SparkSettings.SHUFFLE_PARTITIONS, "5"), YAML_8, null), SparkSettings.SHUFFLE_PARTITIONS);
        assertEquals(new SparkSettings.Setting(SparkSettings.SHUFFLE_PARTITIONS, "5", SPARK_CONF, null), s);
        assertFalse(s.added(), "the job must not set what Spark's conf holds");
    }

    @Test
    void theYamlValueAppliesWhenSparkIsSilent() {
        SparkSettings.Setting s = setting(SparkSettings.resolve(Map.of(), YAML_8, null), SparkSettings.SHUFFLE_PARTITIONS);
        assertEquals(new SparkSettings.Setting(SparkSettings.SHUFFLE_PARTITIONS, "8", YAML, "spark.shuffle_partitions"), s);
        assertTrue(s.added());
    }

    @Test
    void nullLeavesSparksDefault() {
        SparkSettings.Setting s = setting(SparkSettings.resolve(Map.of(), YAML_NULL, null), SparkSettings.SHUFFLE_PARTITIONS);
        assertEquals(SPARK_DEFAULT, s.origin());
        assertFalse(s.added());
    }

    @Test
    void everyJobSettingIsOnlyADefault() {
        Map<String, String> user = Map.of(
                SparkSettings.MASTER, "spark://host:7077",
                SparkSettings.ADAPTIVE, "false",
                SparkSettings.SERIALIZER, "org.apache.spark.serializer.JavaSerializer",
                SparkSettings.KRYO_BUFFER_MAX, "64m",
                SparkSettings.TIME_ZONE, "Europe/Paris",
                SparkSettings.CONSOLE_PROGRESS, "true",
                SparkSettings.PARTITION_DISCOVERY_THRESHOLD, "32",
                SparkSettings.EXECUTOR_TF_LOG_LEVEL, "0");
        for (SparkSettings.Setting s : SparkSettings.resolve(user, YAML_8, "3")) {
            if (user.containsKey(s.key())) {
                assertEquals(new SparkSettings.Setting(s.key(), user.get(s.key()), SPARK_CONF, null), s);
            }
        }
        List<SparkSettings.Setting> silent = SparkSettings.resolve(Map.of(), YAML_8, null);
        assertEquals(new SparkSettings.Setting(SparkSettings.ADAPTIVE, "true", JOB_DEFAULT, null),
                setting(silent, SparkSettings.ADAPTIVE));
        assertEquals("local[*]", setting(silent, SparkSettings.MASTER).value());
        assertEquals("org.apache.spark.serializer.KryoSerializer", setting(silent, SparkSettings.SERIALIZER).value());
        assertEquals("UTC", setting(silent, SparkSettings.TIME_ZONE).value());
        assertEquals("false", setting(silent, SparkSettings.CONSOLE_PROGRESS).value());
    }

    @Test
    void executorsGetTheDriversTensorFlowLogLevelElseTheQuietOne() {
        assertEquals(new SparkSettings.Setting(SparkSettings.EXECUTOR_TF_LOG_LEVEL, "0", DRIVER_ENV, null),
                setting(SparkSettings.resolve(Map.of(), YAML_8, "0"), SparkSettings.EXECUTOR_TF_LOG_LEVEL));
        assertEquals(new SparkSettings.Setting(SparkSettings.EXECUTOR_TF_LOG_LEVEL, "2", JOB_DEFAULT, null),
                setting(SparkSettings.resolve(Map.of(), YAML_8, null), SparkSettings.EXECUTOR_TF_LOG_LEVEL));
        assertTrue(setting(SparkSettings.resolve(Map.of(), YAML_8, "0"), SparkSettings.EXECUTOR_TF_LOG_LEVEL).added());
    }

    @Test
    void sparkSubmitsMainClassNameGivesWayToTheYamlNameButANameTheUserChoseWins() {
        assertEquals(new SparkSettings.Setting(SparkSettings.APP_NAME, "news-tension", YAML, "spark.app_name"),
                setting(SparkSettings.resolve(Map.of(SparkSettings.APP_NAME, TensionJob.class.getName()), YAML_8, null),
                        SparkSettings.APP_NAME));
        assertEquals(new SparkSettings.Setting(SparkSettings.APP_NAME, "nightly", SPARK_CONF, null),
                setting(SparkSettings.resolve(Map.of(SparkSettings.APP_NAME, "nightly"), YAML_8, null),
                        SparkSettings.APP_NAME));
    }

    @Test
    void theLineShowsEffectiveValuesAsKeyEqualsValueWithTheirOrigin() {
        List<SparkSettings.Setting> settings = SparkSettings.resolve(
                Map.of(SparkSettings.SHUFFLE_PARTITIONS, "5", SparkSettings.MASTER, "local[2]"), YAML_NULL, null);
        Map<String, String> session = Map.of(SparkSettings.SHUFFLE_PARTITIONS, "5", SparkSettings.MASTER, "local[2]",
                SparkSettings.APP_NAME, "news-tension", SparkSettings.ADAPTIVE, "true");
        String line = SparkSettings.line(settings, session::get);
        assertTrue(line.startsWith("Spark settings: spark.master=local[2] (from Spark's configuration), "
                + "spark.app.name=news-tension (from spark.app_name), "
                + "spark.sql.shuffle.partitions=5 (from Spark's configuration), "
                + "spark.sql.adaptive.enabled=true (job default), "), line);
        assertEquals(SparkSettings.keys(YAML_NULL).size(), line.split("\\), ").length, line);
    }

    private static SparkSettings.Setting setting(List<SparkSettings.Setting> settings, String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
