package io.newstension.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import io.newstension.SparkSessions;
import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The benchmark's floor, the least any job that tokenises news must pay: read news-please JSONL → DocumentAssembler →
 * SentenceDetector → Tokenizer → write Parquet (url, sentence and token counts). Same session settings as the job and
 * the same partitioning as its NLP stage (4 × the default parallelism). Usage: {@code FloorJob --input DIR --output DIR}.
 */
public final class FloorJob {
    static final String USAGE = "usage: FloorJob --input DIR --output DIR";
    private static final StructType INPUT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("maintext", DataTypes.StringType, true)));

    private FloorJob() {}

    public static void main(String[] args) {
        if (args.length != 4 || !"--input".equals(args[0]) || !"--output".equals(args[2])) {
            System.err.println("error: " + USAGE);
            System.exit(2);
        }
        TensionConfig config = ConfigLoader.load(null, List.of());
        SparkSession spark = SparkSessions.create(config);
        try {
            long start = System.nanoTime();
            long articles = run(spark, args[1], args[3]);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "floor: %d articles tokenised in %.1f s inside the session (%.0f articles/s) -> %s%n",
                    articles, seconds, articles / seconds, args[3]);
        } finally {
            spark.stop();
        }
    }

    /** Runs the floor pipeline and returns the number of articles written. */
    public static long run(SparkSession spark, String input, String output) {
        spark.sparkContext().setJobGroup("floor", "floor: read, sentences, tokens, write", false);
        Dataset<Row> articles = spark.read().schema(INPUT).json(input)
                .filter(col("maintext").isNotNull())
                .repartition(4 * spark.sparkContext().defaultParallelism());
        PipelineModel model = pipeline().fit(articles.limit(0));
        model.transform(articles)
                .select(col("url"), size(col("sentence")).as("sentences"), size(col("token")).as("tokens"))
                .write().mode(SaveMode.Overwrite).parquet(output);
        return spark.read().parquet(output).count();
    }

    /** The job's first three annotators with the job's settings. */
    private static Pipeline pipeline() {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol("maintext");
        document.setOutputCol("document");
        document.setCleanupMode("disabled");

        SentenceDetector sentences = new SentenceDetector();
        sentences.setInputCols(new String[] {"document"});
        sentences.setOutputCol("sentence");

        Tokenizer tokens = new Tokenizer();
        tokens.setInputCols(new String[] {"sentence"});
        tokens.setOutputCol("token");
        return new Pipeline().setStages(new PipelineStage[] {document, sentences, tokens});
    }
}
