package io.newstension.ingest;

import static io.newstension.schema.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

/** Each format and bad case read from the fixture files, without Spark. */
class RecordFilesTest {
    private static final RecordFiles AUTO = new RecordFiles(Optional.empty(), FieldMapping.defaults(), ',', 2000);

    static List<Row> read(RecordFiles reader, String fixture) {
        try (InputStream in = RecordFilesTest.class.getResourceAsStream("/fixtures/ingest/" + fixture)) {
            List<Row> rows = new java.util.ArrayList<>();
            reader.read(fixture, in).forEachRemaining(rows::add);
            return rows.stream()
                    .map(r -> (Row) new GenericRowWithSchema(
                            scala.collection.JavaConverters.seqAsJavaList(r.toSeq()).toArray(), Ingest.PARSED))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String reason(Row r) {
        return r.getAs(QUARANTINE_REASON);
    }

    @Test
    void newsPleaseLinesWithEveryBadCase() {
        List<Row> rows = read(AUTO, "newsplease.jsonl");
        assertEquals(6, rows.size(), "the blank line is no record");
        assertNull(reason(rows.get(0)));
        assertEquals("New sanctions announced", rows.get(0).getAs(TITLE));
        assertEquals(1L, (long) rows.get(0).getAs(RECORD));
        assertTrue(reason(rows.get(1)).startsWith("malformed JSON"), reason(rows.get(1)));
        assertTrue(rows.get(1).<String>getAs(RAW).startsWith("{\"url\": \"https://example.org/broken\""));
        assertEquals("not a JSON object: array", reason(rows.get(2)));
        assertNull(reason(rows.get(3)), "empty text is an article, skipped later");
        assertEquals("", rows.get(3).getAs(TEXT));
        assertTrue(reason(rows.get(4)).startsWith("no article fields"));
        assertTrue(rows.get(5).<String>getAs(TEXT).contains("\u0000"), "an escaped NUL reaches the cleaner");
    }

    @Test
    void prettyPrintedJsonAndCcNews() {
        List<Row> pretty = read(AUTO, "newsplease-pretty.json");
        assertEquals(1, pretty.size());
        assertEquals("Pretty printed", pretty.get(0).getAs(TITLE));
        List<Row> cc = read(AUTO, "ccnews.jsonl");
        assertEquals(2, cc.size());
        assertEquals("news.example.net", cc.get(0).getAs(RAW_SOURCE_DOMAIN));
        assertEquals("2019-11-08 17:05:00", cc.get(0).getAs(RAW_DATE_PUBLISH));
    }

    @Test
    void csvWithHeaderMultiLineFieldAndShortRow() {
        List<Row> rows = read(AUTO, "articles.csv");
        assertEquals(3, rows.size(), "the header is no record");
        assertEquals("Ministers meet", rows.get(0).getAs(TITLE));
        assertEquals("The ministers met in Vienna.\nThey spoke about \"trade\" and energy.", rows.get(0).getAs(TEXT));
        assertEquals("https://example.org/csv/1", rows.get(0).getAs(URL));
        assertEquals("2020-02-01", rows.get(0).getAs(RAW_DATE_PUBLISH));
        assertEquals(4L, (long) rows.get(1).getAs(RECORD), "records are numbered by their first line");
        assertEquals("malformed CSV: expected 4 fields, got 2", reason(rows.get(2)));
    }

    @Test
    void textFile() {
        List<Row> rows = read(AUTO, "article.txt");
        assertEquals(1, rows.size());
        assertEquals("Council approves budget", rows.get(0).getAs(TITLE));
        assertNull(rows.get(0).getAs(URL));
    }

    @Test
    void compressedCopiesReadLikeTheOriginals() {
        assertEquals(read(AUTO, "ccnews.jsonl").get(1).<String>getAs(TEXT),
                read(AUTO, "compressed/ccnews.jsonl.gz").get(1).<String>getAs(TEXT));
        assertEquals(read(AUTO, "articles.csv").get(0).<String>getAs(TEXT),
                read(AUTO, "compressed/articles.csv.bz2").get(0).<String>getAs(TEXT));
        assertEquals("Council approves budget", read(AUTO, "compressed/article.txt.gz").get(0).getAs(TITLE));
        assertEquals("Pretty printed", read(AUTO, "compressed/newsplease-pretty.json.bz2").get(0).getAs(TITLE));
    }

    @Test
    void brokenBytesAndArchivesAreQuarantinedNotFatal() {
        List<Row> latin1 = read(AUTO, "bad-utf8.jsonl");
        assertEquals("not valid UTF-8", reason(latin1.get(0)));
        assertNull(reason(latin1.get(1)));
        assertEquals("NUL bytes in record", reason(read(AUTO, "nul.jsonl").get(0)));
        List<Row> truncated = read(AUTO, "compressed/truncated.jsonl.gz");
        assertTrue(reason(truncated.get(truncated.size() - 1)).startsWith("unreadable file after record"));
    }

    /** A large CSV is read as its rows are asked for: the first row costs a buffer, not the file. */
    @Test
    void rowsAreReadWhenAskedForAndTheFileIsClosedAfterTheLast() {
        StringBuilder csv = new StringBuilder("title,text,url\n");
        int rows = 40_000;
        for (int i = 1; i <= rows; i++) {
            csv.append("Story ").append(i).append(",\"Talks went on,\nand on.\",https://example.org/").append(i).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long[] consumed = {0};
        boolean[] closed = {false};
        InputStream counting = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(0, n);
                return n;
            }

            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        java.util.Iterator<Row> it = AUTO.read("big.csv", counting);
        Row first = it.next();
        assertEquals(2L, first.getLong(Ingest.PARSED.fieldIndex(RECORD)), "line 1 is the header");
        assertEquals("Talks went on,\nand on.", first.getString(Ingest.PARSED.fieldIndex(TEXT)));
        assertTrue(consumed[0] < bytes.length / 10, consumed[0] + " of " + bytes.length + " bytes read for one row");
        long n = 1;
        Row last = first;
        while (it.hasNext()) {
            last = it.next();
            n++;
        }
        assertEquals(rows, n);
        assertEquals(2L * rows, last.getLong(Ingest.PARSED.fieldIndex(RECORD)), "each record spans two lines");
        assertTrue(closed[0]);
    }

    @Test
    void namedFormatOverridesTheExtension() {
        RecordFiles asText = new RecordFiles(Optional.of(InputFormat.TEXT), FieldMapping.defaults(), ',', 2000);
        List<Row> rows = read(asText, "ccnews.jsonl");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).<String>getAs(TITLE).startsWith("{\"title\": \"Markets rally\""));
    }
}
