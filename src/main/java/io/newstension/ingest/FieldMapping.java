package io.newstension.ingest;

import io.newstension.config.TensionConfig;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where each article field is found in an input record (JSON key, CSV header, Parquet column): the name set in
 * {@code input.fields}, else the first present of the usual names, so news-please ({@code maintext},
 * {@code date_publish}) and cc_news ({@code text}, {@code date}, {@code domain}) records read without configuration.
 */
public final class FieldMapping implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String SOURCE_DOMAIN = "source_domain";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String DESCRIPTION = "description";
    public static final String DATE_PUBLISH = "date_publish";
    public static final String DATE_MODIFY = "date_modify";
    public static final String DATE_DOWNLOAD = "date_download";
    public static final String LANGUAGE = "language";

    private static final Map<String, List<String>> USUAL = usual();

    private final Map<String, List<String>> names;

    private FieldMapping(Map<String, List<String>> names) {
        this.names = names;
    }

    /** The usual names only. */
    public static FieldMapping defaults() {
        return new FieldMapping(new LinkedHashMap<>(USUAL));
    }

    /** The usual names, with each field set in {@code input.fields} read from that name alone. */
    public static FieldMapping of(TensionConfig.Fields fields) {
        Map<String, List<String>> names = new LinkedHashMap<>(USUAL);
        override(names, ID, fields.id());
        override(names, URL, fields.url());
        override(names, SOURCE_DOMAIN, fields.sourceDomain());
        override(names, TITLE, fields.title());
        override(names, TEXT, fields.text());
        override(names, DESCRIPTION, fields.description());
        override(names, DATE_PUBLISH, fields.datePublish());
        override(names, DATE_MODIFY, fields.dateModify());
        override(names, DATE_DOWNLOAD, fields.dateDownload());
        override(names, LANGUAGE, fields.language());
        return new FieldMapping(names);
    }

    /**
     * The article in a record whose fields {@code value} looks up by input name (null when absent). A record with
     * neither text, title nor URL is not an article and is quarantined; one with a title or URL but no text is an
     * article with an empty text (the cleaning stage marks it skipped).
     */
    public ParseResult article(UnaryOperator<String> value) {
        String text = first(TEXT, value);
        String title = first(TITLE, value);
        String url = first(URL, value);
        if (isBlank(text) && isBlank(title) && isBlank(url)) {
            return ParseResult.quarantine("no article fields: none of " + names.get(TEXT) + ", " + names.get(TITLE)
                    + ", " + names.get(URL) + " has a value");
        }
        return ParseResult.ok(new RawArticle(first(ID, value), url, first(SOURCE_DOMAIN, value), title,
                text == null ? "" : text, first(DESCRIPTION, value), first(DATE_PUBLISH, value),
                first(DATE_MODIFY, value), first(DATE_DOWNLOAD, value), first(LANGUAGE, value)));
    }

    private String first(String field, UnaryOperator<String> value) {
        for (String name : names.get(field)) {
            String v = value.apply(name);
            if (!isBlank(v)) {
                return v;
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void override(Map<String, List<String>> names, String field, String configured) {
        if (configured != null && !configured.isBlank()) {
            names.put(field, List.of(configured.strip()));
        }
    }

    private static Map<String, List<String>> usual() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(ID, List.of("id", "article_id"));
        m.put(URL, List.of("url", "link"));
        m.put(SOURCE_DOMAIN, List.of("source_domain", "domain"));
        m.put(TITLE, List.of("title", "headline"));
        m.put(TEXT, List.of("maintext", "text", "content", "body"));
        m.put(DESCRIPTION, List.of("description", "summary"));
        m.put(DATE_PUBLISH, List.of("date_publish", "date", "published", "publish_date"));
        m.put(DATE_MODIFY, List.of("date_modify", "modified"));
        m.put(DATE_DOWNLOAD, List.of("date_download", "crawled", "date_crawled"));
        m.put(LANGUAGE, List.of("language", "lang"));
        return Map.copyOf(m);
    }
}
