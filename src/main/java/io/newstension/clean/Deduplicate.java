package io.newstension.clean;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import io.newstension.schema.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Marks copies of one article as {@code duplicate}, with {@code duplicate_of} naming the copy that is kept: the
 * earliest published, ties broken by id. Copies share an input id, a canonical URL (tracking parameters and
 * {@code www.} ignored) or the same text up to case and spacing. Duplicates stay in {@code articles} but are never
 * analysed or counted. The de-duplication keys are dropped from the result.
 */
public final class Deduplicate {
    private Deduplicate() {}

    public static Dataset<Row> apply(Dataset<Row> articles) {
        Tables.require(articles, "deduplicate", ARTICLE_ID, PUBLISHED_AT, STATUS, DUPLICATE_OF, "url_key", CONTENT_HASH);
        return articles
                .transform(a -> markCopies(a, ARTICLE_ID))
                .transform(a -> markCopies(a, "url_key"))
                .transform(a -> markCopies(a, CONTENT_HASH))
                .drop("url_key", CONTENT_HASH);
    }

    /** Among still-processed rows sharing {@code key}, all but the first become duplicates of the first. */
    private static Dataset<Row> markCopies(Dataset<Row> articles, String key) {
        Column live = col(STATUS).equalTo(Tables.PROCESSED).and(col(key).isNotNull());
        WindowSpec byKey = Window.partitionBy(col(key), live)
                .orderBy(col(PUBLISHED_AT).asc_nulls_last(), col(ARTICLE_ID).asc(), col(URL).asc_nulls_last(), col(TEXT).asc());
        Column keeper = first(col(ARTICLE_ID)).over(byKey);
        Column isCopy = live.and(row_number().over(byKey).gt(1));
        return articles
                .withColumn(DUPLICATE_OF, when(isCopy, keeper).otherwise(col(DUPLICATE_OF)))
                .withColumn(STATUS, when(isCopy, lit(Tables.DUPLICATE)).otherwise(col(STATUS)));
    }
}
