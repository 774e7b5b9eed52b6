package io.newstension.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstension.SparkTestSession;
import io.newstension.schema.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool end to end on a job output written in the test: five matched dyad-years whose figures are worked out by
 * hand in {@link RankCorrelationTest} (tension ranks [1,2,3,5,4], measure ranks [3,5,4,1,2], volume ranks [1..5]).
 */
class ValidateTest {
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path output;
    private static Path reference;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkTestSession.start();
        output = dir.resolve("out");
        List<Row> pairs = new ArrayList<>();
        // RUS–USA 2019..2021 and DEU–FRA 2019..2020 are matched; CHN–USA has too few articles; GBR–IRL is not in the
        // reference; the month row of RUS–USA must not count.
        pairs.add(pair("year", "2019-01-01", "RUS", "USA", 10, 10, -0.1, "Russia threatens the United States."));
        pairs.add(pair("year", "2020-01-01", "RUS", "USA", 20, 20, -0.2, "x"));
        pairs.add(pair("year", "2021-01-01", "RUS", "USA", 30, 30, -0.3, "x"));
        pairs.add(pair("year", "2019-01-01", "DEU", "FRA", 50, 40, -0.5, "x"));
        pairs.add(pair("year", "2020-01-01", "DEU", "FRA", 40, 50, -0.4, "x"));
        pairs.add(pair("year", "2019-01-01", "CHN", "USA", 99, 2, -0.9, "x"));
        pairs.add(pair("year", "2019-01-01", "GBR", "IRL", 60, 15, -0.6, "x"));
        pairs.add(pair("month", "2019-01-01", "RUS", "USA", 95, 100, -0.9, "x"));
        spark.createDataFrame(pairs, Tables.PAIR_TENSION).write().parquet(output.resolve("pair_tension").toString());
        // Conflict-cue shares per dyad-year: RUS–USA 0.5, 1, 0; DEU–FRA 1, 0.
        List<Row> comentions = List.of(
                comention("2019-03-01", "RUS", "USA", 4), comention("2019-07-01", "RUS", "USA", 1),
                comention("2020-03-01", "RUS", "USA", 3), comention("2021-03-01", "RUS", "USA", null),
                comention("2019-03-01", "DEU", "FRA", 3), comention("2020-03-01", "DEU", "FRA", 2));
        spark.createDataFrame(comentions, Tables.COMENTIONS).write().parquet(output.resolve("comentions").toString());
        reference = dir.resolve("reference.csv");
        Files.writeString(reference, String.join("\n",
                "year,a,b,goldstein_sum,share",
                "2019,USA,RUS,10,0.1",
                "2020,RUS,USA,30,0.2",
                "2021,rus,usa,20,0.3",
                "2019,FRA,DEU,1,0.5",
                "2020-01-01,DEU,FRA,2,0.4",
                "2019,CHN,USA,5,0.9",
                "2018,RUS,USA,7,0.9",
                "2019,IRN,,3,0.9",
                "2019,IRN,ISR,n/a,0.9",
                ""));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void figuresMatchTheHandComputedAnswer() throws Exception {
        ValidationReport report = Validate.run(spark, Validate.parse("--output", output.toString(), "--reference",
                reference.toString(), "--measure", "goldstein_sum", "--measure", "share"));
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertEquals(5, json.get("n").asInt());
        assertEquals(2, json.get("dyads").asInt());
        assertEquals(6, json.get("job_dyad_periods").asInt(), "dyad-years with >= 10 articles");
        assertEquals(9, json.get("reference_rows").asInt());
        assertEquals(2, json.get("reference_rows_left_out").asInt(), "a missing id and a measure that is no number");
        JsonNode gs = json.at("/measures/goldstein_sum/signals");
        assertEquals(-0.7, gs.at("/tension/rho").asDouble(), 1e-4);
        assertEquals(-0.4588, gs.at("/tension/partial_volume").asDouble(), 1e-4);
        assertEquals(0.2, gs.at("/tension/within").asDouble(), 1e-4);
        assertEquals(5, gs.at("/tension/within_n").asInt());
        assertEquals(-0.6, gs.at("/volume/rho").asDouble(), 1e-4);
        assertTrue(gs.at("/volume/partial_volume").isNull());
        assertEquals(-0.7, gs.at("/negative_tone/rho").asDouble(), 1e-4);
        assertEquals(0.0, gs.at("/conflict_cue_share/rho").asDouble(), 1e-4);
        assertEquals(1.0, json.at("/measures/share/signals/tension/rho").asDouble(), 1e-4);
        JsonNode top = json.at("/measures/goldstein_sum/disagreements/0");
        assertEquals("2019 RUS USA -0.4", top.get("period").asText() + " " + top.get("a").asText() + " "
                + top.get("b").asText() + " " + top.get("rank_difference").asDouble());
        String text = String.join("\n", report.lines());
        assertTrue(text.contains("2019 RUS–USA: tension 10.0 (rank 0.20), goldstein_sum 10 (rank 0.60): tension lower"),
                text);
        assertTrue(text.contains("Russia threatens the United States."), "the evidence sentence is shown: " + text);
    }

    @Test
    void anOutputWithoutTheGranularityNamesTheConfigKey() throws Exception {
        Path monthly = dir.resolve("monthly");
        spark.createDataFrame(List.of(pair("month", "2019-01-01", "RUS", "USA", 10, 10, -0.1, "x")), Tables.PAIR_TENSION)
                .write().parquet(monthly.resolve("pair_tension").toString());
        spark.createDataFrame(List.of(comention("2019-01-01", "RUS", "USA", 1)), Tables.COMENTIONS)
                .write().parquet(monthly.resolve("comentions").toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Validate.run(spark,
                Validate.parse("--output", monthly.toString(), "--reference", reference.toString(), "--measure", "share")));
        assertTrue(e.getMessage().contains("has no year rows") && e.getMessage().contains("aggregate.granularities"),
                e.getMessage());
    }

    @Test
    void aReferenceWithoutTheNamedColumnsSaysWhichFlagNamesThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Validate.run(spark,
                Validate.parse("--output", output.toString(), "--reference", reference.toString(), "--measure", "conflict")));
        assertTrue(e.getMessage().contains("no column [conflict]") && e.getMessage().contains("--measure"), e.getMessage());
    }

    @Test
    void badCommandLinesExitWithTwoBeforeSparkStarts() {
        assertEquals(2, Validate.execute("--output", output.toString(), "--reference", reference.toString()));
        assertEquals(2, Validate.execute("--output", output.toString(), "--reference", reference.toString(),
                "--measure", "share", "--period", "week"));
        assertEquals(2, Validate.execute("--output", dir.resolve("nothing").toString(), "--reference",
                reference.toString(), "--measure", "share"));
    }

    private static Row pair(String granularity, String start, String a, String b, double tension, long articles,
            double tone, String evidence) {
        Row item = RowFactory.create("art-" + a + b + start, "https://example.org/" + a + b, evidence, 0.9);
        return RowFactory.create(granularity, Date.valueOf(start), "country", a, b, a, b, articles, articles, articles,
                tone, 0.0, 0.0, null, tension, tension - 5, tension + 5, null, 0L, 0L, 0L, 0L, Tables.seq(List.of(item)));
    }

    private static Row comention(String date, String a, String b, Integer quadClass) {
        return RowFactory.create("art-" + date + a + b + quadClass, Date.valueOf(date), "sentence", 0, "country", a, b,
                "A sentence.", 0.0, quadClass == null ? null : -5.0, quadClass, Tables.seq(List.<String>of()), 0.5, "none", null, null, 1.0);
    }
}
