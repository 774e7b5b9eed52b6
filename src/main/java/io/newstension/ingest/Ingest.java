package io.newstension.ingest;

import io.newstension.config.TensionConfig;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest stage: the input files, whatever their format, to one row per input record in the
 * {@link NewsPleaseReader#PARSED} schema (raw article fields, or a quarantine reason).
 */
public final class Ingest {
    private Ingest() {}

    public static Dataset<Row> read(SparkSession spark, List<String> files, TensionConfig.Input input) {
        return NewsPleaseReader.read(spark, files, input);
    }
}
