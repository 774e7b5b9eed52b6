package io.newstension.ingest;

import static org.apache.spark.sql.functions.col;

import com.univocity.parsers.csv.CsvParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.csv.CSVOptions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import scala.collection.JavaConverters;

/**
 * Reads CSV (and {@code .tsv}) files with a header row through Spark's CSV reader into {@link Ingest#PARSED}, each
 * column found by its header name through the {@link FieldMapping} ({@code headline,body,link} needs no
 * configuration). Quoting follows RFC 4180: a field in double quotes may hold the delimiter, newlines and doubled
 * quotes; a backslash is an ordinary character.
 *
 * <p>With {@code multiLine} (the default, {@code input.csv_multiline}) a quoted field may span lines, as article
 * texts in news dumps routinely do; Spark then reads each file whole in one task (a record boundary cannot be found
 * without reading from the start). Without it each line is one record and files are cut into splits of
 * {@code spark.sql.files.maxPartitionBytes} read by many tasks; a quoted newline then breaks its record into
 * malformed rows, which are quarantined.
 *
 * <p>Accounting: a record's number is its row as a spreadsheet shows it, the header being row 1 (so record 2 is the
 * first data row; it is the line number when no field spans lines and no line is blank). Without multiLine a first
 * pass counts the records of each split (one number per split reaches the driver) and the parsing pass numbers each
 * split from there, so the numbers do not depend on how the file is split. A row whose field count differs from the
 * header's is quarantined ({@code malformed CSV: expected 4 fields, got 2}) with its raw text, as is a row holding
 * NUL characters or bytes that are not UTF-8 (Spark decodes them to U+FFFD). Blank lines are no records. Each file's
 * header is read first by a small job, so files with different columns read side by side; an empty or header-only
 * file has no records. A file that cannot be read is one quarantine row, none of its records read: a compressed file
 * is decompressed whole once before Spark reads it, because Spark's reader ends a damaged archive's rows early
 * without an error.
 */
final class CsvInput {
    // Spark's hidden per-file metadata and our own positional columns, not columns of the job, so not in Columns.
    private static final String METADATA_FILE_PATH = "_metadata.file_path";
    private static final String METADATA_BLOCK_START = "_metadata.file_block_start";
    /** Positional column names: header names may be empty, repeated or hold dots, which Spark's schema refuses. */
    private static final String FIELD = "_field";
    private static final String MALFORMED = "_malformed";

    private CsvInput() {}

    static Dataset<Row> read(SparkSession spark, List<String> files, FieldMapping fields, char delimiter,
            boolean multiLine, int maxRaw) {
        List<FileHeader> headers = headers(spark, files, delimiter, multiLine);
        List<Row> unreadable = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, FileHeader> byFile = new HashMap<>();
        for (FileHeader h : headers) {
            if (h.error != null) {
                unreadable.add(Ingest.quarantineRow(h.file, 1, null, "unreadable file after record 0: " + h.error));
            } else if (h.names != null) {
                byFile.put(h.file, h);
                groups.computeIfAbsent(h.delimiter + "/" + h.names.length, k -> new ArrayList<>()).add(h.file);
            }
        }
        Dataset<Row> parsed = spark.createDataFrame(unreadable, Ingest.PARSED);
        for (List<String> group : groups.values()) {
            FileHeader first = byFile.get(group.get(0));
            parsed = parsed.unionByName(readGroup(spark, group, byFile, first.delimiter, first.names.length, fields,
                    multiLine, maxRaw));
        }
        return parsed;
    }

