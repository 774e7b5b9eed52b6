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
    private static final RecordFiles AUTO = new RecordFiles(Optional.empty(), FieldMapping.defaults(), 2000);

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

    @Test
    void namedFormatOverridesTheExtension() {
        RecordFiles asText = new RecordFiles(Optional.of(InputFormat.TEXT), FieldMapping.defaults(), 2000);
        List<Row> rows = read(asText, "ccnews.jsonl");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).<String>getAs(TITLE).startsWith("{\"title\": \"Markets rally\""));
    }
}
