package io.newstension.aggregate;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.row_number;

import io.newstension.schema.Tables;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Gives every scored co-mention its {@code weight}: an article's co-mentions of one pair share at most
 * {@code aggregate.max_article_weight} between them, most to the most tense (see {@link TensionFormula#rankWeight}),
 * so one article never weighs more than the cap for a pair and its strongest statements are not drowned by
 * background sentences.
 */
public final class ArticleWeights {
    private final double cap;

    public ArticleWeights(double maxArticleWeight) {
        this.cap = maxArticleWeight;
    }

    public Dataset<Row> apply(Dataset<Row> scored) {
        Tables.require(scored, "weights", ARTICLE_ID, PAIR_TYPE, ENTITY_A, ENTITY_B, TENSION, SENTENCE_INDEX);
        WindowSpec pairInArticle = Window.partitionBy(ARTICLE_ID, PAIR_TYPE, ENTITY_A, ENTITY_B);
        Column rank = row_number().over(pairInArticle.orderBy(col(TENSION).desc(), col(SENTENCE_INDEX).asc())).minus(1);
        Column n = count(lit(1)).over(pairInArticle);
        Column weight = lit(cap).multiply(pow(lit(0.5), rank)).divide(lit(2.0).multiply(lit(1.0).minus(pow(lit(0.5), n))));
        return scored.withColumn(WEIGHT, weight)
                .select(Arrays.stream(Tables.COMENTIONS.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
    }
}