    /** Files of one delimiter and one field count: one Spark read, one schema. */
    private static Dataset<Row> readGroup(SparkSession spark, List<String> files, Map<String, FileHeader> headers,
            char delimiter, int width, FieldMapping fields, boolean multiLine, int maxRaw) {
        List<StructField> schema = new ArrayList<>();
        List<Column> columns = new ArrayList<>(List.of(col(METADATA_FILE_PATH), col(METADATA_BLOCK_START)));
        for (int i = 0; i < width; i++) {
            schema.add(DataTypes.createStructField(FIELD + i, DataTypes.StringType, true));
            columns.add(col(FIELD + i));
        }
        schema.add(DataTypes.createStructField(MALFORMED, DataTypes.StringType, true));
        columns.add(col(MALFORMED));
        Map<String, String> options = new HashMap<>(options(delimiter, multiLine));
        // The header was read per file above and is skipped below: Spark's own header handling would warn about
        // every file whose names differ from the positional schema.
        options.put("header", "false");
        options.put("mode", "PERMISSIVE");
        options.put("columnNameOfCorruptRecord", MALFORMED);
        // One RDD for both passes: its splits are planned once, so the counts and the numbering see the same splits.
        JavaRDD<Row> rows = spark.read().format("csv").options(options).schema(DataTypes.createStructType(schema))
                .load(files.toArray(String[]::new)).select(columns.toArray(Column[]::new)).javaRDD();
        Map<String, Long> firstRecords = multiLine ? Map.of() : SplitLines.firstLines(rows.mapPartitions(it -> {
            List<SplitLines> counts = new ArrayList<>();
            Split split = new Split(it);
            String file = null;
            long start = 0;
            long records = 0;
            while (split.hasNext()) {
                split.next();
                if (split.position == 1 && file != null) {
                    counts.add(new SplitLines(file, start, records));
                }
                file = split.file;
                start = split.blockStart;
                records = split.position;
            }
            if (file != null) {
                counts.add(new SplitLines(file, start, records));
            }
            return counts.iterator();
        }).collect());
        Map<String, FileHeader> groupHeaders = new HashMap<>();
        files.forEach(f -> groupHeaders.put(f, headers.get(f)));
        JavaRDD<Row> parsed = rows.mapPartitions(it -> {
            Split split = new Split(it);
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return split.hasNext();
                }

                @Override
                public Row next() {
                    Row r = split.next();
                    // The split's first record is the file's record number `first` (1-based, header excluded);
                    // the header being row 1, the record's row is one more than its number.
                    long first = multiLine ? 1 : firstRecords.get(SplitLines.key(split.file, split.blockStart));
                    long record = first + split.position;
                    FileHeader header = groupHeaders.get(split.file);
                    if (header == null) {
                        throw new IllegalStateException("CSV file " + split.file + " read by Spark is none of the "
                                + "listed files " + groupHeaders.keySet());
                    }
                    return header.toParsed(split.file, record, r, fields, maxRaw);
                }
            };
        });
        return spark.createDataFrame(parsed, Ingest.PARSED);
    }

    /**
     * The records of one partition (blank lines and headers left out), with the file and split each comes from and
     * its 1-based position among the split's records; a partition holds whole splits, each read in order.
     */
    private static final class Split implements Iterator<Row> {
        private final Iterator<Row> rows;
        private Row next;
        private String metadataPath;
        private String headerSeen;
        String file;
        long blockStart;
        long position;

        Split(Iterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            String path = r.getString(0);
            long start = r.getLong(1);
            if (!path.equals(metadataPath) || start != blockStart) {
                metadataPath = path;
                file = fileName(path);
                blockStart = start;
                position = 0;
            }
            position++;
            return r;
        }

        /** The next record: blank lines are none, and neither is a file's header, its first row at offset 0. */
        private Row advance() {
            while (rows.hasNext()) {
                Row r = rows.next();
                String malformed = r.getString(r.length() - 1);
                if (malformed != null && malformed.isBlank()) {
                    continue;
                }
                if (r.getLong(1) == 0 && !r.getString(0).equals(headerSeen)) {
                    headerSeen = r.getString(0);
                    continue;
                }
                return r;
            }
            return null;
        }
    }

    /** The file name as the other readers give it ({@code file:/a b.csv}), from Spark's URL-encoded form. */
    private static String fileName(String metadataPath) {
        return new Path(URI.create(metadataPath)).toString();
    }

    /** The reader options Spark's CSV reader and the header reader share. */
    private static Map<String, String> options(char delimiter, boolean multiLine) {
        return Map.of(
                "sep", String.valueOf(delimiter),
                "quote", "\"",
                // RFC 4180: a quote inside a quoted field is doubled; Spark's default escape, a backslash, is not CSV.
                "escape", "\"",
                "multiLine", String.valueOf(multiLine),
                // Records end at LF, whatever the first line ends with (Univocity would otherwise take the first
                // line's ending for the whole file, and a CRLF file's LF-only row would swallow the next one); a CR
                // before the LF is dropped from the last value below, as from the header names.
                "lineSep", "\n",
                "encoding", "UTF-8");
    }

    /** Spark's own parser settings for these options, so a header is read as Spark reads the rows under it. */
    private static CsvParser parser(char delimiter, boolean multiLine) {
        scala.collection.immutable.Map<String, String> options = JavaConverters.mapAsScalaMapConverter(
                options(delimiter, multiLine)).asScala().toMap(scala.Predef.$conforms());
        return new CsvParser(new CSVOptions(options, false, "UTC").asParserSettings());
    }

    /** Each file's header, read by tasks (a few kilobytes per file), never on the driver. */
    private static List<FileHeader> headers(SparkSession spark, List<String> files, char delimiter, boolean multiLine) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
        int tasks = Math.max(1, Math.min(files.size(), jsc.defaultParallelism()));
        return jsc.parallelize(files, tasks)
                .map(file -> FileHeader.read(file, delimiterOf(file, delimiter), multiLine, hadoop.get())).collect();
    }

    /** {@code .tsv} files are always tab-separated; others use {@code input.csv_delimiter}. */
    static char delimiterOf(String file, char configured) {
        return InputFormat.extension(InputFormat.stripCompression(file)).equals("tsv") ? '\t' : configured;
    }

    /**
     * One file's header (null for an empty file) or why it cannot be read; turns the file's rows into parsed rows.
     * A class, not a record: Kryo (the job's serializer, which carries task results) cannot build records.
     */
    static final class FileHeader implements Serializable {
        private static final long serialVersionUID = 1L;

        final String file;
        final char delimiter;
        final boolean multiLine;
        final String[] names;
        final String error;
        private transient Map<String, Integer> index;
        private transient CsvParser parser;

        FileHeader(String file, char delimiter, boolean multiLine, String[] names, String error) {
            this.file = file;
            this.delimiter = delimiter;
            this.multiLine = multiLine;
            this.names = names;
            this.error = error;
        }

        static FileHeader read(String file, char delimiter, boolean multiLine, Configuration conf) {
            Path path = new Path(file);
            String name = path.toString();
            try {
                FileSystem fs = path.getFileSystem(conf);
                name = fs.makeQualified(path).toString();
                CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
                if (codec != null) {
                    // Spark's reader ends a damaged archive's rows early without an error: check it whole first.
                    try (InputStream in = codec.createInputStream(fs.open(path))) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                try (InputStream raw = fs.open(path);
                        InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
                    CsvParser parser = parser(delimiter, multiLine);
                    parser.beginParsing(new InputStreamReader(in, StandardCharsets.UTF_8));
                    String[] names = parser.parseNext();
                    parser.stopParsing();
                    return new FileHeader(name, delimiter, multiLine, names, null);
                }
            } catch (Exception e) { // an unreadable or damaged file: quarantined, not fatal
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new FileHeader(name, delimiter, multiLine, null, message.split("\n", 2)[0]);
            }
        }

        /** The column of each header name, lower case and stripped (a BOM too); the first of a repeated name wins. */
        private Map<String, Integer> index() {
            if (index == null) {
                index = new HashMap<>();
                for (int i = 0; i < names.length; i++) {
                    String n = names[i] == null ? "" : names[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                    index.putIfAbsent(n, i);
                }
            }
            return index;
        }

        /** The parsed row of one record read under this header: an article, or a quarantine row saying why not. */
        Row toParsed(String source, long record, Row row, FieldMapping fields, int maxRaw) {
            String malformed = row.getString(row.length() - 1);
            if (malformed != null) {
                if (parser == null) {
                    parser = parser(delimiter, multiLine);
                }
                String[] got = parser.parseLine(malformed);
                String raw = malformed.endsWith("\r") ? malformed.substring(0, malformed.length() - 1) : malformed;
                return quarantine(source, record, raw, maxRaw, "malformed CSV: expected " + names.length
                        + " fields, got " + (got == null ? 0 : got.length));
            }
            String[] values = new String[names.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getString(2 + i);
            }
            String last = values[values.length - 1];
            if (last != null && last.endsWith("\r")) {
                // The CR of a CRLF line end (records are split at LF).
                values[values.length - 1] = last.substring(0, last.length() - 1);
            }
            String raw = String.join(String.valueOf(delimiter), Arrays.stream(values)
                    .map(v -> v == null ? "" : v).toList());
            if (raw.indexOf('\u0000') >= 0) {
                return quarantine(source, record, raw.replace('\u0000', ' '), maxRaw, "NUL bytes in record");
            }
            if (raw.indexOf('\uFFFD') >= 0) {
                return quarantine(source, record, raw, maxRaw, "not valid UTF-8");
            }
            ParseResult result = fields.article(column -> {
                Integer i = index().get(column.toLowerCase(Locale.ROOT));
                return i == null ? null : values[i];
            });
            if (!result.isOk()) {
                return quarantine(source, record, raw, maxRaw, result.quarantineReason());
            }
            RawArticle a = result.article();
            return RowFactory.create(source, record, null, null, a.id(), a.url(), a.sourceDomain(), a.title(), a.text(),
                    a.description(), a.datePublish(), a.dateModify(), a.dateDownload(), a.language());
        }

        private static Row quarantine(String source, long record, String raw, int maxRaw, String reason) {
            return Ingest.quarantineRow(source, record, raw.length() > maxRaw ? raw.substring(0, maxRaw) : raw, reason);
        }
    }
}
