package io.newstension.clean;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * De-duplicates a cleaned batch against the articles earlier runs stored (incremental mode): a batch article that
 * copies a stored one becomes its duplicate, and a record whose article id is already stored (the same record
 * delivered again) is left out, so re-running a batch adds nothing. Stored articles never change.
 *
 * <p>Stored articles are read by their stored keys ({@code url_key}, {@code content_hash}, {@code dedup_bands}), not
 * their texts: a batch costs what the batch costs plus a scan of the keys, however many texts are stored. The only
 * stored texts read are those of articles a new article is compared with as a possible near-copy. Rows stored
 * without keys (written before the keys were stored), and processed rows whose band keys were made under another
 * {@code dedup} setting ({@code dedup_scheme}), get their keys computed from their text here, as before.
 */
public final class NewArticles {
    private static final String STORED_ID = "_stored_id";
    /** What de-duplication reads of a stored article, besides its keys. */
    private static final String[] STORED_FIELDS = {ARTICLE_ID, URL, PUBLISHED_AT, DATE, STATUS, DUPLICATE_OF};
    private static final org.apache.spark.sql.types.DataType BANDS_TYPE =
            DataTypes.createArrayType(DataTypes.LongType, false);
    private final TensionConfig.Dedup config;
    private final Dataset<Row> stored;

    /** @param stored the published {@code articles} table */
    public NewArticles(TensionConfig.Dedup config, Dataset<Row> stored) {
        this.config = config;
        this.stored = stored;
    }

    /** Cleaned batch rows ({@link CleanArticles#SCHEMA}) in, the batch's new article rows (articles schema) out. */
    public Dataset<Row> apply(Dataset<Row> batch) {
        Tables.require(batch, "deduplicate against stored articles", CleanArticles.SCHEMA.fieldNames());
        Tables.require(stored, "stored articles", Tables.ARTICLES.fieldNames());
        Dataset<Row> storedIds = stored.select(col(ARTICLE_ID).as(STORED_ID)).distinct();
        Dataset<Row> fresh = batch.join(storedIds, batch.col(ARTICLE_ID).equalTo(storedIds.col(STORED_ID)), "left_anti")
                .withColumn(Deduplicate.STORED, lit(false));
        Deduplicate.StoredTexts texts = ids -> stored.filter(col(STATUS).equalTo(Tables.PROCESSED)).join(ids, ARTICLE_ID).select(col(ARTICLE_ID), col(TEXT));
        return storedKeys().withColumn(Deduplicate.STORED, lit(true))
                .unionByName(fresh, true)
                .transform(new Deduplicate(config, texts)::apply)
                .filter(col(Deduplicate.STORED).equalTo(false))
                .select(Tables.columns(Tables.ARTICLES.fieldNames()));
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
        Dataset<Row> keyed = stored.filter(usable)
                .select(Tables.columns(concat(STORED_FIELDS, URL_KEY, CONTENT_HASH, DEDUP_BANDS)));

        UserDefinedFunction urlKey = udf((UDF1<String, String>) UrlCanonicalizer::canonical, DataTypes.StringType);
        UserDefinedFunction contentHash = udf((UDF1<String, String>) ArticleIds::contentHash, DataTypes.StringType);
        UserDefinedFunction bandKeys = udf((UDF1<String, scala.collection.Seq<Long>>) nearDuplicateKeys::of, BANDS_TYPE);
        // Only this branch reads texts. Its filter is on key columns, which Parquet can check against row-group
        // statistics (null counts, min/max of dedup_scheme), so row groups whose keys are all usable can be skipped
        // rather than decoded.
        Dataset<Row> computed = stored.filter(functions.not(usable))
                .select(Tables.columns(concat(STORED_FIELDS, TEXT)))
                .withColumn(URL_KEY, urlKey.apply(col(URL)))
                .withColumn(CONTENT_HASH, contentHash.apply(col(TEXT)))
                .withColumn(DEDUP_BANDS, when(col(STATUS).equalTo(Tables.PROCESSED), bandKeys.apply(col(TEXT)))
                        .otherwise(array().cast(BANDS_TYPE)))
                .drop(TEXT);
        return keyed.unionByName(computed);
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
