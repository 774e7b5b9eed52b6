package io.newstension.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.Fuzz;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.apache.spark.sql.Row;

/**
 * Fuzz properties of the readers' record parsing: {@link JsonArticleParser}, {@link TextFileParser},
 * {@link RecordReader} and a whole file through {@link RecordFiles}. A bad record becomes a quarantine
 * {@link ParseResult} or row, never an exception. (CSV goes through Spark's reader: {@code CsvInputTest} reads the
 * CSV seeds.)
 */
@Tag(Fuzz.TAG)
class RecordParsingFuzzTest {
    private static final FieldMapping FIELDS = FieldMapping.defaults();
    private static final long SMALL_RECORD = 64;

    @Property
    void aJsonRecordIsAnArticleOrAQuarantineReason(@ForAll("json") String json) {
        ParseResult r = JsonArticleParser.parse(json, FIELDS);
        if (r.isOk()) {
            RawArticle a = r.article();
            assertNotNull(a.text());
            assertTrue(!a.text().isBlank() || notBlank(a.title()) || notBlank(a.url()), a.toString());
        } else {
            assertFalse(r.quarantineReason().isBlank());
        }
    }

    @Property
    void nestingBeyondTheLimitIsQuarantinedNotFatal(@ForAll("depths") int depth, @ForAll boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        String json = "{\"title\": \"t\", \"x\": " + open.repeat(depth) + "1" + close.repeat(depth) + "}";
        ParseResult r = JsonArticleParser.parse(json, FIELDS);
        assertEquals(depth < 64, r.isOk(), depth + " levels: " + r.quarantineReason());
    }

    @Property
    void aTextFileGivesItsFirstNonBlankLineAsTitle(@ForAll("texts") String content) {
        ParseResult r = TextFileParser.parse(content);
        if ((content.startsWith("\uFEFF") ? content.substring(1) : content).isBlank()) {
            assertFalse(r.isOk());
            return;
        }
        assertTrue(r.isOk(), r.quarantineReason());
        String title = r.article().title();
        assertFalse(title.isEmpty() || title.contains("\n"));
        assertEquals(title.strip(), title);
        assertTrue(content.contains(title));
    }

    @Property
    void lineRecordsAreTheNonBlankLinesNumbered(@ForAll("lines") List<String> lines) throws IOException {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        List<RecordReader.Record> got = new ArrayList<>();
        new RecordReader(SMALL_RECORD).lines(new ByteArrayInputStream(bytes)).forEachRemaining(got::add);
        assertEquals(expectedRecords(lines), got);
    }

    @Property
    void anyBytesReadWithoutFailing(@ForAll("bytes") byte[] bytes, @ForAll boolean whole)
            throws IOException {
        List<RecordReader.Record> got = new ArrayList<>();
        RecordReader reader = new RecordReader(SMALL_RECORD);
        reader.lines(new ByteArrayInputStream(bytes)).forEachRemaining(got::add);
        reader.json(new ByteArrayInputStream(bytes), whole).forEachRemaining(got::add);
        reader.whole(new ByteArrayInputStream(bytes)).forEachRemaining(got::add);
        for (RecordReader.Record r : got) {
            assertTrue(r.number() >= 1);
            assertTrue(r.error() != null || (r.text() != null && r.text().indexOf('\u0000') < 0), r.toString());
        }
    }

    @Property
    void aWholeFileBecomesRowsNeverAnException(@ForAll("fileNames") String name, @ForAll("fileContents") byte[] content) {
        RecordFiles files = new RecordFiles(Optional.empty(), FIELDS, 100);
        List<Row> rows = new ArrayList<>();
        files.read(name, new ByteArrayInputStream(content)).forEachRemaining(rows::add);
        long previous = 0;
        for (Row row : rows) {
            assertEquals(Ingest.PARSED.size(), row.size());
            long number = row.getLong(1);
            assertTrue(number > previous || row.getString(3) != null, "record numbers rise: " + rows);
            previous = Math.max(previous, number);
            String reason = row.getString(3);
            String raw = row.getString(2);
            assertTrue(reason != null || row.getString(8) != null, "an article has a text: " + row);
            assertTrue(raw == null || raw.length() <= 100, "raw is truncated to max_raw_chars");
        }
    }

    @Example
    void seedRecordsParseOrAreQuarantined() {
        for (String seed : Fuzz.seeds("records.jsonl")) {
            aJsonRecordIsAnArticleOrAQuarantineReason(seed);
        }
        for (String seed : Fuzz.seeds("texts.txt")) {
            aTextFileGivesItsFirstNonBlankLineAsTitle(seed);
        }
    }

