package io.newstension.clean;

import static io.newstension.schema.Columns.*;

import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns parsed input records into article rows: cleaned title and text without site chrome, a stable id, the
 * language, the resolved publication date (metadata, URL, text via {@link TextDates}, download) and the keys
 * de-duplication needs. A text over {@code input.max_text_chars} is kept truncated, with a reason. An article with
 * an empty text, or in a language outside {@code language.languages}, is {@code skipped} with the reason.
 */
public final class CleanArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * The articles schema, de-duplication keys included: the canonical URL, the content hash and the text's MinHash
     * LSH band keys ({@link MinHashBands}), empty when near-duplicates are off or the article is not processed. The
     * band keys are computed here, on the rows the pipeline caches, because the near-duplicate search reads them
     * several times and they cost more than the rest of cleaning; they are stored with the article so that later
     * incremental batches need not make them again ({@link NewArticles}).
     */
    public static final StructType SCHEMA = Tables.ARTICLES;

    /** Cleaned rows waiting for the text-date stage: the articles schema minus dates, plus the date evidence. */
    static final StructType PENDING = DataTypes.createStructType(List.of(
            DataTypes.createStructField(ARTICLE_ID, DataTypes.StringType, false),
            DataTypes.createStructField(URL, DataTypes.StringType, true),
            DataTypes.createStructField(SOURCE, DataTypes.StringType, true),
            DataTypes.createStructField(TITLE, DataTypes.StringType, true),
            DataTypes.createStructField(TEXT, DataTypes.StringType, false),
            DataTypes.createStructField(LANGUAGE, DataTypes.StringType, true),
            DataTypes.createStructField(STATUS, DataTypes.StringType, false),
            DataTypes.createStructField(REASON, DataTypes.StringType, true),
            DataTypes.createStructField(RAW_DATE_PUBLISH, DataTypes.StringType, true),
            DataTypes.createStructField(RAW_DATE_MODIFY, DataTypes.StringType, true),
            DataTypes.createStructField(RAW_DATE_DOWNLOAD, DataTypes.StringType, true),
            DataTypes.createStructField(TextDates.SLICE, DataTypes.StringType, false)));

    private final int maxTextChars;
    private final int sliceChars;
    private final List<String> languages;
    private final DateResolver dates;
    private final LanguageIdentifier languageIdentifier;
    private final ChromeRules chrome;
    private final NearDuplicateKeys nearDuplicateKeys;

    public CleanArticles(TensionConfig config, Instant now) {
        this.maxTextChars = config.input().maxTextChars();
        this.sliceChars = config.dates().textSliceChars();
        this.languages = List.copyOf(config.language().languages());
        this.dates = new DateResolver(config.dates().minYear(), config.dates().maxFutureDays(), now);
        this.languageIdentifier = new LanguageIdentifier(config.language().detectAmong());
        this.chrome = ChromeRules.loadDefault();
        this.nearDuplicateKeys = new NearDuplicateKeys(config.dedup());
    }

    public Dataset<Row> apply(Dataset<Row> parsed) {
        Tables.require(parsed, "clean", SOURCE_FILE, RAW_ID, URL, RAW_SOURCE_DOMAIN, TITLE, TEXT, RAW_DATE_PUBLISH, RAW_DATE_MODIFY,
                RAW_DATE_DOWNLOAD, LANGUAGE, QUARANTINE_REASON);
        CleanArticles self = this;
        return parsed.filter(parsed.col(QUARANTINE_REASON).isNull())
                .map((MapFunction<Row, Row>) self::pending, Encoders.row(PENDING))
                .transform(TextDates::apply)
                .map((MapFunction<Row, Row>) self::resolved, Encoders.row(SCHEMA));
    }

    /** Cleans one parsed record; the date slice is empty when metadata or the URL already date it. */
    Row pending(Row row) {
        List<String> reasons = new ArrayList<>();
        TextCleaner.Cleaned cleaned = TextCleaner.cleanArticle(row.getAs(TITLE), row.getAs(TEXT), chrome);
        String text = cleaned.text();
        if (cleaned.controlCharacters()) {
            reasons.add("control characters removed");
        }
        if (text.length() > maxTextChars) {
            text = text.substring(0, maxTextChars);
            reasons.add("text truncated to " + maxTextChars + " characters");
        }
        if (!text.isEmpty() && cleaned.title() != null && !cleaned.title().isBlank()) {
            // The headline is the article's most deliberate statement about who is at odds with whom: it is analysed
            // as the text's first paragraph, so offsets, sentences and evidence all refer to one string.
            text = cleaned.title() + "\n\n" + text;
        }
        String url = row.getAs(URL);
        String status = Tables.PROCESSED;
        String language = null;
        if (text.isEmpty()) {
            status = Tables.SKIPPED;
            reasons.add("empty text" + (cleaned.chromeLines() > 0 ? " after removing site chrome" : ""));
        } else {
            language = languageIdentifier.identify(row.getAs(LANGUAGE), text);
            if (language == null) {
                reasons.add("language not detected");
            } else if (!languages.contains(language)) {
                status = Tables.SKIPPED;
                reasons.add("language " + language + " not in language.languages " + languages);
            }
        }
        String publish = row.getAs(RAW_DATE_PUBLISH);
        String modify = row.getAs(RAW_DATE_MODIFY);
        String slice = dates.needsTextDate(publish, modify, url) ? TextDates.slice(text, sliceChars) : "";
        String source = source(row.getAs(RAW_SOURCE_DOMAIN), url);
        return RowFactory.create(
                ArticleIds.articleId(row.getAs(RAW_ID), source, row.getAs(SOURCE_FILE), url, cleaned.title(), text),
                url,
                source,
                cleaned.title(),
                text,
                language,
                status,
                reasons.isEmpty() ? null : String.join("; ", reasons),
                publish,
                modify,
                row.getAs(RAW_DATE_DOWNLOAD),
                slice);
    }

    /** Adds the resolved date to a cleaned row that went through {@link TextDates}. */
    Row resolved(Row row) {
        Date textDate = row.getAs(TextDates.TEXT_DATE);
        ResolvedDate date = dates.resolve(row.getAs(RAW_DATE_PUBLISH), row.getAs(RAW_DATE_MODIFY), row.getAs(URL),
                textDate == null ? null : textDate.toLocalDate(), row.getAs(TextDates.TEXT_DATE_NOTE),
                row.getAs(RAW_DATE_DOWNLOAD));
        String reason = row.getAs(REASON);
        if (date.reason() != null) {
            reason = reason == null ? date.reason() : reason + "; " + date.reason();
        }
        Instant published = date.publishedAt();
        String text = row.getAs(TEXT);
        return RowFactory.create(
                row.getAs(ARTICLE_ID),
                row.getAs(URL),
                row.getAs(SOURCE),
                row.getAs(TITLE),
                text,
                published == null ? null : Timestamp.from(published),
                published == null ? null : Date.valueOf(LocalDate.ofInstant(published, ZoneOffset.UTC)),
                date.source(),
                row.getAs(LANGUAGE),
                row.getAs(STATUS),
                null,
                reason,
                UrlCanonicalizer.canonical(row.getAs(URL)),
                ArticleIds.contentHash(text),
                Tables.PROCESSED.equals(row.getAs(STATUS)) ? nearDuplicateKeys.of(text) : NearDuplicateKeys.NONE,
                nearDuplicateKeys.scheme());
    }

    /** The publisher: the record's source domain (without {@code www.}), else the URL's host. */
    static String source(String sourceDomain, String url) {
        if (sourceDomain != null && !sourceDomain.isBlank()) {
            String s = sourceDomain.strip().toLowerCase(Locale.ROOT);
            return s.startsWith("www.") ? s.substring(4) : s;
        }
        String canonical = UrlCanonicalizer.canonical(url);
        if (canonical == null) {
            return null;
        }
        int slash = canonical.indexOf('/');
        return slash < 0 ? canonical : canonical.substring(0, slash);
    }
}
