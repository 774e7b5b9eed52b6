package io.newstension.ingest;

import io.newstension.config.ConfigException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Files that are not data (a README beside the corpus, hidden files) are listed apart so the run report can name them.
 */
public final class InputFiles {
    /** Extensions read as news-please JSON, before an optional compression suffix. */
    static final Set<String> JSON_EXTENSIONS = Set.of("jsonl", "json", "ndjson", "jl");
    static final Set<String> COMPRESSIONS = Set.of("gz", "bz2");

    /** Files to read and files skipped because they are not data. */
    public record Listing(List<String> dataFiles, List<String> ignoredFiles) {}

    private InputFiles() {}

    public static Listing list(List<String> paths, Configuration hadoop) {
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
                            classify(files.next().getPath(), data, ignored);
                        }
                    } else {
                        classify(match.getPath(), data, ignored);
                    }
                }
            } catch (IOException e) {
                throw new ConfigException("input.paths: cannot list " + path + " (" + e.getMessage() + ")", e);
            }
        }
        if (data.isEmpty()) {
            throw new ConfigException("input.paths: no data files (.jsonl, .json, .ndjson, optionally .gz/.bz2) under "
                    + paths + (ignored.isEmpty() ? "" : "; ignored " + ignored));
        }
        return new Listing(List.copyOf(data), List.copyOf(ignored));
    }

    private static void classify(Path file, Set<String> data, Set<String> ignored) {
        String name = file.getName();
        if (name.startsWith(".") || name.startsWith("_")) {
            return;
        }
        (isData(name) ? data : ignored).add(file.toString());
    }

    static boolean isData(String fileName) {
        return JSON_EXTENSIONS.contains(extension(stripCompression(fileName)));
    }

    /** The file name without a trailing .gz/.bz2. */
    static String stripCompression(String fileName) {
        String ext = extension(fileName);
        return COMPRESSIONS.contains(ext) ? fileName.substring(0, fileName.length() - ext.length() - 1) : fileName;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the file is read as one JSON document rather than one JSON object per line. */
    static boolean mayBeWholeDocument(String fileName) {
        return extension(stripCompression(fileName)).equals("json");
    }

    /** Paths of the listing as one comma-separated string, as Spark's file readers take them. */
    public static String joined(List<String> files) {
        return String.join(",", new ArrayList<>(files));
    }
}
