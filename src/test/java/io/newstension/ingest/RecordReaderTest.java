package io.newstension.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {
    private static List<RecordReader.Record> lines(byte[] bytes, long max) throws IOException {
        List<RecordReader.Record> out = new ArrayList<>();
        new RecordReader(max).lines(new ByteArrayInputStream(bytes)).forEachRemaining(out::add);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesAreNumberedAndBlankLinesSkipped() throws IOException {
        List<RecordReader.Record> r = lines(utf8("a\r\n\n  \nb"), 100);
        assertEquals(2, r.size());
        assertEquals(new RecordReader.Record(1, "a", null), r.get(0));
        assertEquals(new RecordReader.Record(4, "b", null), r.get(1));
    }

    @Test
    void badBytesBecomeRecordErrors() throws IOException {
        byte[] latin1 = {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}', '\n', 'o', 'k'};
        List<RecordReader.Record> r = lines(latin1, 100);
        assertEquals("not valid UTF-8", r.get(0).error());
        assertNull(r.get(1).error());
        assertEquals("NUL bytes in record", lines(new byte[] {'a', 0, 'b'}, 100).get(0).error());
        assertEquals("record larger than 5 bytes", lines(utf8("0123456789\nok"), 5).get(0).error());
        assertEquals("ok", lines(utf8("0123456789\nok"), 5).get(1).text());
    }

    @Test
    void prettyPrintedJsonIsOneRecordAndJsonLinesStayLines() throws IOException {
        List<RecordReader.Record> out = new ArrayList<>();
        new RecordReader(1000).json(new ByteArrayInputStream(utf8("{\n  \"a\": 1\n}\n")), true).forEachRemaining(out::add);
        assertEquals(1, out.size());
        out.clear();
        new RecordReader(1000).json(new ByteArrayInputStream(utf8("{\"a\": 1}\n{\"a\": 2}\n")), true).forEachRemaining(out::add);
        assertEquals(2, out.size());
    }

    @Test
    void wholeStreamWithBom() throws IOException {
        List<RecordReader.Record> out = new ArrayList<>();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'T', '\n', 'x'};
        new RecordReader(100).whole(new ByteArrayInputStream(bom)).forEachRemaining(out::add);
        assertEquals(new RecordReader.Record(1, "T\nx", null), out.get(0));
    }
}
