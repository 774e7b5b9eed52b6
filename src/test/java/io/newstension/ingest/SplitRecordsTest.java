package io.newstension.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** Numbering and checking the lines of one split, and where each split's numbering starts; no Spark. */
class SplitRecordsTest {
    private static Iterator<Tuple2<LongWritable, Text>> lines(String... lines) {
        List<Tuple2<LongWritable, Text>> out = new ArrayList<>();
        for (String line : lines) {
            out.add(new Tuple2<>(new LongWritable(0), new Text(line.getBytes(StandardCharsets.ISO_8859_1))));
        }
        return out.iterator();
    }

    private static List<RecordReader.Record> records(Iterator<Tuple2<LongWritable, Text>> lines, long first, long max) {
        List<RecordReader.Record> out = new ArrayList<>();
        new SplitRecords(lines, first, max).forEachRemaining(out::add);
        return out;
    }

    @Test
    void linesAreNumberedFromTheSplitsFirstLineAndBlankLinesCountButAreNoRecords() {
        List<RecordReader.Record> rs = records(lines("{\"a\":1}\r", "", "  ", "{\"b\":", "x".repeat(20), "caf\u00e9"), 7, 10);
        assertEquals(List.of(7L, 10L, 11L, 12L), rs.stream().map(RecordReader.Record::number).toList());
        assertEquals("{\"a\":1}", rs.get(0).text(), "CR before the newline is not part of the record");
        assertNull(rs.get(0).error());
        assertNull(rs.get(1).error(), "malformed JSON is the parser's call, not the line reader's");
        assertEquals("record larger than 10 bytes", rs.get(2).error());
        assertEquals("not valid UTF-8", rs.get(3).error(), "a Latin-1 byte");
    }

    /** The lines, then the IOException a damaged gzip gives, thrown undeclared as through Spark's Scala iterator. */
    private static Iterator<Tuple2<LongWritable, Text>> failingAfter(String... lines) {
        Iterator<Tuple2<LongWritable, Text>> good = lines(lines);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (!good.hasNext()) {
                    sneakyThrow(new IOException("unexpected end of ZLIB input stream"));
                }
                return true;
            }

            @Override
            public Tuple2<LongWritable, Text> next() {
                return good.next();
            }
        };
    }

    @Test
    void aReadErrorEndsTheSplitWithOneRecordSayingWhere() {
        List<RecordReader.Record> rs = records(failingAfter("{\"a\":1}", "", "{\"b\":2}"), 1, 100);
        assertEquals(List.of(1L, 3L, 4L), rs.stream().map(RecordReader.Record::number).toList());
        assertEquals("unreadable file after record 3: unexpected end of ZLIB input stream", rs.get(2).error());
        assertEquals(3, SplitRecords.count(failingAfter("{\"a\":1}", "", "{\"b\":2}")), "counted up to the damage");
        assertEquals(2, SplitRecords.count(lines("x", "")));
    }

    @Test
    void eachSplitStartsAfterTheLinesOfTheSameFilesEarlierSplits() {
        Map<String, Long> first = SplitLines.firstLines(List.of(
                new SplitLines("f", 8192, 3), new SplitLines("g", 0, 5), new SplitLines("f", 0, 10),
                new SplitLines("f", 4096, 12), new SplitLines("g", 900, 0), new SplitLines("g", 1800, 4)));
        assertEquals(1L, first.get(SplitLines.key("f", 0)));
        assertEquals(11L, first.get(SplitLines.key("f", 4096)));
        assertEquals(23L, first.get(SplitLines.key("f", 8192)));
        assertEquals(1L, first.get(SplitLines.key("g", 0)));
        assertEquals(6L, first.get(SplitLines.key("g", 900)));
        assertEquals(6L, first.get(SplitLines.key("g", 1800)), "an empty split (a bz2 block boundary) adds nothing");
        assertFalse(first.containsKey(SplitLines.key("f", 1)));
        assertEquals(6, first.size());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable e) throws E {
        throw (E) e; // Spark's Scala iterators throw Hadoop's IOException this way
    }
}
