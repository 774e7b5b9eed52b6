package io.newstension.ingest;

import static io.newstension.schema.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.SparkTestSession;
import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON-lines file read in many small splits gives the same rows, line numbers and quarantine reasons as one split
 * and as the whole-file reader, with every bad case on and across split boundaries; compressed copies too.
 */
class JsonLinesInputTest {
    private static final String SPLIT_SIZE = "spark.sql.files.maxPartitionBytes";
    private static final int LINES = 400;
    private static SparkSession spark;
    private static TensionConfig config;
    @TempDir
    static Path tmp;
    private static Path plain;
    private static byte[] content;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkTestSession.start();
        config = ConfigLoader.load(null, List.of());
        content = corpus();
        plain = Files.write(tmp.resolve("big.jsonl"), content);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** ~60 KB of articles with a bad case every few lines, so many of them sit on or across 2 KB boundaries. */
    private static byte[] corpus() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 1; i <= LINES; i++) {
            String article = "{\"id\": \"" + i + "\", \"url\": \"https://example.org/a/" + i + "\", \"title\": \"Story " + i
                    + "\", \"maintext\": \"" + "Talks between the two countries went on. ".repeat(1 + i % 5) + "\"}";
            byte[] line = switch (i % 23) {
                case 3 -> "{\"title\": \"Broken".getBytes(StandardCharsets.UTF_8);
                case 5 -> new byte[0];
                case 8 -> (article + "\r").getBytes(StandardCharsets.UTF_8);
                case 13 -> article.replace("Story", "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
                case 17 -> article.replace("Story", "Nul\u0000").getBytes(StandardCharsets.UTF_8);
                case 19 -> "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
                default -> article.getBytes(StandardCharsets.UTF_8);
            };
            out.write(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static Dataset<Row> read(String splitSize, Path... files) {
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            names.add(f.toUri().toString());
        }
        spark.conf().set(SPLIT_SIZE, splitSize);
        try {
            return Ingest.read(spark, names, config.input()).cache();
        } finally {
            spark.conf().unset(SPLIT_SIZE);
        }
    }

    private static List<Row> sorted(Dataset<Row> rows) {
        List<Row> out = new ArrayList<>(rows.collectAsList());
        out.sort(Comparator.comparing((Row r) -> r.<String>getAs(SOURCE_FILE)).thenComparing(r -> r.<Long>getAs(RECORD)));
        return out;
    }

    private static int partitions(String splitSize, Path file) {
        spark.conf().set(SPLIT_SIZE, splitSize);
        try {
            RecordFiles reader = new RecordFiles(Optional.empty(), FieldMapping.defaults(), config.input().maxRawChars());
            return JsonLinesInput.read(spark, List.of(file.toUri().toString()), reader).rdd().getNumPartitions();
        } finally {
            spark.conf().unset(SPLIT_SIZE);
        }
    }

    @Test
    void manySplitsReadLikeOneSplitAndLikeTheWholeFileReader() throws IOException {
        assertTrue(partitions("2k", plain) >= 20, "a 60 KB file in 2 KB splits");
        assertEquals(1, partitions("1g", plain));
        List<Row> split = sorted(read("2k", plain));
        List<Row> one = sorted(read("1g", plain));
        assertEquals(one, split);

        String name = split.get(0).getAs(SOURCE_FILE);
        RecordFiles reader = new RecordFiles(Optional.empty(), FieldMapping.defaults(), config.input().maxRawChars());
        try (InputStream in = Files.newInputStream(plain)) {
            List<Row> whole = new ArrayList<>();
            reader.read(name, in).forEachRemaining(whole::add);
            assertEquals(whole, split, "the whole-file reader's rows, numbers and reasons");
        }
        assertEquals(LINES - LINES / 23 - (LINES % 23 >= 5 ? 1 : 0), split.size(), "one row per non-blank line");
        assertEquals(20L, split.get(18).<Long>getAs(RECORD), "line 5 is blank: no row, but counted");
        assertEquals(3L, quarantined(split, "malformed JSON").get(0).<Long>getAs(RECORD));
        assertEquals(13L, quarantined(split, "not valid UTF-8").get(0).<Long>getAs(RECORD));
        assertEquals(17L, quarantined(split, "NUL bytes in record").get(0).<Long>getAs(RECORD));
        assertEquals(19L, quarantined(split, "not a JSON object").get(0).<Long>getAs(RECORD));
        Row crlf = split.stream().filter(r -> r.<Long>getAs(RECORD) == 8L).findFirst().orElseThrow();
        assertEquals("Story 8", crlf.getAs(TITLE));
        assertNull(crlf.getAs(QUARANTINE_REASON));
    }

    /**
     * Split boundaries placed on purpose: inside the malformed line, exactly at the start of the blank line, between
     * the CR and LF of the CRLF line, inside the non-UTF-8 line and inside the NUL line (their first occurrences).
     */
    @Test
    void boundariesOnEveryBadCaseReadLikeOneSplit() {
        long[] starts = lineStarts();
        List<Row> one = sorted(read("1g", plain));
        long crlfEnd = starts[8] - 1; // the LF of line 8, which ends with CR LF
        for (long boundary : new long[] {starts[2] + 5, starts[4], crlfEnd, starts[12] + 10, starts[16] + 3}) {
            List<Row> split = sorted(read(Long.toString(boundary), plain));
            assertEquals(one, split, "split size " + boundary);
        }
        assertEquals('\r', content[(int) crlfEnd - 1]);
        assertEquals('\n', content[(int) starts[4]], "line 5 is blank");
    }

    /** The byte offset where each line starts: index 0 is line 1. */
    private static long[] lineStarts() {
        long[] starts = new long[LINES];
        int line = 1;
        for (int i = 0; i < content.length - 1 && line < LINES; i++) {
            if (content[i] == '\n') {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private static List<Row> quarantined(List<Row> rows, String reasonStart) {
        return rows.stream().filter(r -> r.<String>getAs(QUARANTINE_REASON) != null
                && r.<String>getAs(QUARANTINE_REASON).startsWith(reasonStart)).toList();
    }

    @Test
    void compressedCopiesGiveTheSameRecords() throws IOException {
        Path gz = tmp.resolve("big.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(content);
        }
        Path bz2 = tmp.resolve("big.jsonl.bz2");
        BZip2Codec codec = new BZip2Codec();
        codec.setConf(new Configuration(false));
        try (OutputStream out = codec.createOutputStream(Files.newOutputStream(bz2))) {
            out.write(content);
        }
        assertEquals(1, partitions("2k", gz), "gzip does not split");
        // The repetitive corpus compresses to a few KB: smaller splits so that bzip2 has several.
        assertTrue(partitions("256", bz2) >= 2, "bzip2 splits: " + Files.size(bz2) + " bytes");
        List<List<Object>> expected = withoutFile(sorted(read("1g", plain)));
        assertEquals(expected, withoutFile(sorted(read("2k", gz))));
        assertEquals(expected, withoutFile(sorted(read("256", bz2))));
    }

    @Test
    void aTruncatedGzipKeepsItsRecordsAndSaysWhereItBroke() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            out.write(content);
        }
        Path cut = Files.write(tmp.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(whole.toByteArray(), whole.size() / 2));
        List<Row> rows = sorted(read("2k", cut));
        Row last = rows.get(rows.size() - 1);
        assertTrue(last.<String>getAs(QUARANTINE_REASON).startsWith("unreadable file after record "), last.toString());
        assertTrue(rows.size() > 10, "the lines before the damage are kept: " + rows.size());
        assertEquals(rows.get(rows.size() - 2).<Long>getAs(RECORD) + 1, last.<Long>getAs(RECORD));
    }

    /** The rows without their source file, which differs between a file and its compressed copy. */
    private static List<List<Object>> withoutFile(List<Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : rows) {
            List<Object> values = new ArrayList<>(scala.collection.JavaConverters.seqAsJavaList(r.toSeq()));
            values.remove(0);
            out.add(values);
        }
        return out;
    }
}
