package io.newstension.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads one text-based input file (JSON, plain text; optionally .gz/.bz2) into rows of {@link Ingest#PARSED}: one
 * per record, an article or a quarantine reason with the raw record. The file is read by one task, records streamed
 * (a one-object {@code .json} or {@code .txt} file is one record, held whole); JSON lines go through
 * {@link JsonLinesInput} in splits instead, CSV through {@link CsvInput}. A corrupt archive loses what follows the
 * damage, not the job: the rest becomes one quarantine row.
 */
final class RecordFiles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Records larger than this are quarantined without being parsed. */
    static final long MAX_RECORD_BYTES = 64L * 1024 * 1024;

    /** The format named in the config; null for auto (Optional is not serialisable). */
    private final InputFormat configured;
    private final FieldMapping fields;
    private final int maxRaw;

    RecordFiles(Optional<InputFormat> configured, FieldMapping fields, int maxRaw) {
        this.configured = configured.orElse(null);
        this.fields = fields;
        this.maxRaw = maxRaw;
    }

    /**
     * Every record of the file {@code name} read from {@code raw} (the file's bytes, maybe compressed), as rows read
     * when they are asked for; the stream is closed after the last one. A read error ends the rows with one quarantine
     * row saying after which record the file broke.
     */
    Iterator<Row> read(String name, InputStream raw) {
        InputStream in = null;
        try {
            in = new BufferedInputStream(decompress(name, raw), 65536);
            InputStream source = in;
            InputFormat format = configured != null ? configured
                    : InputFormat.forFile(name, Optional.empty()).orElseGet(() -> sniff(source));
            RecordReader reader = new RecordReader(MAX_RECORD_BYTES);
            Iterator<Row> rows = switch (format) {
                case NEWSPLEASE, CCNEWS -> map(reader.json(in, isWholeDocumentName(name)), r -> jsonRow(name, r));
                case TEXT -> map(reader.whole(in),
                        r -> row(name, r, r.error() == null ? TextFileParser.parse(r.text()) : null));
                case PARQUET -> List.of(quarantine(name, 1, null, "Parquet content in a file read as text records;"
                        + " name it .parquet")).iterator();
                // Ingest sends CSV to Spark's reader (CsvInput), and content sniffing never says CSV.
                case CSV -> throw new IllegalArgumentException("CSV files are read by CsvInput, not as text records");
            };
            return new FileRows(name, rows, in);
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            return List.of(quarantine(name, 1, null, "unreadable file after record 0: " + e.getMessage())).iterator();
        }
    }

    /** The rows of one file until its end or a read error, which becomes a last quarantine row; closes the file. */
    private final class FileRows implements Iterator<Row> {
        private final String name;
        private final Iterator<Row> rows;
        private final InputStream in;
        private long count;
        private Row failure;
        private boolean closed;

        FileRows(String name, Iterator<Row> rows, InputStream in) {
            this.name = name;
            this.rows = rows;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            if (failure != null) {
                return true;
            }
            if (closed) {
                return false;
            }
            try {
                if (rows.hasNext()) {
                    return true;
                }
            } catch (RuntimeException e) { // a damaged archive: the rest is unreadable
                Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
                failure = quarantine(name, count + 1, null,
                        "unreadable file after record " + count + ": " + cause.getMessage());
            }
            closed = true;
            closeQuietly(in);
            return failure != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (failure != null) {
                Row last = failure;
                failure = null;
                return last;
            }
            count++;
            return rows.next();
        }
    }

    private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            // Every record is already read; a failing close loses nothing.
        }
    }

    /** The row of one JSON record of file {@code name}: the article, or a quarantine row saying why not. */
    Row jsonRow(String name, RecordReader.Record record) {
        return row(name, record, record.error() == null ? JsonArticleParser.parse(record.text(), fields) : null);
    }

    /** A row for a record: the article, or a quarantine row for a read error or a parse failure. */
    private Row row(String name, RecordReader.Record record, ParseResult result) {
        if (record.error() != null) {
            return quarantine(name, record.number(), record.text(), record.error());
        }
        if (!result.isOk()) {
            return quarantine(name, record.number(), record.text(), result.quarantineReason());
        }
        RawArticle a = result.article();
        return RowFactory.create(name, record.number(), null, null, a.id(), a.url(), a.sourceDomain(), a.title(),
                a.text(), a.description(), a.datePublish(), a.dateModify(), a.dateDownload(), a.language());
    }

    private Row quarantine(String name, long number, String raw, String reason) {
        String kept = raw == null ? null : raw.length() > maxRaw ? raw.substring(0, maxRaw) : raw;
        return Ingest.quarantineRow(name, number, kept, reason);
    }

    private static InputStream decompress(String name, InputStream raw) throws IOException {
        CompressionCodec codec = new CompressionCodecFactory(new Configuration(false))
                .getCodec(new org.apache.hadoop.fs.Path(name));
        return codec == null ? raw : codec.createInputStream(raw);
    }

    private static InputFormat sniff(InputStream in) {
        try {
            in.mark(64);
            byte[] head = new byte[64];
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            return InputFormat.sniff(head, n);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the start of the file: " + e.getMessage(), e);
        }
    }

    /** news-please writes one pretty-printed object per {@code .json} file; other JSON extensions are JSON lines. */
    static boolean isWholeDocumentName(String name) {
        return InputFormat.extension(InputFormat.stripCompression(name)).equals("json");
    }
}
