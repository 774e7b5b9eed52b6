package io.newstension.ingest;

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
 * Splits one input stream into numbered records: one per non-blank line, or the whole stream when it holds a single
 * JSON document (news-please's one-object-per-file layout). Bytes that are not UTF-8 and oversized records become
 * records with an error instead of failing the file.
 */
public final class RecordReader {
    /** A record's 1-based line number (or 1 for a whole file), its text, and an error when it could not be read. */
    public record Record(long number, String text, String error) {}

    private final long maxRecordBytes;

    public RecordReader(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads every record of {@code in}; {@code wholeDocument} first tries the stream as one JSON document. */
    public void read(InputStream in, boolean wholeDocument, Consumer<Record> sink) throws IOException {
        if (wholeDocument) {
            byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
            if (all.length > maxRecordBytes) {
                sink.accept(new Record(1, null, "record larger than " + maxRecordBytes + " bytes"));
                return;
            }
            if (looksLikeOneDocument(all)) {
                sink.accept(decode(1, all));
                return;
            }
            readLines(new java.io.ByteArrayInputStream(all), sink);
            return;
        }
        readLines(in, sink);
    }

    private void readLines(InputStream in, Consumer<Record> sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        long number = 0;
        boolean oversized = false;
        byte[] buffer = new byte[65536];
        int n;
        while ((n = in.read(buffer)) > 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    number++;
                    if (!oversized) {
                        line.write(buffer, start, i - start);
                    }
                    emit(number, line, oversized, sink);
                    line.reset();
                    oversized = false;
                    start = i + 1;
                }
            }
            if (!oversized) {
                line.write(buffer, start, n - start);
                if (line.size() > maxRecordBytes) {
                    oversized = true;
                    line.reset();
                }
            }
        }
        if (line.size() > 0 || oversized) {
            emit(++number, line, oversized, sink);
        }
    }

    private void emit(long number, ByteArrayOutputStream line, boolean oversized, Consumer<Record> sink) {
        if (oversized) {
            sink.accept(new Record(number, null, "record larger than " + maxRecordBytes + " bytes"));
            return;
        }
        byte[] bytes = line.toByteArray();
        if (isBlank(bytes)) {
            return;
        }
        sink.accept(decode(number, bytes));
    }

    private static Record decode(long number, byte[] bytes) {
        int offset = startsWithBom(bytes) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            return new Record(number, text, null);
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            return new Record(number, lenient, "not valid UTF-8");
        }
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
        if (!text.startsWith("{")) {
            return false;
        }
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return true;
        }
        String firstLineProblem = NewsPleaseParser.parse(text.substring(0, newline)).quarantineReason();
        return firstLineProblem != null && firstLineProblem.startsWith("malformed");
    }
}
