package io.newstension.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Splits one input stream into numbered records: one per non-blank line, or the whole stream as one record. Bytes that are not UTF-8, NUL bytes and
 * oversized records become records with an error instead of failing the file.
 */
public final class RecordReader {
    /** A record's 1-based number (the line it starts on, or 1 for a whole file), its text, and why it is unusable. */
    public record Record(long number, String text, String error) {}

    private final long maxRecordBytes;

    public RecordReader(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The whole stream as record 1. */
    public Iterator<Record> whole(InputStream in) throws IOException {
        byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
        return List.of(all.length > maxRecordBytes ? tooLarge(1, maxRecordBytes) : decode(1, all)).iterator();
    }

    /** JSON: the whole stream when it is one (pretty-printed) document and {@code wholeDocument} allows it, else lines. */
    public Iterator<Record> json(InputStream in, boolean wholeDocument) throws IOException {
        if (!wholeDocument) {
            return lines(in);
        }
        byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
        if (all.length > maxRecordBytes) {
            return List.of(tooLarge(1, maxRecordBytes)).iterator();
        }
        return looksLikeOneDocument(all) ? List.of(decode(1, all)).iterator() : lines(new ByteArrayInputStream(all));
    }

    /**
     * One record per line, read as they are asked for (one record and one buffer in memory, never the file). A read
     * error surfaces from {@code hasNext} as an {@link UncheckedIOException}.
     */
    public Iterator<Record> lines(InputStream in) {
        return new Lines(in);
    }

    private final class Lines implements Iterator<Record> {
        private final InputStream in;
        private final byte[] buffer = new byte[65536];
        private final ByteArrayOutputStream record = new ByteArrayOutputStream(4096);
        private int pos;
        private int limit;
        private long line = 1;
        private boolean finished;
        private Record next;

        Lines(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null && !finished) {
                    next = readRecord();
                }
            } catch (IOException e) {
                finished = true;
                throw new UncheckedIOException(e);
            }
            return next != null;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Record r = next;
            next = null;
            return r;
        }

        /** Reads up to the next newline, or the end: its record, or null for a blank line or the end. */
        private Record readRecord() throws IOException {
            record.reset();
            long start = line;
            boolean oversized = false;
            boolean complete = false;
            while (!complete) {
                if (pos == limit) {
                    limit = Math.max(0, in.read(buffer));
                    pos = 0;
                    if (limit == 0) {
                        finished = true;
                        if (record.size() == 0 && !oversized) {
                            return null;
                        }
                        break;
                    }
                }
                int from = pos;
                while (pos < limit && !complete) {
                    byte b = buffer[pos++];
                    if (b == '\n') {
                        line++;
                        complete = true;
                    }
                }
                if (!oversized) {
                    record.write(buffer, from, (complete ? pos - 1 : pos) - from);
                    if (record.size() > maxRecordBytes) {
                        oversized = true;
                        record.reset();
                    }
                }
            }
            return oversized ? tooLarge(start, maxRecordBytes) : line(start, record.toByteArray(), maxRecordBytes);
        }
    }

    /**
     * The record of one line's bytes (without its {@code \n}; a trailing {@code \r} is dropped): null for a blank
     * line, which is not a record but still counts for the numbering; an error record when it is larger than
     * {@code maxRecordBytes}, not UTF-8 or holds NUL bytes.
     */
    static Record line(long number, byte[] bytes, long maxRecordBytes) {
        if (bytes.length > maxRecordBytes) {
            return tooLarge(number, maxRecordBytes);
        }
        return isBlank(bytes) ? null : decode(number, bytes);
    }

    static Record tooLarge(long number, long maxRecordBytes) {
        return new Record(number, null, "record larger than " + maxRecordBytes + " bytes");
    }

    private static Record decode(long number, byte[] bytes) {
        int offset = startsWithBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        String error = null;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.UTF_8);
            error = "not valid UTF-8";
        }
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (error == null && text.indexOf('\u0000') >= 0) {
            // A raw NUL byte means binary or corrupt data, not an article; an escaped \u0000 in JSON is cleaned later.
            error = "NUL bytes in record";
        }
        return new Record(number, error == null ? text : text.replace('\u0000', ' '), error);
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** A pretty-printed JSON object spans lines; JSONL has a complete object on its first line. */
    private static boolean looksLikeOneDocument(byte[] all) {
        String text = new String(all, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("{")) {
            return false;
        }
        int newline = text.indexOf('\n');
        return newline < 0 || JsonArticleParser.isMalformed(text.substring(0, newline));
    }
}
