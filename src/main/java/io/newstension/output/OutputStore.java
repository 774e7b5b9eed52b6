package io.newstension.output;

import io.newstension.config.ConfigException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The output folder: tables are written under a staging folder and published (renamed into place) only when the
 * whole run has succeeded, so a failed run leaves the previous output as it was. A marker file identifies folders
 * this job wrote; the job refuses to replace tables in a non-empty folder without it.
 */
public final class OutputStore {
    /** Present in every output folder this job has published. */
    public static final String MARKER = "_NEWS_TENSION_OUTPUT";
    public static final String REPORT = "run_report.json";
    /** Present while a run writes to the folder. */
    public static final String LOCK = "_LOCK";

    private final SparkSession spark;
    private final FileSystem fs;
    private final Path root;
    private final Path staging;
    private final boolean rootExisted;
    private boolean locked;

    public OutputStore(SparkSession spark, String output) {
        this.spark = spark;
        try {
            this.root = new Path(output);
            this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            this.staging = new Path(root, "_staging-" + UUID.randomUUID());
            this.rootExisted = fs.exists(root);
        } catch (IOException e) {
            throw new ConfigException("output.path: cannot open " + output + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Fails with a {@link ConfigException} when the folder holds files but is not a previous output of this job
     * (unless {@code force}), or when an input file lies inside it (a later run would replace its own input).
     */
    public void checkWritable(boolean force, List<String> inputFiles) {
        try {
            String prefix = fs.makeQualified(root).toString() + "/";
            for (String input : inputFiles) {
                if (fs.makeQualified(new Path(input)).toString().startsWith(prefix)) {
                    throw new ConfigException("input.paths: " + input + " is inside the output folder " + root
                            + "; move the input or choose another --output");
                }
            }
            if (!force && fs.exists(root) && fs.listStatus(root).length > 0 && !fs.exists(new Path(root, MARKER))) {
                throw new ConfigException("output.path: " + root + " is not empty and was not written by this job;"
                        + " choose an empty or new folder with --output, or pass --force to write into it anyway");
            }
        } catch (IOException e) {
            throw new ConfigException("output.path: cannot read " + root + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Takes the folder's lock so that two runs never write one output at once. A second run fails with a
     * {@link ConfigException} that says who holds the lock and how to clear a stale one.
     */
    public void lock() {
        Path lock = new Path(root, LOCK);
        try {
            fs.mkdirs(root);
            try (OutputStream out = fs.create(lock, false)) {
                out.write(("pid " + ProcessHandle.current().pid() + " on " + java.net.InetAddress.getLocalHost().getHostName()
                        + " since " + java.time.Instant.now() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            locked = true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            throw new ConfigException("output.path: another run is writing to " + root + " (" + holder(lock)
                    + "); wait for it to finish, or delete " + lock + " if that run is dead");
        } catch (IOException e) {
            throw new ConfigException("output.path: cannot create the lock " + lock + " (" + e.getMessage() + ")", e);
        }
    }

    /** Releases the lock taken by {@link #lock()}, if this store holds it. */
    public void unlock() {
        if (locked) {
            try {
                fs.delete(new Path(root, LOCK), false);
            } catch (IOException e) {
                // A lock left behind names its holder; the next run's message says how to clear it.
            }
            locked = false;
        }
    }

    private String holder(Path lock) {
        try (java.io.InputStream in = fs.open(lock)) {
            return "lock held by " + new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "lock file present";
        }
    }

    /** Where a staged table is written; also where the job reads it back from. */
    public String staged(String table) {
        return new Path(staging, table).toString();
    }

    /**
     * Writes a staged table. Rows are first gathered by their partition values, so each partition folder gets one
     * file rather than one per task (small files cost more to list and read than to write).
     */
    public void write(String table, Dataset<Row> rows, List<String> sortBy, String... partitionBy) {
        Dataset<Row> gathered = partitionBy.length == 0 ? rows
                : rows.repartition(java.util.Arrays.stream(partitionBy).map(org.apache.spark.sql.functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new));
        if (!sortBy.isEmpty()) {
            // Sorted files make the output byte-stable for one input and easy to diff.
            gathered = gathered.sortWithinPartitions(sortBy.stream().map(org.apache.spark.sql.functions::col)
                    .toArray(org.apache.spark.sql.Column[]::new));
        }
        gathered.write().mode(SaveMode.Overwrite).partitionBy(partitionBy).parquet(staged(table));
    }

    public Dataset<Row> read(String table) {
        return spark.read().parquet(staged(table));
    }

    /** Moves the staged tables into place, replacing earlier ones, then writes the report and the marker. */
    public void publish(List<String> tables, String reportJson) {
        try {
            fs.mkdirs(root);
            writeString(new Path(root, MARKER), "written by news-tension; safe to replace by a later run\n");
            for (String table : tables) {
                Path target = new Path(root, table);
                if (fs.exists(target) && !fs.delete(target, true)) {
                    throw new IOException("cannot delete " + target);
                }
                if (!fs.rename(new Path(staging, table), target)) {
                    throw new IOException("cannot move " + table + " into " + root);
                }
            }
            writeString(new Path(root, REPORT), reportJson);
            fs.delete(staging, true);
            unlock();
        } catch (IOException e) {
            throw new UncheckedIOException("publishing the output failed: " + e.getMessage(), e);
        }
    }

    /** Removes the staging folder of a failed run, and the output folder if this run created it. */
    public void discard() {
        try {
            fs.delete(staging, true);
            unlock();
            if (!rootExisted && fs.exists(root) && fs.listStatus(root).length == 0) {
                fs.delete(root, false);
            }
        } catch (IOException e) {
            // The next run uses a new staging folder; a leftover one is harmless.
        }
    }

    private void writeString(Path path, String content) throws IOException {
        try (OutputStream out = fs.create(path, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
