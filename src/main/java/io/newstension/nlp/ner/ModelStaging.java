package io.newstension.nlp.ner;

import io.newstension.config.ConfigException;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Decides where executors load a saved model from. Spark NLP reads a saved model with tasks (its metadata with
 * {@code textFile}, its features with {@code objectFile}), so on a cluster a folder that only the driver's disk holds
 * (the unpacked bundled model, a user's {@code /models/ner_dl}) fails on every other machine. Such a folder is copied
 * into the run's own folder on the output's file system, which every machine of a multi-node run already sees, and
 * loaded from there by a fully qualified URI; the output store removes that folder when the run ends. Models on a
 * cluster file system ({@code hdfs://}, {@code s3a://}, ...) are loaded where they are, and so is everything in local
 * mode, where the driver is the only executor.
 */
public final class ModelStaging {
    private final Configuration hadoop;
    /** Where driver-local models are copied to; null when executors read the driver's disk. */
    private final Path folder;

    private ModelStaging(Configuration hadoop, Path folder) {
        this.hadoop = hadoop;
        this.folder = folder;
    }

    /** Models load from where they are. */
    public static ModelStaging inPlace(Configuration hadoop) {
        return new ModelStaging(hadoop, null);
    }

    /** Models on the driver's local file system are copied under {@code folder} first. */
    public static ModelStaging under(Configuration hadoop, String folder) {
        return new ModelStaging(hadoop, new Path(folder));
    }

    /** {@link #inPlace} in local mode, else {@link #under} {@code folder}. */
    public static ModelStaging forSession(SparkSession spark, String folder) {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        return spark.sparkContext().isLocal() ? inPlace(hadoop) : under(hadoop, folder);
    }

    /**
     * The fully qualified URI to load the saved model at {@code path} from; {@code name} is its folder in the staging
     * area. {@code key} is the config key that named the path, for the error message.
     */
    public String locate(String path, String name, String key) {
        Path source = new Path(path);
        try {
            FileSystem from = source.getFileSystem(hadoop);
            Path qualified = from.makeQualified(source);
            if (folder == null || !"file".equals(from.getScheme())) {
                return qualified.toString();
            }
            Path target = new Path(folder, name);
            FileSystem to = target.getFileSystem(hadoop);
            if (!FileUtil.copy(from, qualified, to, target, false, true, hadoop)) {
                throw new IOException("copy to " + target + " failed");
            }
            return to.makeQualified(target).toString();
        } catch (IOException e) {
            throw new ConfigException(key + ": cannot make " + path + " readable by the executors (" + e.getMessage()
                    + "); give a model folder on a file system every machine sees (hdfs://, s3a://, a shared mount)", e);
        }
    }

    Configuration hadoop() {
        return hadoop;
    }
}
