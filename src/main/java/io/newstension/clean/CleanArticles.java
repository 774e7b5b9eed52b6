package io.newstension.clean;

import static io.newstension.schema.Columns.*;

import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns parsed input records into article rows: cleaned text and title, a stable id, the resolved publication date,
 * and the keys de-duplication needs. A text over {@code input.max_text_chars} is kept truncated, with a reason.
 */
public final class CleanArticles {
    /** The articles schema plus the de-duplication keys. */
    public static final StructType SCHEMA = Tables.ARTICLES
            .add(DataTypes.createStructField("url_key", DataTypes.StringType, true))
            .add(DataTypes.createStructField(CONTENT_HASH, DataTypes.StringType, false));

    private final int maxTextChars;
    private final DateResolver dates;

    public CleanArticles(TensionConfig config, Instant now) {
        this.maxTextChars = config.input().maxTextChars();
        this.dates = new DateResolver(config.dates().minYear(), config.dates().maxFutureDays(), now);
    }

    public Dataset<Row> apply(Dataset<Row> parsed) {
        Tables.require(parsed, "clean", RAW_ID, URL, RAW_SOURCE_DOMAIN, TITLE, TEXT, RAW_DATE_PUBLISH, RAW_DATE_MODIFY,
                RAW_DATE_DOWNLOAD, LANGUAGE, QUARANTINE_REASON);
        int max = maxTextChars;
        DateResolver resolver = dates;
        return parsed.filter(parsed.col(QUARANTINE_REASON).isNull())
                .map((MapFunction<Row, Row>) row -> clean(row, max, resolver), Encoders.row(SCHEMA));
    }

    static Row clean(Row row, int maxTextChars, DateResolver resolver) {
        List<String> reasons = new ArrayList<>();
        String text = TextCleaner.clean(row.getAs(TEXT));
        if (text.length() > maxTextChars) {
            text = text.substring(0, maxTextChars);
            reasons.add("text truncated to " + maxTextChars + " characters");
        }
        String title = TextCleaner.clean(row.getAs(TITLE));
        String url = row.getAs(URL);
        ResolvedDate date = resolver.resolve(row.getAs(RAW_DATE_PUBLISH), row.getAs(RAW_DATE_MODIFY), row.getAs(RAW_DATE_DOWNLOAD));
        if (date.reason() != null) {
            reasons.add(date.reason());
        }
        Instant published = date.publishedAt();
        return RowFactory.create(
                ArticleIds.articleId(row.getAs(RAW_ID), url, title, text),
                url,
                source(row.getAs(RAW_SOURCE_DOMAIN), url),
                title,
                text,
                published == null ? null : Timestamp.from(published),
                published == null ? null : Date.valueOf(published.atZone(ZoneOffset.UTC).toLocalDate()),
                date.source(),
                row.getAs(LANGUAGE),
                Tables.PROCESSED,
                null,
                reasons.isEmpty() ? null : String.join("; ", reasons),
                UrlCanonicalizer.canonical(url),
                ArticleIds.contentHash(text));
    }

    /** The publisher: the record's source domain, else the URL's host without {@code www.}. */
    static String source(String sourceDomain, String url) {
        if (sourceDomain != null && !sourceDomain.isBlank()) {
            return sourceDomain.strip().toLowerCase(java.util.Locale.ROOT);
        }
        String canonical = UrlCanonicalizer.canonical(url);
        if (canonical == null) {
            return null;
        }
        int slash = canonical.indexOf('/');
        return slash < 0 ? canonical : canonical.substring(0, slash);
    }
}
