package io.newstension;

import io.newstension.config.ConfigException;
import io.newstension.config.JobOptions;
import io.newstension.config.TensionConfig;
import io.newstension.ingest.InputFiles;
import io.newstension.nlp.ner.NerModels;
import io.newstension.output.OutputStore;
import io.newstension.output.RunReport;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point for {@code jobs/run-local.sh} and {@code spark-submit}: arguments → validated config → session →
 * {@link TensionPipeline#run}. Exit code 0 on success, 2 for a bad command line or config, 1 otherwise; a failure
 * prints one line on stderr that says what to do.
 */
public final class TensionJob {
    private TensionJob() {}

    public static void main(String[] args) {
        int code = execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the job and returns its exit code instead of exiting, for tests and embedding. */
    public static int execute(String... args) {
        TensionConfig config;
        try {
            JobOptions options = JobOptions.parse(args);
            if (options.help()) {
                System.out.println(JobOptions.USAGE);
                return 0;
            }
            config = options.config();
            // Paths are checked before Spark starts, so a typo costs a second, not a session start-up.
            org.apache.hadoop.conf.Configuration hadoop = SparkHadoopUtil.get().newConfiguration(new SparkConf());
            InputFiles.Listing listing = InputFiles.list(config.input().paths(), config.input().format(), hadoop);
            OutputStore.checkWritable(hadoop, config.output().path(), config.output().force(), listing.dataFiles());
            NerModels.check(config.nlp().ner().model(), config.nlp().ner().embeddings(), hadoop);
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        SparkSession spark = SparkSessions.create(config);
        try {
            RunReport report = TensionPipeline.run(config, spark);
            System.out.printf("news-tension: %d input records -> %d articles (%d processed, %d duplicates, %d skipped),"
                            + " %d quarantined; tables %s written to %s%n",
                    report.inputRecords(), report.articles(), report.processed(), report.duplicates(), report.skipped(),
                    report.quarantined(), report.tables(), config.output().path());
            return 0;
        } catch (ConfigException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            // Spark rethrows task failures as checked SparkExceptions, hence Exception and not RuntimeException.
            e.printStackTrace();
            System.err.println("error: the job failed: " + e + " (the stack trace above says where; the previous output is unchanged)");
            return 1;
        } finally {
            spark.stop();
        }
    }
}
