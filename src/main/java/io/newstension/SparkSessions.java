package io.newstension;

import io.newstension.config.TensionConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the job's Spark session with the settings Spark NLP and deterministic output need. */
public final class SparkSessions {
    private SparkSessions() {}

    /** A session for the job; {@code local[*]} unless a master was given (spark-submit, {@code -Dspark.master}). */
    public static SparkSession create(TensionConfig config) {
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return SparkSession.builder()
                .config(conf)
                .appName(config.spark().appName())
                // Spark NLP's annotations are large nested rows; Kryo with a big buffer is what it is tested with.
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .config("spark.kryoserializer.buffer.max", "1000m")
                // Dates and periods are UTC whatever the machine's zone, so every machine gives the same output.
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", String.valueOf(config.spark().shufflePartitions()))
                .config("spark.sql.adaptive.enabled", "true")
                .config("spark.ui.showConsoleProgress", "false")
                // Date-partitioned tables have hundreds of folders: list them on the driver, not with a job per read.
                .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000")
                .getOrCreate();
    }
}
