package io.newstension.ingest;

import io.newstension.config.ConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the input paths (files, directories, globs; local or any Hadoop file system) into the sorted list of data
 * files to read, on the driver, before any Spark job runs: a path that matches nothing is a configuration error.
 * Which files are data depends on {@code input.format} (see {@link InputFormat}); the others (a README beside the
 * corpus) are listed apart so the run report can name them. Hidden files and {@code _SUCCESS} markers are skipped.
 */
public final class InputFiles {
    /** Files to read and files skipped because they are not data. */
    public record Listing(List<String> dataFiles, List<String> ignoredFiles) {}

    private InputFiles() {}

    /** Lists the data files under {@code paths} for the format named in {@code input.format}. */
    public static Listing list(List<String> paths, String format, Configuration hadoop) {
        Optional<InputFormat> configured = InputFormat.named(format);
        Set<String> data = new TreeSet<>();
        Set<String> ignored = new TreeSet<>();
        for (String path : paths) {
            try {
                Path p = new Path(path);
                FileSystem fs = p.getFileSystem(hadoop);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new ConfigException("input.paths: nothing matches " + path
                            + "; give an existing file, directory or glob with --input");
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                        while (files.hasNext()) {
                            classify(files.next().getPath(), configured, data, ignored);
                        }
                    } else {
                        classify(match.getPath(), configured, data, ignored);
                    }
                }
            } catch (IOException e) {
                throw new ConfigException("input.paths: cannot list " + path + " (" + e.getMessage() + ")", e);
            }
        }
        if (data.isEmpty()) {
            throw new ConfigException("input.paths: no data files for input.format=" + format
                    + " (.jsonl/.json/.ndjson/.jl, .csv/.tsv, .txt, each optionally .gz/.bz2, or .parquet) under "
                    + paths + (ignored.isEmpty() ? "" : "; ignored " + ignored));
        }
        return new Listing(List.copyOf(data), List.copyOf(ignored));
    }

    private static void classify(Path file, Optional<InputFormat> configured, Set<String> data, Set<String> ignored) {
        String name = file.getName();
        if (name.startsWith(".") || name.startsWith("_")) {
            return;
        }
        (InputFormat.accepts(name, configured) ? data : ignored).add(file.toString());
    }

    /** Paths of the listing as one comma-separated string, as Spark's file readers take them. */
    static String joined(List<String> files) {
        return String.join(",", new ArrayList<>(files));
    }
}
