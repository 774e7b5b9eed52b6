package io.newstension.clean;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * De-duplicates a cleaned batch against the articles earlier runs stored (incremental mode): a batch article that
 * copies a stored one becomes its duplicate, and a record whose article id is already stored (the same record
 * delivered again) is left out, so re-running a batch adds nothing. Stored articles never change.
 *
 * <p>Stored articles are read by their stored keys ({@code url_key}, {@code content_hash}, {@code dedup_bands}), not
 * their texts: the stored table is scanned once, for its key columns only, and that scan is kept for the run (ids,
 * exact and near-copy keys all come from it). The only stored texts read are those of the few articles a new article
 * is compared with as a possible near-copy, from their date partitions only. Rows stored without keys (written
 * before the keys were stored), and processed rows whose band keys were made under another {@code dedup} setting
 * ({@code dedup_scheme}), get their keys computed from their text here, as before, reading only the date partitions
 * that hold such rows.
 *
 * <p>The datasets it keeps stay cached until {@link #close()}: close it once the result has been written.
 */
public final class NewArticles implements AutoCloseable {
    private static final String STORED_ID = "_stored_id";
    /** What de-duplication reads of a stored article, besides its keys. */
    private static final String[] STORED_FIELDS = {ARTICLE_ID, URL, PUBLISHED_AT, DATE, STATUS, DUPLICATE_OF};
    private static final org.apache.spark.sql.types.DataType BANDS_TYPE =
            DataTypes.createArrayType(DataTypes.LongType, false);
    private final TensionConfig.Dedup config;
    private final Dataset<Row> stored;
    private final Deduplicate dedup;
    private final List<Dataset<Row>> cached = new ArrayList<>();

    /** @param stored the published {@code articles} table (partitioned by {@code date}) */
    public NewArticles(TensionConfig.Dedup config, Dataset<Row> stored) {
        this.config = config;
        this.stored = stored;
        this.dedup = new Deduplicate(config, this::storedTexts);
    }

    /** A cleaned batch in, the batch's new article rows (articles schema) out. */
    public Dataset<Row> apply(CleanArticles.Cleaned batch) {
        Tables.require(batch.records(), "deduplicate against stored articles", CleanArticles.RECORDS.fieldNames());
        Tables.require(stored, "stored articles", Tables.ARTICLES.fieldNames());
        Dataset<Row> storedKeys = storedKeys();
        Dataset<Row> storedIds = storedKeys.select(col(ARTICLE_ID).as(STORED_ID));
        Dataset<Row> records = batch.records();
        Dataset<Row> fresh = records.join(storedIds, records.col(ARTICLE_ID).equalTo(storedIds.col(STORED_ID)), "left_anti")
                .withColumn(Deduplicate.STORED, lit(false));
        // Kept (narrow: keys, no texts): read twice below.
        Dataset<Row> exact = keep(dedup.exactCopies(storedKeys.withColumn(Deduplicate.STORED, lit(true))
                .unionByName(fresh, true)));
        // Texts go to the batch's rows only; stored rows keep their band keys, their texts are looked up if needed.
        // Kept: the near-copy search reads these rows several times.
        Dataset<Row> withTexts = keep(batch.withTexts(exact.filter(functions.not(col(Deduplicate.STORED))))
                .unionByName(exact.filter(col(Deduplicate.STORED)).drop(TEXT_KEY), true));
        return dedup.nearCopies(withTexts)
                .filter(col(Deduplicate.STORED).equalTo(false))
                .select(Tables.columns(Tables.ARTICLES.fieldNames()));
    }

    /** Unpersists what this run kept (its stored keys, exact copies and near-copy candidates). */
    @Override
    public void close() {
        cached.forEach(Dataset::unpersist);
        cached.clear();
        dedup.unpersist();
    }

    /**
     * The stored articles' de-duplication fields and keys, without their texts: the stored keys where they are
     * usable, else keys computed from the text. Package-private for tests.
     */
    Dataset<Row> storedKeys() {
        NearDuplicateKeys nearDuplicateKeys = new NearDuplicateKeys(config);
        // Band keys only matter for processed articles (stored duplicates are never keepers again), and only when
        // near-duplicates are searched; then they must have been made with the same settings.
        Column bandsUsable = nearDuplicateKeys.enabled()
                ? col(STATUS).notEqual(Tables.PROCESSED).or(col(DEDUP_SCHEME).eqNullSafe(nearDuplicateKeys.scheme()))
                : lit(true);
        Column usable = col(CONTENT_HASH).isNotNull().and(bandsUsable);
        // The one scan of the stored table: key columns only (Parquet reads no text), kept for the run.
        Dataset<Row> scanned = keep(stored.select(Tables.columns(
                concat(STORED_FIELDS, URL_KEY, CONTENT_HASH, DEDUP_BANDS, DEDUP_SCHEME))));
        Dataset<Row> keyed = scanned.filter(usable).drop(DEDUP_SCHEME);
        List<Object> unkeyedDates = distinctDates(scanned.filter(functions.not(usable)));
        if (unkeyedDates.isEmpty()) {
            return keyed;
        }
        UserDefinedFunction urlKey = udf((UDF1<String, String>) UrlCanonicalizer::canonical, DataTypes.StringType);
        UserDefinedFunction contentHash = udf((UDF1<String, String>) ArticleIds::contentHash, DataTypes.StringType);
        UserDefinedFunction bandKeys = udf((UDF1<String, scala.collection.Seq<Long>>) nearDuplicateKeys::of, BANDS_TYPE);
        // Only this branch reads texts, and only in the date partitions that hold rows without usable keys.
        Dataset<Row> computed = stored.filter(inDates(unkeyedDates)).filter(functions.not(usable))
                .select(Tables.columns(concat(STORED_FIELDS, TEXT)))
                .withColumn(URL_KEY, urlKey.apply(col(URL)))
                .withColumn(CONTENT_HASH, contentHash.apply(col(TEXT)))
                .withColumn(DEDUP_BANDS, when(col(STATUS).equalTo(Tables.PROCESSED), bandKeys.apply(col(TEXT)))
                        .otherwise(array().cast(BANDS_TYPE)))
                .drop(TEXT);
        // Kept: computing keys from texts is the expensive part, and the result is read more than once.
        return keep(keyed.unionByName(computed));
    }

    /**
     * The texts of stored processed articles a new article may be a near-copy of ({@code keepers}: their
     * {@code article_id} and {@code date}), read from their date partitions only and matched by id.
     */
    private Dataset<Row> storedTexts(Dataset<Row> keepers) {
        List<Object> dates = distinctDates(keepers);
        Dataset<Row> ids = keepers.select(col(ARTICLE_ID).as(STORED_ID));
        return stored.filter(inDates(dates))
                .filter(col(STATUS).equalTo(Tables.PROCESSED))
                .select(col(ARTICLE_ID), col(TEXT))
                .join(ids, col(ARTICLE_ID).equalTo(col(STORED_ID)), "left_semi");
    }

    /** The distinct {@code date} values of {@code rows} (null for undated rows): at most one per date partition. */
    private static List<Object> distinctDates(Dataset<Row> rows) {
        List<Object> dates = new ArrayList<>();
        for (Row row : rows.select(col(DATE)).distinct().collectAsList()) {
            dates.add(row.get(0));
        }
        return dates;
    }

    /**
     * A filter on the partition column that Spark resolves while listing files, so only these partitions' files are
     * opened; false (no scan at all) without dates.
     */
    private static Column inDates(List<Object> dates) {
        Object[] dated = dates.stream().filter(Objects::nonNull).toArray();
        Column in = dated.length == 0 ? lit(false) : col(DATE).isin(dated);
        return dates.contains(null) ? in.or(col(DATE).isNull()) : in;
    }

    private Dataset<Row> keep(Dataset<Row> rows) {
        Dataset<Row> persisted = rows.persist(StorageLevel.MEMORY_AND_DISK_SER());
        cached.add(persisted);
        return persisted;
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
