package io.newstension.aggregate;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.SparkTestSession;
import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pair scores from co-mentions: shrinkage, the one-article bound, intervals, baselines, order-insensitivity. */
class PairTensionTest {
    private static SparkSession spark;
    private static TensionConfig config;
    private static final StructType ARTICLE_SCHEMA = new StructType().add(ARTICLE_ID, "string").add(URL, "string").add(SOURCE, "string");
    private static final StructType NAME_SCHEMA = new StructType().add(ENTITY_TYPE, "string").add(ENTITY_ID, "string").add(ENTITY_NAME, "string");

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
        config = ConfigLoader.load(null, List.of());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void oneArticleCannotPushAPairAboveTheBoundHoweverManySentences() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(comention("a1", "2021-05-20", i, "RUS", "USA", 1.0, 4, 1.0 / 20));
        }
        Row day = pair(aggregate(rows), "day", "RUS", "USA");
        double bound = TensionFormula.singleArticleBound(1.0, 0.3, 3.0);
        assertTrue(day.<Double>getAs(TENSION) <= bound + 1e-9, day.toString());
        assertEquals(1L, day.<Long>getAs(ARTICLES));
        assertEquals(20L, day.<Long>getAs(COMENTIONS));
        assertEquals(5, day.getList(day.fieldIndex(EVIDENCE)).size(), "at most five evidence sentences");
    }

    @Test
    void directedCountsSayWhoActsOnWhom() {
        List<Row> rows = List.of(
                comention("a1", "2021-05-20", 0, "RUS", "USA", 0.8, 4, 1.0, "adversarial", "USA"),
                comention("a2", "2021-05-20", 0, "RUS", "USA", 0.7, 3, 1.0, "adversarial", "USA"),
                comention("a3", "2021-05-20", 0, "RUS", "USA", 0.6, 3, 1.0, "adversarial", "RUS"),
                comention("a4", "2021-05-20", 0, "RUS", "USA", 0.1, 1, 1.0, "cooperative", "RUS"),
                comention("a5", "2021-05-20", 0, "RUS", "USA", 0.2, 4, 1.0, "co_actors", null),
                comention("a6", "2021-05-20", 0, "RUS", "USA", 0.5, 4, 1.0, "adversarial", null));
        Row day = pair(aggregate(rows), "day", "RUS", "USA");
        assertEquals(List.of(1L, 2L, 1L, 0L), List.of(day.<Long>getAs(A_TO_B_CONFLICT), day.<Long>getAs(B_TO_A_CONFLICT),
                day.<Long>getAs(A_TO_B_COOPERATION), day.<Long>getAs(B_TO_A_COOPERATION)), day.toString());
        assertEquals(1L, day.<Long>getAs(SOURCES), "the publisher, not the co-mention's acting entity");
    }

    @Test
    void moreArticlesSayingTheSameMoveTheScoreAndNarrowTheInterval() {
        Row few = pair(aggregate(articles(2, 0.9)), "day", "RUS", "USA");
        Row many = pair(aggregate(articles(30, 0.9)), "day", "RUS", "USA");
        assertTrue(many.<Double>getAs(TENSION) > few.<Double>getAs(TENSION));
        assertTrue(width(many) < width(few), "interval narrows: " + width(many) + " vs " + width(few));
    }

    @Test
    void rowOrderDoesNotChangeResults() {
        List<Row> rows = new ArrayList<>(articles(12, 0.7));
        rows.addAll(articles(5, 0.2).stream().map(r -> comention("b" + r.getString(0), "2021-05-27", 0, "CHN", "USA", 0.2, 1, 1.0)).toList());
        Dataset<Row> ordered = aggregate(rows);
        Dataset<Row> shuffled = new PairTension(config.aggregate()).apply(
                frame(rows, Tables.COMENTIONS).orderBy(rand(7)).repartition(5), articlesFor(rows), names());
        assertEquals(0, ordered.exceptAll(shuffled).count());
        assertEquals(0, shuffled.exceptAll(ordered).count());
    }

    @Test
    void articleWeightsSumToTheCapPerPairAndFavourTheMostTense() {
        List<Row> rows = new ArrayList<>();
        double[] tensions = {0.2, 0.8, 0.2, 0.2, 0.75, 0.2};
        for (int i = 0; i < tensions.length; i++) {
            rows.add(comention("a1", "2021-05-20", i, "RUS", "USA", tensions[i], 4, 0.0));
        }
        rows.add(comention("a1", "2021-05-20", 9, "CHN", "USA", 0.5, 4, 0.0));
        List<Row> weighted = new ArticleWeights(1.0).apply(frame(rows, Tables.COMENTIONS).drop(WEIGHT))
                .filter(col(ENTITY_A).equalTo("RUS")).orderBy(col(WEIGHT).desc()).collectAsList();
        assertEquals(1.0, weighted.stream().mapToDouble(r -> r.<Double>getAs(WEIGHT)).sum(), 1e-9);
        assertEquals(0.8, weighted.get(0).<Double>getAs(TENSION), 1e-9);
        double weightedMean = weighted.stream().mapToDouble(r -> r.<Double>getAs(WEIGHT) * r.<Double>getAs(TENSION)).sum();
        assertTrue(weightedMean > 0.6, "background sentences do not drown the strongest statements: " + weightedMean);
    }

    @Test
    void evidenceIsMostTenseFirstAndCarriesTheUrl() {
        List<Row> rows = List.of(
                comention("a1", "2021-05-20", 0, "RUS", "USA", 0.2, null, 1.0),
                comention("a2", "2021-05-20", 3, "RUS", "USA", 0.9, 4, 1.0));
        Row day = pair(aggregate(rows), "day", "RUS", "USA");
        List<Row> evidence = day.getList(day.fieldIndex(EVIDENCE));
        assertEquals("a2", evidence.get(0).getString(0));
        assertEquals("https://example.org/a2", evidence.get(0).getString(1));
        assertEquals(0.9, evidence.get(0).getDouble(3), 1e-9);
        assertEquals("Russia", day.getAs(NAME_A));
        assertEquals(0.5, day.<Double>getAs(CONFLICT_SHARE), 1e-9);
    }

    @Test
    void evidenceOfABusyPeriodIsItsMostTenseSentencesWithTiesBrokenByArticleAndSentence() {
        List<Row> rows = new ArrayList<>();
        double[] levels = {0.3, 0.9, 0.6, 0.9, 0.1, 0.6};
        for (int i = 0; i < 60; i++) {
            rows.add(comention("a" + (i % 7), "2021-05-20", i, "RUS", "USA", levels[i % levels.length], 4, 1.0 / 60));
        }
        // What the job computed before evidence was bounded: every sentence of the period sorted, the first five kept.
        List<String> expected = rows.stream()
                .sorted(java.util.Comparator.<Row>comparingDouble(r -> -r.getDouble(12))
                        .thenComparing(r -> r.getString(0)).thenComparingInt(r -> r.getInt(3)))
                .limit(5).map(r -> r.getString(0) + "|" + r.getString(7) + "|" + r.getDouble(12)).toList();
        for (String granularity : List.of("day", "week", "month")) {
            Row period = pair(aggregate(rows), granularity, "RUS", "USA");
            List<String> evidence = period.<Row>getList(period.fieldIndex(EVIDENCE)).stream()
                    .map(e -> e.getString(0) + "|" + e.getString(2) + "|" + e.getDouble(3)).toList();
            assertEquals(expected, evidence, granularity);
        }
    }

    @Test
    void tensionZNeedsABaselineAndFlagsAJump() {
        List<Row> rows = new ArrayList<>();
        double[] calm = {0.2, 0.25, 0.2, 0.22, 0.18};
        for (int day = 0; day < calm.length; day++) {
            for (int a = 0; a < 3; a++) {
                rows.add(comention("d" + day + "a" + a, "2021-05-0" + (day + 1), 0, "RUS", "USA", calm[day], 1, 1.0));
            }
        }
        for (int a = 0; a < 3; a++) {
            rows.add(comention("d6a" + a, "2021-05-06", 0, "RUS", "USA", 1.0, 4, 1.0));
        }
        Dataset<Row> out = aggregate(rows).filter(col(GRANULARITY).equalTo("day"));
        assertNull(out.filter(col(PERIOD_START).equalTo(Date.valueOf("2021-05-02"))).first().getAs(TENSION_Z),
                "one earlier period is no baseline");
        Double z = out.filter(col(PERIOD_START).equalTo(Date.valueOf("2021-05-06"))).first().getAs(TENSION_Z);
        assertNotNull(z);
        assertTrue(z > 3, "a jump after a calm week stands out: " + z);
    }

    @Test
    void aYearIsAggregatedLikeAnyOtherPeriod() {
        TensionConfig.Aggregate yearly = ConfigLoader.load(null,
                List.of(ConfigLoader.Override.parse("aggregate.granularities=[month, year]"))).aggregate();
        List<Row> rows = List.of(
                comention("a1", "2021-03-02", 0, "RUS", "USA", 0.8, 4, 1.0),
                comention("a2", "2021-11-30", 0, "RUS", "USA", 0.4, 1, 1.0),
                comention("a3", "2022-01-01", 0, "RUS", "USA", 0.6, 3, 1.0));
        Dataset<Row> out = new PairTension(yearly).apply(frame(rows, Tables.COMENTIONS), articlesFor(rows), names());
        List<Row> years = out.filter(col(GRANULARITY).equalTo("year")).orderBy(PERIOD_START).collectAsList();
        assertEquals(List.of(Date.valueOf("2021-01-01"), Date.valueOf("2022-01-01")),
                years.stream().map(r -> r.<Date>getAs(PERIOD_START)).toList());
        assertEquals(2L, years.get(0).<Long>getAs(ARTICLES));
        assertEquals(0.5, years.get(0).<Double>getAs(CONFLICT_SHARE), 1e-9);
        Row january = out.filter(col(GRANULARITY).equalTo("month").and(col(PERIOD_START).equalTo(Date.valueOf("2022-01-01"))))
                .first();
        assertEquals(january.<Double>getAs(TENSION), years.get(1).<Double>getAs(TENSION), 1e-12,
                "a year with one month of co-mentions scores as that month does");
    }

    private static double width(Row r) {
        return r.<Double>getAs(TENSION_HIGH) - r.<Double>getAs(TENSION_LOW);
    }

    private static List<Row> articles(int n, double tension) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(comention("a" + i, "2021-05-20", 0, "RUS", "USA", tension, 4, 1.0));
        }
        return rows;
    }

    private static Row comention(String article, String date, int sentence, String a, String b, double tension,
                                 Integer quad, double weight) {
        return comention(article, date, sentence, a, b, tension, quad, weight, null, null);
    }

    private static Row comention(String article, String date, int sentence, String a, String b, double tension,
                                 Integer quad, double weight, String relation, String source) {
        String target = source == null ? null : source.equals(a) ? b : a;
        return RowFactory.create(article, Date.valueOf(date), "sentence", sentence, "country", a, b,
                "sentence " + sentence + " of " + article, -0.5 * tension, quad == null ? null : -5.0, quad,
                Tables.seq(List.of("cue")), tension, relation, source, target, weight);
    }

    private static Dataset<Row> aggregate(List<Row> rows) {
        return new PairTension(config.aggregate()).apply(frame(rows, Tables.COMENTIONS), articlesFor(rows), names());
    }

    private static Dataset<Row> articlesFor(List<Row> rows) {
        return frame(rows.stream().map(r -> r.getString(0)).distinct()
                .map(id -> RowFactory.create(id, "https://example.org/" + id, "example.org")).toList(), ARTICLE_SCHEMA);
    }

    private static Dataset<Row> names() {
        return frame(List.of(RowFactory.create("COUNTRY", "RUS", "Russia"), RowFactory.create("COUNTRY", "USA", "United States"),
                RowFactory.create("COUNTRY", "CHN", "China")), NAME_SCHEMA);
    }

    private static Dataset<Row> frame(List<Row> rows, StructType schema) {
        return spark.createDataFrame(rows, schema);
    }

    private static Row pair(Dataset<Row> out, String granularity, String a, String b) {
        List<Row> found = out.filter(col(GRANULARITY).equalTo(granularity).and(col(ENTITY_A).equalTo(a))
                .and(col(ENTITY_B).equalTo(b))).collectAsList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
