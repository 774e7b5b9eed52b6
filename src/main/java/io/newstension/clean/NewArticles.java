package io.newstension.clean;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * De-duplicates a cleaned batch against the articles earlier runs stored (incremental mode): a batch article that
 * copies a stored one becomes its duplicate, and a record whose article id is already stored (the same record
 * delivered again) is left out, so re-running a batch adds nothing. Stored articles never change.
 */
public final class NewArticles {
    private static final String STORED_ID = "_stored_id";
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
        UserDefinedFunction urlKey = udf((UDF1<String, String>) UrlCanonicalizer::canonical, DataTypes.StringType);
        UserDefinedFunction contentHash = udf((UDF1<String, String>) ArticleIds::contentHash, DataTypes.StringType);
        NearDuplicateKeys nearDuplicateKeys = new NearDuplicateKeys(config);
        UserDefinedFunction bandKeys = udf((UDF1<String, scala.collection.Seq<Long>>) nearDuplicateKeys::of,
                DataTypes.createArrayType(DataTypes.LongType, false));
        Dataset<Row> storedKeys = stored.select(Tables.columns(Tables.ARTICLES.fieldNames()))
                .withColumn(CleanArticles.URL_KEY, urlKey.apply(col(URL)))
                .withColumn(CONTENT_HASH, contentHash.apply(col(TEXT)))
                // Stored duplicates are never keepers again, so only processed articles need their band keys.
                .withColumn(CleanArticles.BAND_KEYS, when(col(STATUS).equalTo(Tables.PROCESSED), bandKeys.apply(col(TEXT)))
                        .otherwise(array().cast(DataTypes.createArrayType(DataTypes.LongType, false))))
                .withColumn(Deduplicate.STORED, lit(true));
        Dataset<Row> storedIds = stored.select(col(ARTICLE_ID).as(STORED_ID)).distinct();
        Dataset<Row> fresh = batch.join(storedIds, batch.col(ARTICLE_ID).equalTo(storedIds.col(STORED_ID)), "left_anti")
                .withColumn(Deduplicate.STORED, lit(false));
        return storedKeys.unionByName(fresh)
                .transform(new Deduplicate(config)::apply)
                .filter(col(Deduplicate.STORED).equalTo(false))
                .select(Tables.columns(Tables.ARTICLES.fieldNames()));
    }
}
