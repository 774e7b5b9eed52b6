package io.newstension.clean;

import java.time.Instant;

/** An article's publication time, where it came from ({@code metadata|url|text|download|none}), and why not better. */
public record ResolvedDate(Instant publishedAt, String source, String reason) {
    public static final String METADATA = "metadata";
    public static final String URL = "url";
    public static final String TEXT = "text";
    public static final String DOWNLOAD = "download";
    public static final String NONE = "none";
}