    @Example
    void aHundredThousandOpenBracketsAreQuarantined() {
        ParseResult r = JsonArticleParser.parse("[".repeat(100_000), FIELDS);
        assertTrue(r.quarantineReason().startsWith("malformed JSON"), r.quarantineReason());
        ParseResult o = JsonArticleParser.parse("{\"a\":".repeat(100_000), FIELDS);
        assertTrue(o.quarantineReason().startsWith("malformed JSON"), o.quarantineReason());
    }

    /** What {@link RecordReader#lines} should give for these lines joined by newlines. */
    private static List<RecordReader.Record> expectedRecords(List<String> lines) {
        List<RecordReader.Record> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            byte[] b = lines.get(i).getBytes(StandardCharsets.UTF_8);
            String text = new String(b, StandardCharsets.UTF_8);
            if (text.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) {
                continue;
            }
            if (b.length > SMALL_RECORD) {
                out.add(new RecordReader.Record(i + 1, null, "record larger than " + SMALL_RECORD + " bytes"));
                continue;
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            boolean nul = text.indexOf('\u0000') >= 0;
            out.add(new RecordReader.Record(i + 1, nul ? text.replace('\u0000', ' ') : text, nul ? "NUL bytes in record" : null));
        }
        return out;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    @Provide
    Arbitrary<String> json() {
        return Fuzz.withSeeds("records.jsonl", Arbitraries.oneOf(jsonObject(3), jsonObject(3).flatMap(this::mutated),
                Fuzz.messyText(60)));
    }

    private Arbitrary<String> mutated(String json) {
        return Arbitraries.integers().between(0, json.length()).flatMap(at -> Arbitraries.oneOf(
                Arbitraries.just(json.substring(0, at)),
                Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "\\", "\\u00", "\n", "\u0000", "NaN", "/*")
                        .map(s -> json.substring(0, at) + s + json.substring(at))));
    }

    private Arbitrary<String> jsonObject(int depth) {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("url", "title", "maintext", "text", "content", "body",
                "date_publish", "date", "id", "language", "link", "headline", "domain"), Arbitraries.strings().alpha().ofMaxLength(5));
        Arbitrary<String> value = depth == 0 ? scalar() : Arbitraries.oneOf(scalar(), scalar(), jsonObject(depth - 1),
                Arbitraries.lazy(() -> scalar().list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")));
        return Combinators.combine(key, value).as((k, v) -> "\"" + k + "\": " + v).list().ofMaxSize(6)
                .map(l -> "{" + String.join(", ", l) + "}");
    }

    private Arbitrary<String> scalar() {
        return Arbitraries.oneOf(
                Fuzz.messyText(30).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""),
                Arbitraries.of("null", "true", "false", "0", "-1.5e300", "1e999", "\"None\"", "\"\"", "\" \"",
                        "\"\\u0000\"", "\"\\ud800\"", "\"2021-05-20 17:00:00\"", "\"https://example.org/a\""),
                Arbitraries.longs().map(String::valueOf));
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 200), Arbitraries.of(62, 63, 64, 65, 1000, 20_000));
    }

    @Provide
    Arbitrary<String> csvRecords() {
        return Fuzz.withSeeds("csv.txt", Arbitraries.oneOf(
                Fuzz.joined(Arbitraries.oneOf(Arbitraries.of("\"", "\"\"", ",", ";", "\n", "a", " ", "\t")), 12),
                Fuzz.messyText(40)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Fuzz.withSeeds("texts.txt", Fuzz.messyText(120));
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.oneOf(Fuzz.messyText(80), Arbitraries.of("", " ", "\t\r", "\uFEFF", "\uFEFF{}", "a\r", "\u0000"))
                .map(s -> s.replace("\n", ""))
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Fuzz.messyText(200).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Fuzz.joined(Arbitraries.of("\"", "\n", "{", "}", "a", "\r", "\u00ff", "\u0000", "\uFEFF"), 40)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<String> fileNames() {
        // No CSV names: CSV files go through Spark's reader, never RecordFiles.
        return Arbitraries.of("a.jsonl", "a.json", "a.ndjson", "a.txt", "a", "a.json.gz", "a.txt.bz2", "a.parquet",
                "dir.v2/a", "a.JSONL");
    }

    @Provide
    Arbitrary<byte[]> fileContents() {
        Arbitrary<String> csv = Combinators.combine(Arbitraries.of("title,text,url\n", "\"title\nx,text\n", "url;text\n", ""),
                csvRecords().list().ofMaxSize(4)).as((h, rows) -> h + String.join("\n", rows));
        Arbitrary<String> jsonLines = json().list().ofMaxSize(4).map(l -> String.join("\n", l));
        return Arbitraries.oneOf(bytes(), csv.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                jsonLines.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("PAR1xxxx", "\u001f\u008b\u0008broken gzip", "BZh91AY&SY broken bzip2")
                        .map(s -> s.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
