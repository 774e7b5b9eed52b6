package io.newstension.output;

import io.newstension.config.ConfigException;
import io.newstension.schema.Tables;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The output folder: tables are written under a staging folder and published (renamed into place) only when the
 * whole run has succeeded, so a failed run leaves the previous output as it was. A marker file identifies folders
 * this job wrote; the job refuses to replace tables in a non-empty folder without it.
 *
 * <p>A table is either replaced whole ({@link #write}) or, in incremental runs, merged by partition ({@link #append}):
 * only the partitions that receive rows are rewritten, the others stay as published. Publishing first writes a
 * journal ({@value #JOURNAL}) naming the staging folder; a run killed while publishing is completed by the next run
 * that takes the lock, so readers never see a half-published run for longer than that.
 */
public final class OutputStore {
    /** Present in every output folder this job has published. */
    public static final String MARKER = "_NEWS_TENSION_OUTPUT";
    public static final String REPORT = "run_report.json";
    /** Present while a run writes to the folder. */
    public static final String LOCK = "_LOCK";
    /** Present while a run moves its staged tables into place: names the staging folder to finish from. */
    public static final String JOURNAL = "_PUBLISHING";
    private static final String STAGING_PREFIX = "_staging-";
    /** In a staging folder: which tables to publish, and how. */
    private static final String PLAN = "_PLAN";
    private static final Logger LOG = LoggerFactory.getLogger(OutputStore.class);

    private final SparkSession spark;
    private final FileSystem fs;
    private final Path root;
    private final Path staging;
    private final boolean rootExisted;
    private final int maxRecordsPerFile;
    private boolean locked;
    /** Tables staged by {@link #append}: only their staged partitions replace published ones. */
    private final Set<String> merged = new HashSet<>();

    /** {@code maxRecordsPerFile}: rows per Parquet file at most ({@code output.max_records_per_file}). */
    public OutputStore(SparkSession spark, String output, int maxRecordsPerFile) {
        this.spark = spark;
        this.maxRecordsPerFile = maxRecordsPerFile;
        try {
            this.root = new Path(output);
            this.fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            this.staging = new Path(root, STAGING_PREFIX + UUID.randomUUID());
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
        checkWritable(fs, root, force, inputFiles);
    }

    /** The same check without a Spark session: the entry point runs it before Spark starts. */
    public static void checkWritable(org.apache.hadoop.conf.Configuration hadoop, String output, boolean force,
                                     List<String> inputFiles) {
        Path root = new Path(output);
        try {
            checkWritable(root.getFileSystem(hadoop), root, force, inputFiles);
        } catch (IOException e) {
            throw new ConfigException("output.path: cannot open " + output + " (" + e.getMessage() + ")", e);
        }
    }

    private static void checkWritable(FileSystem fs, Path root, boolean force, List<String> inputFiles) {
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
            if (fs.exists(lock) && LockHolder.parse(holder(lock)).isDeadOn(LockHolder.localHost())) {
                // A killed run on this machine cannot release its lock; its process is gone, so the lock is stale.
                LOG.warn("taking over the stale lock {} ({})", lock, holder(lock));
                fs.delete(lock, false);
            }
            try (OutputStream out = fs.create(lock, false)) {
                out.write((LockHolder.current().describe() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            locked = true;
        } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
            throw new ConfigException("output.path: another run is writing to " + root + " (" + holder(lock)
                    + "); wait for it to finish, or delete " + lock + " if that run is dead");
        } catch (IOException e) {
            throw new ConfigException("output.path: cannot create the lock " + lock + " (" + e.getMessage() + ")", e);
        }
        recover();
    }

    /**
     * Finishes a publication that a killed run left half-done, then removes staging folders of runs that died
     * earlier (holding the lock, no other run can be using them).
     */
    private void recover() {
        try {
            Path journal = new Path(root, JOURNAL);
            if (fs.exists(journal)) {
                Path unfinished = new Path(root, readString(journal).strip());
                LOG.warn("completing the publication of {} that an earlier run left unfinished", unfinished);
                moveIntoPlace(unfinished);
                fs.delete(journal, false);
            }
            for (FileStatus child : fs.listStatus(root)) {
                if (child.isDirectory() && child.getPath().getName().startsWith(STAGING_PREFIX)
                        && !child.getPath().getName().equals(staging.getName())) {
                    fs.delete(child.getPath(), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("recovering " + root + " from an earlier run failed: " + e.getMessage(), e);
        }
    }

    /** Whether the folder holds a published output of this job (an incremental run then adds to it). */
    public boolean hasPublished() {
        try {
            return fs.exists(new Path(root, MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table as the previous run published it, or empty when there is none. */
    public Optional<Dataset<Row>> readPublished(String table) {
        try {
            Path published = new Path(root, table);
            return hasPublished() && fs.exists(published)
                    ? Optional.of(reader(table).parquet(published.toString())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
     * Writes a staged table. Rows are rebalanced by their partition values: Spark's adaptive execution gathers small
     * partition values into few tasks (small files cost more to list and read than to write) and splits a large one
     * over several tasks, so no busy date is written by one task; a file holds at most {@code maxRecordsPerFile} rows.
     */
    public void write(String table, Dataset<Row> rows, List<String> sortBy, String... partitionBy) {
        try {
            writeStaged(table, rows, sortBy, partitionBy);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + table + " failed: " + e.getMessage(), e);
        }
    }

    private void writeStaged(String table, Dataset<Row> rows, List<String> sortBy, String... partitionBy) throws IOException {
        Dataset<Row> gathered = partitionBy.length == 0 ? rows
                // The hint takes unresolved attributes, not Columns.
                : rows.hint("rebalance", java.util.Arrays.stream(partitionBy).map(c -> functions.col(c).expr()).toArray());
        if (!sortBy.isEmpty()) {
            // Sorted files make the output byte-stable for one input and easy to diff.
            gathered = gathered.sortWithinPartitions(sortBy.stream().map(functions::col).toArray(Column[]::new));
        }
        gathered.write().mode(SaveMode.Overwrite).option("maxRecordsPerFile", maxRecordsPerFile)
                .partitionBy(partitionBy).parquet(staged(table));
        if (partitionBy.length > 0 && partitionNames(new Path(staging, table)).isEmpty()) {
            // No rows, so no partition folder: a schema-only file keeps the empty table readable.
            rows.limit(0).write().mode(SaveMode.Overwrite).parquet(staged(table));
        }
    }

    /**
     * Stages {@code rows} as additions to a published table partitioned by {@code partitionBy}: each partition that
     * receives rows is staged whole (its published rows plus the new ones); publishing replaces just those.
     */
    public void append(String table, Dataset<Row> rows, List<String> sortBy, String partitionBy) {
        Dataset<Row> combined = rows;
        Optional<Dataset<Row>> published = readPublished(table);
        if (published.isPresent()) {
            List<Object> values = rows.select(partitionBy).distinct().collectAsList().stream().map(r -> r.get(0)).toList();
            Column affected = functions.col(partitionBy).isin(values.stream().filter(v -> v != null).toArray());
            if (values.contains(null)) {
                affected = affected.or(functions.col(partitionBy).isNull());
            }
            combined = published.get().filter(affected).unionByName(rows);
        }
        write(table, combined, sortBy, partitionBy);
        merged.add(table);
    }

    /** A table as it will read once published: for an appended table, its staged partitions over the published ones. */
    public Dataset<Row> read(String table) {
        Dataset<Row> staged = reader(table).parquet(staged(table));
        if (!merged.contains(table)) {
            return staged;
        }
        try {
            Path published = new Path(root, table);
            if (!hasPublished() || !fs.exists(published)) {
                return staged;
            }
            Set<String> replaced = partitionNames(new Path(staging, table));
            if (replaced.isEmpty()) {
                return reader(table).parquet(published.toString());
            }
            List<String> kept = new ArrayList<>();
            for (String name : partitionNames(published)) {
                if (!replaced.contains(name)) {
                    kept.add(new Path(published, name).toString());
                }
            }
            if (kept.isEmpty()) {
                return staged;
            }
            return reader(table).option("basePath", published.toString()).parquet(kept.toArray(String[]::new))
                    .unionByName(staged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader with the table's {@link Tables#readSchema}, so partitions written by older runs read alike. */
    private DataFrameReader reader(String table) {
        DataFrameReader reader = spark.read();
        return Tables.readSchema(table).map(reader::schema).orElse(reader);
    }

    private Set<String> partitionNames(Path table) throws IOException {
        Set<String> names = new TreeSet<>();
        if (fs.exists(table)) {
            for (FileStatus child : fs.listStatus(table)) {
                if (child.isDirectory() && child.getPath().getName().contains("=")) {
                    names.add(child.getPath().getName());
                }
            }
        }
        return names;
    }

    /**
     * Moves the staged tables into place (whole tables replace earlier ones; appended tables replace only their
     * staged partitions), then the report, and writes the marker. Scratch tables left in staging are dropped.
     */
    public void publish(List<String> tables, String reportJson) {
        try {
            prepare(tables, reportJson);
            moveIntoPlace(staging);
            fs.delete(new Path(root, JOURNAL), false);
            unlock();
        } catch (IOException e) {
            throw new UncheckedIOException("publishing the output failed: " + e.getMessage(), e);
        }
    }

    /** Writes the report and the plan into staging, then the journal: from here on the publication will complete. */
    void prepare(List<String> tables, String reportJson) throws IOException {
        fs.mkdirs(root);
        writeString(new Path(staging, REPORT), reportJson);
        StringBuilder plan = new StringBuilder();
        for (String table : tables) {
            plan.append(merged.contains(table) ? "partitions " : "table ").append(table).append('\n');
        }
        writeString(new Path(staging, PLAN), plan.toString());
        writeString(new Path(root, MARKER), "written by news-tension; safe to replace by a later run\n");
        writeString(new Path(root, JOURNAL), staging.getName() + "\n");
    }

    /**
     * Carries out a staging folder's publication plan. Every step moves something out of the staging folder, so
     * running it again after an interruption finishes the moves without repeating any.
     */
    private void moveIntoPlace(Path from) throws IOException {
        Path planFile = new Path(from, PLAN);
        if (fs.exists(planFile)) {
            for (String line : readString(planFile).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] step = line.split(" ", 2);
                Path source = new Path(from, step[1]);
                Path target = new Path(root, step[1]);
                if (step[0].equals("partitions") && !partitionNames(target).isEmpty()) {
                    for (String partition : partitionNames(source)) {
                        replace(new Path(source, partition), new Path(target, partition));
                    }
                } else if (fs.exists(source)) {
                    replace(source, target);
                }
            }
            if (fs.exists(new Path(from, REPORT))) {
                replace(new Path(from, REPORT), new Path(root, REPORT));
            }
        }
        fs.delete(from, true);
    }

    private void replace(Path source, Path target) throws IOException {
        if (fs.exists(target) && !fs.delete(target, true)) {
            throw new IOException("cannot delete " + target);
        }
        if (!fs.rename(source, target)) {
            throw new IOException("cannot move " + source + " to " + target);
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

    private String readString(Path path) throws IOException {
        try (java.io.InputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void writeString(Path path, String content) throws IOException {
        try (OutputStream out = fs.create(path, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
