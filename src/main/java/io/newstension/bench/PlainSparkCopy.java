package io.newstension.bench;

import io.newstension.SparkSessions;
import io.newstension.config.ConfigLoader;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The scale benchmark's yardstick, the least any Spark job over a news-please file pays: read the JSONL with Spark's
 * own JSON reader (the news-please schema given, so no inference pass), write it as Parquet, count the rows written.
 * Same session settings as the job. Usage: {@code PlainSparkCopy --input FILE --output DIR}.
 */
public final class PlainSparkCopy {
    static final String USAGE = "usage: PlainSparkCopy --input FILE --output DIR";
    static final StructType NEWS_PLEASE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("authors", DataTypes.createArrayType(DataTypes.StringType), true),
            DataTypes.createStructField("date_download", DataTypes.StringType, true),
            DataTypes.createStructField("date_modify", DataTypes.StringType, true),
            DataTypes.createStructField("date_publish", DataTypes.StringType, true),
            DataTypes.createStructField("description", DataTypes.StringType, true),
            DataTypes.createStructField("image_url", DataTypes.StringType, true),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("maintext", DataTypes.StringType, true),
            DataTypes.createStructField("source_domain", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true)));

    private PlainSparkCopy() {}

    public static void main(String[] args) {
        if (args.length != 4 || !"--input".equals(args[0]) || !"--output".equals(args[2])) {
            System.err.println("error: " + USAGE);
            System.exit(2);
        }
        SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()));
        try {
            long start = System.nanoTime();
            spark.sparkContext().setJobGroup("copy", "plain Spark: read JSONL, write Parquet", false);
            spark.read().schema(NEWS_PLEASE).json(args[1]).write().mode(SaveMode.Overwrite).parquet(args[3]);
            long rows = spark.read().parquet(args[3]).count();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "plain Spark: %d rows read and written in %.1f s inside the session -> %s%n",
                    rows, seconds, args[3]);
        } finally {
            spark.stop();
        }
    }
}
