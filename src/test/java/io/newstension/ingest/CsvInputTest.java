package io.newstension.ingest;

import static io.newstension.schema.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.Fuzz;
import io.newstension.SparkTestSession;
import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV through Spark's reader: the articles, quarantine rows and reasons the job's former CSV parser gave for the same
 * files (records now numbered as spreadsheet rows, the header being row 1), and a file of one-line records read in
 * many splits numbered exactly like one split and like the multi-line reader.
 */
class CsvInputTest {
    private static final String SPLIT_SIZE = "spark.sql.files.maxPartitionBytes";
    private static final int ROWS = 600;
    private static SparkSession spark;
    private static TensionConfig multiLine;
    private static TensionConfig singleLine;
    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
        multiLine = ConfigLoader.load(null, List.of());
        singleLine = ConfigLoader.load(null, List.of(ConfigLoader.Override.parse("input.csv_multiline=false")));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(tmp.resolve(name), content);
    }

    private static Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Row> read(TensionConfig config, String splitSize, Path... files) {
        // As InputFiles lists them: Hadoop paths, not URIs (a space stays a space).
        List<String> names = Arrays.stream(files).map(f -> "file:" + f.toAbsolutePath()).toList();
        spark.conf().set(SPLIT_SIZE, splitSize);
        try {
            List<Row> rows = new ArrayList<>(Ingest.read(spark, names, config.input()).collectAsList());
            rows.sort(Comparator.comparing((Row r) -> r.<String>getAs(SOURCE_FILE)).thenComparing(r -> r.<Long>getAs(RECORD)));
            return rows;
        } finally {
            spark.conf().unset(SPLIT_SIZE);
        }
    }

    private static List<Row> read(Path... files) {
        return read(multiLine, "128m", files);
    }

    /** Fails on the first row that differs, naming it, rather than printing both lists whole. */
    private static void assertSameRows(List<Row> expected, List<Row> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", row " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": row count");
    }

    /** A row as [record, reason, raw, title, text, url, date] for compact comparisons. */
    private static List<Object> summary(Row r) {
        return Arrays.asList(r.getAs(RECORD), r.getAs(QUARANTINE_REASON), r.getAs(RAW), r.getAs(TITLE), r.getAs(TEXT),
                r.getAs(URL), r.getAs(RAW_DATE_PUBLISH));
    }

    @Test
    void quotedNewlinesQuotesAndMalformedRowsGiveTheFormerParsersRows() throws IOException {
        Path news = write("news.csv", "headline,body,link,published\n"
                + "\"Ministers meet\",\"The ministers met in Vienna.\nThey spoke about \"\"trade\"\" and energy.\","
                + "https://example.org/csv/1,2020-02-01\n"
                + "Second row,A single-line article text about the harvest.,https://example.org/csv/2,2020-02-02\n"
                + "Too few fields,only two\n"
                + "\n"
                + "\"Quoted, comma\",\"Text with a \"\"quote\"\", a comma and a back\\slash\",https://example.org/csv/3,"
                + "\"2020-02-03\"\r\n"
                + "Too,many,fields,here,extra\r\n"
                + "No text,,,\n"
                + ",,,\n"
                + "\"Last\",\"Text on\n\ntwo paragraphs\",https://example.org/csv/4,2020-02-04");
        List<Row> rows = read(news);
        assertEquals("file:" + news, rows.get(0).getAs(SOURCE_FILE));
        String noFields = "no article fields: none of [maintext, text, content, body], [title, headline], [url, link]"
                + " has a value";
        // The former parser's rows, numbered by first line (2, 4, 5, 7, 8, 9, 10, 11): now rows 2 to 9.
        assertEquals(List.of(
                Arrays.asList(2L, null, null, "Ministers meet",
                        "The ministers met in Vienna.\nThey spoke about \"trade\" and energy.",
                        "https://example.org/csv/1", "2020-02-01"),
                Arrays.asList(3L, null, null, "Second row", "A single-line article text about the harvest.",
                        "https://example.org/csv/2", "2020-02-02"),
                Arrays.asList(4L, "malformed CSV: expected 4 fields, got 2", "Too few fields,only two",
                        null, null, null, null),
                Arrays.asList(5L, null, null, "Quoted, comma", "Text with a \"quote\", a comma and a back\\slash",
                        "https://example.org/csv/3", "2020-02-03"),
                Arrays.asList(6L, "malformed CSV: expected 4 fields, got 5", "Too,many,fields,here,extra",
                        null, null, null, null),
                Arrays.asList(7L, null, null, "No text", "", null, null),
                Arrays.asList(8L, noFields, ",,,", null, null, null, null),
                Arrays.asList(9L, null, null, "Last", "Text on\n\ntwo paragraphs", "https://example.org/csv/4",
                        "2020-02-04")),
                rows.stream().map(CsvInputTest::summary).toList());
    }

    @Test
    void emptyAndHeaderOnlyFilesHaveNoRecordsBesideOthers() throws IOException {
        Path empty = write("empty.csv", "");
        Path headerOnly = write("header-only.csv", "title,text,url\n");
        Path blank = write("blank.csv", "\n\n");
        Path other = write("other columns.csv", "url,title\nhttps://example.org/o/1,Other columns\n");
        List<Row> rows = read(empty, headerOnly, blank, other);
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("file:" + other, 2L, "Other columns", "https://example.org/o/1"), Arrays.asList(
                rows.get(0).getAs(SOURCE_FILE), rows.get(0).getAs(RECORD), rows.get(0).getAs(TITLE), rows.get(0).getAs(URL)));
    }

    @Test
    void tsvWithBomCapitalisedHeaderNulAndLatin1() throws IOException {
        ByteArrayOutputStream tsv = new ByteArrayOutputStream();
        tsv.write(("\uFEFFTitle\tText\tURL\tID\r\n"
                + "Tab one\tA text with, commas\thttps://example.org/tsv/1\tt1\n"
                + "Nul\tA text with a \u0000 NUL\thttps://example.org/tsv/2\tt2\r\n").getBytes(StandardCharsets.UTF_8));
        tsv.write("Caf\u00e9\tLatin-1 text\thttps://example.org/tsv/3\tt3\r\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Row> rows = read(write("mixed.tsv", tsv.toByteArray()));
        assertEquals(3, rows.size(), rows.toString());
        // CRLF file with one LF row: no row absorbs the next, no value keeps a CR.
        assertEquals(List.of("Tab one", "A text with, commas", "https://example.org/tsv/1", "t1"),
                List.of(rows.get(0).getAs(TITLE), rows.get(0).getAs(TEXT), rows.get(0).getAs(URL), rows.get(0).getAs(RAW_ID)));
        assertEquals(Arrays.asList(3L, "NUL bytes in record", "Nul\tA text with a   NUL\thttps://example.org/tsv/2\tt2"),
                summary(rows.get(1)).subList(0, 3));
        assertEquals(Arrays.asList(4L, "not valid UTF-8", "Caf\uFFFD\tLatin-1 text\thttps://example.org/tsv/3\tt3"),
                summary(rows.get(2)).subList(0, 3));
    }

    @Test
    void aCompressedCopyReadsLikeTheOriginal() throws IOException {
        String csv = "title,text,url\nGzipped,\"A text\non two lines\",https://example.org/gz/1\nshort\n";
        Path plain = write("copy.csv", csv);
        Path gz = tmp.resolve("copy.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(read(plain).stream().map(CsvInputTest::summary).toList(),
                read(gz).stream().map(CsvInputTest::summary).toList());
        Path broken = write("broken.csv.gz", "not gzip at all");
        Row unreadable = read(broken).get(0);
        assertTrue(unreadable.<String>getAs(QUARANTINE_REASON).startsWith("unreadable file after record 0"),
                unreadable.toString());
    }

    /** Spark's reader ends a damaged archive's rows early without an error: the file is checked whole before. */
    @Test
    void aCompressedCsvDamagedAfterItsHeaderIsOneQuarantineRowNotSilentlyShort() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(whole)) {
            out.write(Files.readAllBytes(oneLineRecords()));
        }
        Path cut = write("cut.csv.gz", Arrays.copyOf(whole.toByteArray(), whole.size() / 2));
        List<Row> rows = read(cut);
        assertEquals(1, rows.size(), rows.size() + " rows: " + rows.subList(0, Math.min(3, rows.size())));
        assertEquals(1L, rows.get(0).<Long>getAs(RECORD));
        assertTrue(rows.get(0).<String>getAs(QUARANTINE_REASON).startsWith("unreadable file after record 0: "),
                rows.get(0).toString());
    }

    /** ~70 KB of one-line records with a bad case every few rows, many of them on or across 2 KB boundaries. */
    private static Path oneLineRecords() throws IOException {
        StringBuilder csv = new StringBuilder("id,title,text,url\n");
        for (int i = 1; i <= ROWS; i++) {
            String row = i + ",Story " + i + ",\"" + "Talks between the two countries, went on. ".repeat(1 + i % 5)
                    + "\",https://example.org/a/" + i;
            csv.append(switch (i % 23) {
                case 3 -> i + ",Broken row";
                case 5 -> "";
                case 8 -> row + "\r";
                case 11 -> ",,,";
                case 17 -> row.replace("Story", "Nul\u0000");
                default -> row;
            }).append('\n');
        }
        return write("one-line.csv", csv.toString());
    }

    @Test
    void manySplitsOfOneLineRecordsReadLikeOneSplitAndLikeTheMultiLineReader() throws IOException {
        Path file = oneLineRecords();
        spark.conf().set(SPLIT_SIZE, "2k");
        try {
            int partitions = Ingest.read(spark, List.of("file:" + file), singleLine.input()).rdd().getNumPartitions();
            assertTrue(partitions >= 20, "a 70 KB file in 2 KB splits: " + partitions + " tasks");
        } finally {
            spark.conf().unset(SPLIT_SIZE);
        }
        List<Row> split = read(singleLine, "2k", file);
        assertSameRows(read(singleLine, "1g", file), split, "one split");
        assertSameRows(read(multiLine, "2k", file), split, "the multi-line reader's rows, numbers and reasons");
        int blank = ROWS / 23 + (ROWS % 23 >= 5 ? 1 : 0);
        assertEquals(ROWS - blank, split.size(), "one row per non-blank line");
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), split.subList(0, 5).stream().map(r -> r.<Long>getAs(RECORD)).toList());
        assertEquals("Story 6", split.get(4).getAs(TITLE), "line 6 is blank: no record, not counted");
        assertEquals(List.of(4L, "malformed CSV: expected 4 fields, got 2", "3,Broken row"),
                summary(split.get(2)).subList(0, 3));
        assertEquals("Story 8", split.get(6).getAs(TITLE));
        assertNull(split.get(6).getAs(QUARANTINE_REASON), "CRLF");
        assertEquals("NUL bytes in record", split.get(15).getAs(QUARANTINE_REASON));
        for (int i = 0; i < split.size(); i++) {
            assertEquals(i + 2L, split.get(i).<Long>getAs(RECORD), "records are numbered without gaps");
        }
    }

    @Test
    void withoutMultiLineAQuotedNewlineIsQuarantinedNotLost() throws IOException {
        Path file = write("split-record.csv", "title,text,url\nOne,\"first line\nsecond line\",https://example.org/1\n"
                + "Two,fine,https://example.org/2\n");
        List<Row> rows = read(singleLine, "128m", file);
        assertEquals(List.of(2L, 3L, 4L), rows.stream().map(r -> r.<Long>getAs(RECORD)).toList());
        assertTrue(rows.get(0).<String>getAs(QUARANTINE_REASON).startsWith("malformed CSV"), rows.toString());
        assertTrue(rows.get(1).<String>getAs(QUARANTINE_REASON).startsWith("malformed CSV"), rows.toString());
        assertEquals("Two", rows.get(2).getAs(TITLE));
    }

    /** The CSV fuzz seeds, each a file's rows under a header: every record an article or a reason, never a failure. */
    @Test
    void seedRowsAreArticlesOrQuarantinedNeverAFailure() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String seed : Fuzz.seeds("csv.txt")) {
            files.add(write("seed-" + files.size() + ".csv", "title,text,url\n" + seed));
        }
        List<Row> rows = read(files.toArray(Path[]::new));
        assertTrue(rows.size() >= files.size() - 1, rows.toString());
        for (Row r : rows) {
            assertTrue(r.<Long>getAs(RECORD) >= 2, r.toString());
            String reason = r.getAs(QUARANTINE_REASON);
            assertTrue(reason != null ? !reason.isBlank() : r.getAs(TEXT) != null, r.toString());
        }
    }
}
