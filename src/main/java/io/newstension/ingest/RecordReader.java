package io.newstension.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Splits one input stream into numbered records: one per non-blank line (newlines inside double quotes do not split
 * when {@code quoted}, as CSV needs), or the whole stream as one record. Bytes that are not UTF-8, NUL bytes and
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
    public void readWhole(InputStream in, Consumer<Record> sink) throws IOException {
        byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
        if (all.length > maxRecordBytes) {
            sink.accept(tooLarge(1, maxRecordBytes));
            return;
        }
        sink.accept(decode(1, all));
    }

    /** JSON: the whole stream when it is one (pretty-printed) document and {@code wholeDocument} allows it, else lines. */
    public void readJson(InputStream in, boolean wholeDocument, Consumer<Record> sink) throws IOException {
        if (!wholeDocument) {
            readLines(in, false, sink);
            return;
        }
        byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
        if (all.length > maxRecordBytes) {
            sink.accept(tooLarge(1, maxRecordBytes));
        } else if (looksLikeOneDocument(all)) {
            sink.accept(decode(1, all));
        } else {
            readLines(new ByteArrayInputStream(all), false, sink);
        }
    }

    /** One record per line; with {@code quoted}, a newline inside double quotes continues the record. */
    public void readLines(InputStream in, boolean quoted, Consumer<Record> sink) throws IOException {
        ByteArrayOutputStream record = new ByteArrayOutputStream(4096);
        long line = 1;
        long recordStart = 1;
        boolean inQuotes = false;
        boolean oversized = false;
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (quoted && b == '"') {
                    inQuotes = !inQuotes;
                } else if (b == '\n') {
                    line++;
                    if (!inQuotes) {
                        if (!oversized) {
                            record.write(buffer, start, i - start);
                        }
                        emit(recordStart, record, oversized, sink);
                        record.reset();
                        oversized = false;
                        recordStart = line;
                        start = i + 1;
                    }
                }
            }
            if (!oversized) {
                record.write(buffer, start, n - start);
                if (record.size() > maxRecordBytes) {
                    oversized = true;
                    record.reset();
                }
            }
        }
        if (record.size() > 0 || oversized) {
            emit(recordStart, record, oversized, sink);
        }
    }

    private void emit(long number, ByteArrayOutputStream bytes, boolean oversized, Consumer<Record> sink) {
        Record record = oversized ? tooLarge(number, maxRecordBytes) : line(number, bytes.toByteArray(), maxRecordBytes);
        if (record != null) {
            sink.accept(record);
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
