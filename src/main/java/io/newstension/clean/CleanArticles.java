package io.newstension.clean;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.udf;

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
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Turns parsed input records into article rows: cleaned title and text without site chrome, a stable id, the
 * language, the resolved publication date (metadata, URL, text via {@link TextDates}, download) and the keys
 * de-duplication needs. A text over {@code input.max_text_chars} is kept truncated, with a reason. An article with
 * an empty text, or in a language outside {@code language.languages}, is {@code skipped} with the reason.
 *
 * <p>Everything that depends on the text alone (clean-up, truncation, language detection, the date matcher, the
 * content hash, the near-duplicate band keys) is done once per distinct delivered title and text
 * ({@value io.newstension.schema.Columns#TEXT_KEY}), not once per record: a crawl re-delivers the same page many times,
 * and the per-text work costs far more than the per-record rest. {@link #clean} keeps the two apart, so that
 * de-duplication sorts narrow record rows and texts are attached once, to the rows that are written.
 */
public final class CleanArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The articles schema, de-duplication keys included ({@link NearDuplicateKeys}, stored for {@link NewArticles}). */
    public static final StructType SCHEMA = Tables.ARTICLES;

    private static final String NEEDS_DETECTION = "_needs_detection";
    private static final String NEEDS_TEXT_DATE = "_needs_text_date";
    private static final String CONTROL = "_control_characters";
    private static final String TRUNCATED = "_truncated";
    private static final String EMPTY = "_empty";
    private static final String CHROME_ONLY = "_chrome_only";
    private static final String DETECTED = "_detected_language";
    private static final String TEXT_BANDS = "_text_bands";

    /** One row per distinct delivered title and text: the cleaned text and what follows from it alone. */
    static final StructType TEXTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField(TEXT_KEY, DataTypes.StringType, false),
            DataTypes.createStructField(TITLE, DataTypes.StringType, true),
            DataTypes.createStructField(TEXT, DataTypes.StringType, false),
            DataTypes.createStructField(CONTENT_HASH, DataTypes.StringType, false),
            DataTypes.createStructField(CONTROL, DataTypes.BooleanType, false),
            DataTypes.createStructField(TRUNCATED, DataTypes.BooleanType, false),
            DataTypes.createStructField(EMPTY, DataTypes.BooleanType, false),
            DataTypes.createStructField(CHROME_ONLY, DataTypes.BooleanType, false),
            DataTypes.createStructField(DETECTED, DataTypes.StringType, true),
            DataTypes.createStructField(TEXT_BANDS, DataTypes.createArrayType(DataTypes.LongType, false), false),
            DataTypes.createStructField(TextDates.SLICE, DataTypes.StringType, false)));

    /** What a record row needs of its text: everything but the text. */
    private static final String[] TEXT_FACTS = {TEXT_KEY, CONTENT_HASH, CONTROL, TRUNCATED, EMPTY, CHROME_ONLY,
            DETECTED, TextDates.CANDIDATES};

    /** One row per record: the articles schema without title, text and band keys, with the record's text key. */
    public static final StructType RECORDS = DataTypes.createStructType(recordFields());

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

    /**
     * A cleaned batch: {@code records} ({@link #RECORDS}: one row per record, ids unique) and {@code texts} (one row
     * per text key). Texts are read twice (for the records' facts, then by {@link #withTexts}): the job materialises
     * them through {@link #clean(Dataset, UnaryOperator)}.
     */
    public record Cleaned(Dataset<Row> records, Dataset<Row> texts) {
        /** The records as article rows ({@link #SCHEMA}), not de-duplicated. */
        public Dataset<Row> articles() {
            return withTexts(records).select(Tables.columns(SCHEMA.fieldNames()));
        }

        /**
         * Rows with a {@value io.newstension.schema.Columns#TEXT_KEY} get their cleaned title and text, and the text's
         * band keys unless they are skipped; other columns are kept, the key dropped.
         */
        public Dataset<Row> withTexts(Dataset<Row> rows) {
            Tables.require(rows, "attach texts", TEXT_KEY, STATUS);
            Dataset<Row> t = texts.select(col(TEXT_KEY).as("_t_key"), col(TITLE).as("_t_title"), col(TEXT).as("_t_text"),
                    col(TEXT_BANDS));
            Column bands = functions.when(col(STATUS).equalTo(Tables.SKIPPED), functions.array().cast(TEXTS.apply(TEXT_BANDS).dataType()))
                    .otherwise(col(TEXT_BANDS));
            return rows.join(t, rows.col(TEXT_KEY).equalTo(t.col("_t_key")), "left")
                    .withColumn(DEDUP_BANDS, bands)
                    .withColumn(TITLE, col("_t_title")).withColumn(TEXT, col("_t_text"))
                    .drop("_t_key", "_t_title", "_t_text", TEXT_BANDS, TEXT_KEY);
        }
    }

    /** Cleaned article rows ({@link #SCHEMA}), not de-duplicated: {@code clean(parsed).articles()}. */
    public Dataset<Row> apply(Dataset<Row> parsed) {
        return clean(parsed).articles();
    }

    /** The batch's records and distinct texts, cleaned. */
    public Cleaned clean(Dataset<Row> parsed) {
        return clean(parsed, UnaryOperator.identity());
    }

    /**
     * As {@link #clean(Dataset)}, with the texts passed through {@code keep} before the records read their facts from
     * them: the job writes them to a work table there, so they are cleaned once and read back column by column.
     */
    public Cleaned clean(Dataset<Row> parsed, UnaryOperator<Dataset<Row>> keep) {
        Tables.require(parsed, "clean", SOURCE_FILE, RECORD, RAW_ID, URL, RAW_SOURCE_DOMAIN, TITLE, TEXT, RAW_DATE_PUBLISH,
                RAW_DATE_MODIFY, RAW_DATE_DOWNLOAD, LANGUAGE, QUARANTINE_REASON);
        CleanArticles self = this;
        Dataset<Row> keyed = parsed.filter(col(QUARANTINE_REASON).isNull())
                .withColumn(TEXT_KEY, udf((UDF2<String, String, String>) ArticleIds::textKey, DataTypes.StringType)
                        .apply(col(TITLE), col(TEXT)));
        // A text is detected or date-matched only when one of its records needs it; the title and text of a key are
        // the same in every record, so any record's will do (first() reduces each task's copies before the shuffle).
        Dataset<Row> texts = keyed
                .withColumn(NEEDS_DETECTION, udf((UDF1<String, Boolean>) tag -> LanguageIdentifier.normalise(tag) == null,
                        DataTypes.BooleanType).apply(col(LANGUAGE)))
                .withColumn(NEEDS_TEXT_DATE, udf((UDF3<String, String, String, Boolean>) self.dates::needsTextDate,
                        DataTypes.BooleanType).apply(col(RAW_DATE_PUBLISH), col(RAW_DATE_MODIFY), col(URL)))
                .groupBy(col(TEXT_KEY))
                .agg(first(col(TITLE)).as(TITLE), first(col(TEXT)).as(TEXT), max(col(NEEDS_DETECTION)).as(NEEDS_DETECTION),
                        max(col(NEEDS_TEXT_DATE)).as(NEEDS_TEXT_DATE))
                .map((MapFunction<Row, Row>) self::text, Encoders.row(TEXTS))
                .transform(TextDates::apply)
                .transform(keep::apply);
        Dataset<Row> facts = texts.select(Tables.columns(TEXT_FACTS));
        Dataset<Row> records = keyed
                .select(col(SOURCE_FILE), col(RECORD), col(RAW_ID), col(URL), col(RAW_SOURCE_DOMAIN), col(RAW_DATE_PUBLISH),
                        col(RAW_DATE_MODIFY), col(RAW_DATE_DOWNLOAD), col(LANGUAGE), col(TEXT_KEY).as("_key"))
                .join(facts, col("_key").equalTo(facts.col(TEXT_KEY)))
                .drop("_key")
                .map((MapFunction<Row, Row>) self::record, Encoders.row(RECORDS_WITH_ORIGIN));
        // The same page delivered twice gets one id from its content: later deliveries get a suffix, in input order.
        Column nth = row_number().over(Window.partitionBy(col(ARTICLE_ID)).orderBy(col(SOURCE_FILE), col(RECORD)));
        UserDefinedFunction redelivery = udf((UDF2<String, Integer, String>) ArticleIds::redelivery, DataTypes.StringType);
        records = records.withColumn(ARTICLE_ID, redelivery.apply(col(ARTICLE_ID), nth))
                .select(Tables.columns(RECORDS.fieldNames()));
        return new Cleaned(records, texts);
    }

    /** Cleans one distinct title and text ({@link #TEXTS}); detection and the date slice only where needed. */
    Row text(Row row) {
        TextCleaner.Cleaned cleaned = TextCleaner.cleanArticle(row.getAs(TITLE), row.getAs(TEXT), chrome);
        String text = cleaned.text();
        boolean truncated = text.length() > maxTextChars;
        if (truncated) {
            text = text.substring(0, maxTextChars);
        }
        if (!text.isEmpty() && cleaned.title() != null && !cleaned.title().isBlank()) {
            // The headline is the article's most deliberate statement about who is at odds with whom: it is analysed
            // as the text's first paragraph, so offsets, sentences and evidence all refer to one string.
            text = cleaned.title() + "\n\n" + text;
        }
        boolean detect = row.getAs(NEEDS_DETECTION);
        boolean textDate = row.getAs(NEEDS_TEXT_DATE);
        return RowFactory.create(
                row.getAs(TEXT_KEY),
                cleaned.title(),
                text,
                ArticleIds.contentHash(text),
                cleaned.controlCharacters(),
                truncated,
                text.isEmpty(),
                text.isEmpty() && cleaned.chromeLines() > 0,
                detect && !text.isEmpty() ? languageIdentifier.identify(null, text) : null,
                text.isEmpty() ? NearDuplicateKeys.NONE : nearDuplicateKeys.of(text),
                textDate && !text.isEmpty() ? TextDates.slice(text, sliceChars) : "");
    }

    /** One record's article row without its text ({@link #RECORDS} plus its origin), from the record and its text's facts. */
    Row record(Row row) {
        List<String> reasons = new ArrayList<>();
        if (row.<Boolean>getAs(CONTROL)) {
            reasons.add("control characters removed");
        }
        if (row.<Boolean>getAs(TRUNCATED)) {
            reasons.add("text truncated to " + maxTextChars + " characters");
        }
        String url = row.getAs(URL);
        String status = Tables.PROCESSED;
        String language = null;
        String detected = row.getAs(DETECTED);
        List<Row> candidates = row.getList(row.fieldIndex(TextDates.CANDIDATES));
        if (row.<Boolean>getAs(EMPTY)) {
            status = Tables.SKIPPED;
            reasons.add("empty text" + (row.<Boolean>getAs(CHROME_ONLY) ? " after removing site chrome" : ""));
        } else {
            String tagged = LanguageIdentifier.normalise(row.getAs(LANGUAGE));
            language = tagged != null ? tagged : detected;
            if (language == null) {
                reasons.add("language not detected");
            } else if (!languages.contains(language)) {
                status = Tables.SKIPPED;
                reasons.add("language " + language + " not in language.languages " + languages);
            }
        }
        String publish = row.getAs(RAW_DATE_PUBLISH);
        String modify = row.getAs(RAW_DATE_MODIFY);
        String download = row.getAs(RAW_DATE_DOWNLOAD);
        TextDateChooser.Choice textDate = dates.needsTextDate(publish, modify, url) ? TextDates.choose(candidates, download) : null;
        ResolvedDate date = dates.resolve(publish, modify, url, textDate == null ? null : textDate.date(),
                textDate == null ? null : textDate.note(), download);
        if (date.reason() != null) {
            reasons.add(date.reason());
        }
        Instant published = date.publishedAt();
        String source = source(row.getAs(RAW_SOURCE_DOMAIN), url);
        return RowFactory.create(
                ArticleIds.articleId(row.getAs(RAW_ID), source, row.getAs(SOURCE_FILE), url, row.getAs(TEXT_KEY)),
                url,
                source,
                published == null ? null : Timestamp.from(published),
                published == null ? null : Date.valueOf(LocalDate.ofInstant(published, ZoneOffset.UTC)),
                date.source(),
                language,
                status,
                null,
                reasons.isEmpty() ? null : String.join("; ", reasons),
                UrlCanonicalizer.canonical(url),
                row.getAs(CONTENT_HASH),
                nearDuplicateKeys.scheme(),
                row.getAs(TEXT_KEY),
                row.getAs(SOURCE_FILE),
                row.getAs(RECORD));
    }

    /** {@link #RECORDS} plus the record's origin, which orders re-deliveries. */
    private static final StructType RECORDS_WITH_ORIGIN = RECORDS
            .add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false))
            .add(DataTypes.createStructField(RECORD, DataTypes.LongType, false));

    private static List<StructField> recordFields() {
        List<StructField> fields = new ArrayList<>();
        for (StructField f : Tables.ARTICLES.fields()) {
            if (!List.of(TITLE, TEXT, DEDUP_BANDS).contains(f.name())) {
                fields.add(f);
            }
        }
        fields.add(DataTypes.createStructField(TEXT_KEY, DataTypes.StringType, false));
        return fields;
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
