package io.newstension.aggregate;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.*;

import io.newstension.config.TensionConfig;
import io.newstension.score.PairScore;
import io.newstension.schema.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The aggregation stage: scored co-mentions to one row per granularity, period and pair ({@link Tables#PAIR_TENSION}).
 * Volume, tone and cue shares are weighted by co-mention weight; the tension score follows {@link TensionFormula};
 * {@code tension_z} compares it with the same pair's previous {@code aggregate.baseline_periods} calendar periods;
 * {@code evidence} holds the most tense sentences; {@code a_to_b_conflict} and the other directed counts say how many
 * co-mentions have one entity acting on the other ({@code relation} adversarial or cooperative, {@code source}
 * that entity). Co-mentions without a date are left out.
 */
public final class PairTension {
    private static final StructType SCORE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("tension", DataTypes.DoubleType, false),
            DataTypes.createStructField("low", DataTypes.DoubleType, false),
            DataTypes.createStructField("high", DataTypes.DoubleType, false)));

    /** One output row per value of these columns. */
    private static final List<String> PERIOD_KEYS = List.of(GRANULARITY, PERIOD_START, PAIR_TYPE, ENTITY_A, ENTITY_B);

    private final TensionConfig.Aggregate config;

    public PairTension(TensionConfig.Aggregate config) {
        this.config = config;
    }

    /**
     * @param coMentions scored co-mentions of processed articles
     * @param articles   {@code article_id, url, source} of those articles
     * @param names      {@code entity_type, entity_id, entity_name}: display names of entities
     */
    public Dataset<Row> apply(Dataset<Row> coMentions, Dataset<Row> articles, Dataset<Row> names) {
        Tables.require(coMentions, "aggregate", ARTICLE_ID, DATE, PAIR_TYPE, ENTITY_A, ENTITY_B, SENTENCE_INDEX, SENTENCE,
                TONE, GOLDSTEIN, QUAD_CLASS, TENSION, WEIGHT, RELATION, SOURCE, TARGET);
        Tables.require(articles, "aggregate", ARTICLE_ID, URL, SOURCE);
        Tables.require(names, "aggregate", ENTITY_TYPE, ENTITY_ID, ENTITY_NAME);
        double prior = config.priorTension();
        double strength = config.priorStrength();
        UserDefinedFunction score = udf((UDF2<Double, Double, Row>) (sum, weight) -> {
            TensionFormula.Score s = TensionFormula.score(sum, weight, prior, strength);
            return org.apache.spark.sql.RowFactory.create(s.tension(), s.low(), s.high());
        }, SCORE);

        Column w = col(WEIGHT);
        // The co-mention's source (the acting entity) shares its name with the article's source (the publisher):
        // it is turned into direction flags before the articles are joined.
        Dataset<Row> periods = coMentions.filter(col(DATE).isNotNull())
                .withColumn(A_TO_B_CONFLICT, directed(PairScore.ADVERSARIAL, ENTITY_A))
                .withColumn(B_TO_A_CONFLICT, directed(PairScore.ADVERSARIAL, ENTITY_B))
                .withColumn(A_TO_B_COOPERATION, directed(PairScore.COOPERATIVE, ENTITY_A))
                .withColumn(B_TO_A_COOPERATION, directed(PairScore.COOPERATIVE, ENTITY_B))
                .drop(SOURCE, TARGET)
                .join(articles.select(ARTICLE_ID, URL, SOURCE), ARTICLE_ID)
                .withColumn(GRANULARITY, explode(array(config.granularities().stream().map(functions::lit).toArray(Column[]::new))))
                .withColumn(PERIOD_START, periodStart(col(GRANULARITY), col(DATE)));

        Dataset<Row> grouped = periods.groupBy(PERIOD_KEYS.stream().map(functions::col).toArray(Column[]::new)).agg(
                countDistinct(ARTICLE_ID).as(ARTICLES),
                countDistinct(SOURCE).as(SOURCES),
                count(lit(1)).as(COMENTIONS),
                sum(col(A_TO_B_CONFLICT)).as(A_TO_B_CONFLICT),
                sum(col(B_TO_A_CONFLICT)).as(B_TO_A_CONFLICT),
                sum(col(A_TO_B_COOPERATION)).as(A_TO_B_COOPERATION),
                sum(col(B_TO_A_COOPERATION)).as(B_TO_A_COOPERATION),
                exactSum(w.multiply(col(TONE))).divide(exactSum(w)).cast(DataTypes.DoubleType).as(TONE_MEAN),
                exactSum(when(col(QUAD_CLASS).geq(3), w).otherwise(0)).divide(exactSum(w)).cast(DataTypes.DoubleType).as(CONFLICT_SHARE),
                exactSum(when(col(QUAD_CLASS).leq(2), w).otherwise(0)).divide(exactSum(w)).cast(DataTypes.DoubleType).as(COOPERATION_SHARE),
                exactSum(when(col(GOLDSTEIN).isNotNull(), w.multiply(col(GOLDSTEIN))))
                        .divide(exactSum(when(col(GOLDSTEIN).isNotNull(), w))).cast(DataTypes.DoubleType).as(GOLDSTEIN_MEAN),
                exactSum(w.multiply(col(TENSION))).cast(DataTypes.DoubleType).as("tension_sum"),
                exactSum(w).cast(DataTypes.DoubleType).as("weight_sum"))
                .join(evidence(periods), Tables.seq(PERIOD_KEYS))
                .withColumn("score", score.apply(col("tension_sum"), col("weight_sum")))
                .withColumn(TENSION, col("score.tension"))
                .withColumn(TENSION_LOW, col("score.low"))
                .withColumn(TENSION_HIGH, col("score.high"))
                .withColumn(EVIDENCE, expr("transform(ranked, x -> named_struct('article_id', x.article_id, 'url', x.url, "
                        + "'sentence', x.sentence, 'tension', -x.neg))"));

        WindowSpec trailing = Window.partitionBy(GRANULARITY, PAIR_TYPE, ENTITY_A, ENTITY_B)
                .orderBy(col("period_ordinal"))
                .rangeBetween(-config.baselinePeriods(), -1);
        Column baselineMean = avg(col(TENSION)).over(trailing);
        Column baselineSd = stddev_samp(col(TENSION)).over(trailing);
        Column baselineCount = count(col(TENSION)).over(trailing);
        Dataset<Row> scored = grouped
                .withColumn("period_ordinal", periodOrdinal(col(GRANULARITY), col(PERIOD_START)))
                .withColumn(TENSION_Z, when(baselineCount.geq(config.minBaselinePeriods()).and(baselineSd.gt(0)),
                        col(TENSION).minus(baselineMean).divide(baselineSd)));

        Dataset<Row> nameA = names.select(lower(col(ENTITY_TYPE)).as("type_a"), col(ENTITY_ID).as("id_a"), col(ENTITY_NAME).as(NAME_A));
        Dataset<Row> nameB = names.select(lower(col(ENTITY_TYPE)).as("type_b"), col(ENTITY_ID).as("id_b"), col(ENTITY_NAME).as(NAME_B));
        Dataset<Row> named = scored
                .join(nameA, col(PAIR_TYPE).equalTo(col("type_a")).and(col(ENTITY_A).equalTo(col("id_a"))), "left")
                .join(nameB, col(PAIR_TYPE).equalTo(col("type_b")).and(col(ENTITY_B).equalTo(col("id_b"))), "left");
        List<Column> out = new ArrayList<>();
        for (String field : Tables.PAIR_TENSION.fieldNames()) {
            out.add(col(field));
        }
        return named.select(out.toArray(Column[]::new));
    }

    /**
     * The {@code aggregate.evidence} most tense co-mentions of each pair and period, as {@code ranked}: an array of
     * {@code (neg, article_id, sentence_index, url, sentence)} in that order, ties broken by the later fields. Ranked
     * with a window and {@code row_number() <= k}, which Spark limits per group before the shuffle, so a busy
     * pair-period never gathers all its sentences in one row or one task.
     */
    private Dataset<Row> evidence(Dataset<Row> periods) {
        Column neg = col(TENSION).multiply(-1);
        WindowSpec mostTense = Window.partitionBy(PERIOD_KEYS.stream().map(functions::col).toArray(Column[]::new))
                .orderBy(neg, col(ARTICLE_ID), col(SENTENCE_INDEX), col(URL), col(SENTENCE));
        List<Column> keys = new ArrayList<>(PERIOD_KEYS.stream().map(functions::col).toList());
        return periods.withColumn("evidence_rank", row_number().over(mostTense))
                .filter(col("evidence_rank").leq(config.evidence()))
                .groupBy(keys.toArray(Column[]::new))
                .agg(sort_array(collect_list(struct(neg.as("neg"), col(ARTICLE_ID), col(SENTENCE_INDEX), col(URL),
                        col(SENTENCE)))).as("ranked"));
    }

    /** 1 for a co-mention of the given relation whose source is the entity in {@code sourceColumn}, else 0. */
    private static Column directed(String relation, String sourceColumn) {
        return when(col(RELATION).equalTo(relation).and(col(SOURCE).equalTo(col(sourceColumn))), 1L).otherwise(0L);
    }

    /**
     * A sum that does not depend on row order: floating-point addition is not associative, so summing doubles in
     * another order (another partitioning, a retried task) could change the last digits of a score.
     */
    static Column exactSum(Column value) {
        return sum(value.cast(DataTypes.createDecimalType(38, 12)));
    }

    static Column periodStart(Column granularity, Column date) {
        return when(granularity.equalTo("day"), date)
                .when(granularity.equalTo("week"), to_date(date_trunc("week", date)))
                .when(granularity.equalTo("month"), trunc(date, "month"))
                .otherwise(trunc(date, "year"));
    }

    /** Consecutive integers for consecutive periods, so a trailing window counts calendar periods, not rows. */
    static Column periodOrdinal(Column granularity, Column periodStart) {
        Column days = datediff(periodStart, lit("1970-01-05").cast(DataTypes.DateType));
        return when(granularity.equalTo("day"), days)
                .when(granularity.equalTo("week"), floor(days.divide(7)))
                .when(granularity.equalTo("month"), year(periodStart).multiply(12).plus(month(periodStart)))
                .otherwise(year(periodStart));
    }
}
