package io.newstension;

import io.newstension.config.ConfigLoader;
import org.apache.spark.sql.SparkSession;

/** The session tests share within a class: the job's own settings, on two local cores, without the UI. */
public final class SparkTestSession {
    private SparkTestSession() {}

    public static SparkSession start() {
        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.ui.enabled", "false");
        return SparkSessions.create(ConfigLoader.load(null, java.util.List.of()));
    }
}
