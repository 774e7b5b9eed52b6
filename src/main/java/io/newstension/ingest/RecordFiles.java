package io.newstension.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads one text-based input file (JSON, CSV, plain text; optionally .gz/.bz2) into rows of {@link Ingest#PARSED}:
 * one per record, an article or a quarantine reason with the raw record. The file is read whole by one task and its
 * rows are held in memory, which suits one-object {@code .json} files, CSV and text; JSON lines go through
 * {@link JsonLinesInput} in splits instead. A corrupt archive loses what follows the
 * damage, not the job: the rest becomes one quarantine row.
 */
final class RecordFiles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Records larger than this are quarantined without being parsed. */
    static final long MAX_RECORD_BYTES = 64L * 1024 * 1024;

    /** The format named in the config; null for auto (Optional is not serialisable). */
    private final InputFormat configured;
    private final FieldMapping fields;
    private final char csvDelimiter;
    private final int maxRaw;

    RecordFiles(Optional<InputFormat> configured, FieldMapping fields, char csvDelimiter, int maxRaw) {
        this.configured = configured.orElse(null);
        this.fields = fields;
        this.csvDelimiter = csvDelimiter;
        this.maxRaw = maxRaw;
    }

    /** Every record of the file {@code name} read from {@code raw} (the file's bytes, maybe compressed). */
    List<Row> read(String name, InputStream raw) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(decompress(name, raw), 65536)) {
            InputFormat format = configured != null ? configured
                    : InputFormat.forFile(name, Optional.empty()).orElseGet(() -> sniff(in));
            Consumer<Row> sink = rows::add;
            RecordReader reader = new RecordReader(MAX_RECORD_BYTES);
            switch (format) {
                case NEWSPLEASE, CCNEWS -> reader.readJson(in, isWholeDocumentName(name), r -> sink.accept(jsonRow(name, r)));
                case CSV -> readCsv(name, in, reader, sink);
                case TEXT -> reader.readWhole(in,
                        r -> sink.accept(row(name, r, r.error() == null ? TextFileParser.parse(r.text()) : null)));
                case PARQUET -> rows.add(quarantine(name, 1, null, "Parquet content in a file read as text records;"
                        + " name it .parquet"));
            }
        } catch (IOException | RuntimeException e) {
            rows.add(quarantine(name, rows.size() + 1L, null,
                    "unreadable file after record " + rows.size() + ": " + e.getMessage()));
        }
        return rows;
    }

    private void readCsv(String name, InputStream in, RecordReader reader, Consumer<Row> sink) throws IOException {
        char delimiter = InputFormat.extension(InputFormat.stripCompression(name)).equals("tsv") ? '\t' : csvDelimiter;
        Map<String, Integer> header = new HashMap<>();
        reader.readLines(in, true, r -> {
            if (header.isEmpty() && r.error() == null) {
                List<String> names = CsvParser.fields(r.text(), delimiter);
                for (int i = 0; i < names.size(); i++) {
                    header.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
                }
                return;
            }
            sink.accept(row(name, r, r.error() == null ? csvArticle(r.text(), delimiter, header) : null));
        });
    }

    private ParseResult csvArticle(String record, char delimiter, Map<String, Integer> header) {
        List<String> values;
        try {
            values = CsvParser.fields(record, delimiter);
        } catch (IllegalArgumentException e) {
            return ParseResult.quarantine("malformed CSV: " + e.getMessage());
        }
        if (values.size() != header.size()) {
            return ParseResult.quarantine("malformed CSV: expected " + header.size() + " fields, got " + values.size());
        }
        return fields.article(column -> {
            Integer i = header.get(column.toLowerCase(Locale.ROOT));
            return i == null ? null : values.get(i);
        });
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
