package io.newstension.ingest;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.Text;
import scala.Tuple2;

/**
 * The records of one split of a JSON-lines file, streamed one line at a time. The lines come from Hadoop's
 * {@code LineRecordReader} (each line belongs to the split it starts in, without its {@code \n}); they are numbered
 * from {@code firstLine}, blank lines are skipped but counted, and each line is checked by {@link RecordReader#line}.
 * A read error (a damaged archive) ends the split with one error record instead of failing the task: what follows
 * the damage in this split is lost, and the record says so.
 *
 * <p>Example: lines {@code {"a":1}}, {@code ""}, {@code {"b":} from line 7 give records 7 and 9.
 */
final class SplitRecords implements Iterator<RecordReader.Record> {
    private final Iterator<? extends Tuple2<?, Text>> lines;
    private final long maxRecordBytes;
    private long lastLine;
    private RecordReader.Record next;
    private boolean done;

    SplitRecords(Iterator<? extends Tuple2<?, Text>> lines, long firstLine, long maxRecordBytes) {
        this.lines = lines;
        this.lastLine = firstLine - 1;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** How many lines a split holds, up to its end or its first read error (the parsing pass reports that error). */
    static long count(Iterator<?> lines) {
        long n = 0;
        try {
            while (lines.hasNext()) {
                lines.next();
                n++;
            }
        } catch (Exception e) { // IOException arrives undeclared through Spark's Scala iterator
            // Counted up to the damage: the parsing pass fails at the same line and turns the error into a record.
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public RecordReader.Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RecordReader.Record record = next;
        next = null;
        return record;
    }

    private void advance() {
        Text line;
        try {
            if (!lines.hasNext()) {
                done = true;
                return;
            }
            line = lines.next()._2();
        } catch (Exception e) { // IOException arrives undeclared through Spark's Scala iterator
            done = true;
            next = new RecordReader.Record(lastLine + 1, null,
                    "unreadable file after record " + lastLine + ": " + e.getMessage());
            return;
        }
        lastLine++;
        // The reader reuses its Text: copy the line, but never an oversized one.
        next = line.getLength() > maxRecordBytes ? RecordReader.tooLarge(lastLine, maxRecordBytes)
                : RecordReader.line(lastLine, Arrays.copyOf(line.getBytes(), line.getLength()), maxRecordBytes);
    }
}
