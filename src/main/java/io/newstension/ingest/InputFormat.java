package io.newstension.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The input formats the job reads, each with the file extensions it owns (before an optional {@code .gz}/{@code .bz2};
 * Parquet compresses itself). {@code auto} picks the format by extension, then by the first bytes for a file whose
 * name says nothing: {@code "{"} is JSON, {@code "PAR1"} Parquet, anything else plain text.
 */
public enum InputFormat {
    /** news-please JSON: one object per line, or one (pretty-printed) object per {@code .json} file. */
    NEWSPLEASE("newsplease", Set.of("jsonl", "json", "ndjson", "jl")),
    /** cc_news-style JSON lines ({@code title, text, domain, date, url}); read by the same parser as news-please. */
    CCNEWS("ccnews", Set.of("jsonl", "json", "ndjson", "jl")),
    /** CSV (or {@code .tsv}) with a header row; columns mapped by {@code input.fields}. */
    CSV("csv", Set.of("csv", "tsv")),
    /** Parquet with one article per row; columns mapped by {@code input.fields}. */
    PARQUET("parquet", Set.of("parquet")),
    /** One article per {@code .txt} file: the title on the first line, the text after it. */
    TEXT("text", Set.of("txt"));

    public static final String AUTO = "auto";
    static final Set<String> COMPRESSIONS = Set.of("gz", "bz2");

    private final String configName;
    private final Set<String> extensions;

    InputFormat(String configName, Set<String> extensions) {
        this.configName = configName;
        this.extensions = extensions;
    }

    public String configName() {
        return configName;
    }

    /** The format named in {@code input.format}; empty for {@code auto}. */
    public static Optional<InputFormat> named(String name) {
        if (AUTO.equals(name)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(f -> f.configName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("input.format: unknown format " + name)));
    }

    /**
     * The format a file is read in: the configured one, else the one its extension names; empty when only its
     * content can tell (no known extension).
     */
    public static Optional<InputFormat> forFile(String fileName, Optional<InputFormat> configured) {
        if (configured.isPresent()) {
            return configured;
        }
        String ext = extension(stripCompression(fileName));
        return Arrays.stream(values()).filter(f -> f != CCNEWS && f.extensions.contains(ext)).findFirst();
    }

    /** Whether the listing takes this file: its extension fits the format, or it has none (content decides). */
    static boolean accepts(String fileName, Optional<InputFormat> configured) {
        String inner = stripCompression(fileName);
        boolean compressed = !inner.equals(fileName);
        String ext = extension(inner);
        if (ext.isEmpty()) {
            return compressed || configured.isPresent();
        }
        return configured.map(f -> f.extensions.contains(ext) && !(compressed && f == PARQUET))
                .orElseGet(() -> forFile(fileName, configured).filter(f -> !(compressed && f == PARQUET)).isPresent());
    }

    /** The format the first bytes of a (decompressed) file suggest. */
    static InputFormat sniff(byte[] head, int length) {
        String start = new String(head, 0, Math.max(0, length), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("PAR1")) {
            return PARQUET;
        }
        return start.startsWith("{") ? NEWSPLEASE : TEXT;
    }

    /** The file name without a trailing .gz/.bz2. */
    static String stripCompression(String fileName) {
        String ext = extension(fileName);
        return COMPRESSIONS.contains(ext) ? fileName.substring(0, fileName.length() - ext.length() - 1) : fileName;
    }

    static String extension(String fileName) {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        return dot <= slash + 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
