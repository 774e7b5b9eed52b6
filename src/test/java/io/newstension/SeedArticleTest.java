package io.newstension;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.schema.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article the product was specified from, as scraped, through the whole job. */
class SeedArticleTest {
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path output;

    @BeforeAll
    static void runJobOnSeed() throws IOException {
        spark = SparkTestSession.start();
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        Files.copy(Path.of("src/test/resources/fixtures/seed/article-blinken-lavrov.newsplease.json"), input.resolve("seed.json"));
        output = dir.resolve("out");
        TensionPipeline.run(JobFixtures.config(input, output), spark);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void findsTheCountriesOfTheArticle() {
        Set<String> countries = ids("COUNTRY");
        assertTrue(countries.containsAll(Set.of("USA", "RUS", "UKR", "AFG", "IRN", "PRK", "DEU", "CHE", "ISL")), countries.toString());
    }

    @Test
    void findsThePersonsWithTheirCountries() {
        Map<String, String> affiliation = new TreeMap<>();
        for (Row r : read(Tables.MENTIONS_TABLE).filter(col(ENTITY_TYPE).equalTo("PERSON")).collectAsList()) {
            affiliation.put(r.getAs(ENTITY_NAME), r.getAs(AFFILIATION));
        }
        assertEquals(Map.of("Antony Blinken", "USA", "Sergey Lavrov", "RUS", "Alexei Navalny", "RUS",
                "Vladimir Putin", "RUS", "Joe Biden", "USA"), affiliation);
        Set<String> blinkenSurfaces = read(Tables.MENTIONS_TABLE).filter(col(ENTITY_NAME).equalTo("Antony Blinken"))
                .select(SURFACE).collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        assertTrue(blinkenSurfaces.contains("Anthony Blinkin"), "the misspelt name is the same person: " + blinkenSurfaces);
        assertEquals(1, read(Tables.MENTIONS_TABLE).filter(col(ENTITY_NAME).equalTo("Antony Blinken"))
                .select(ENTITY_ID).distinct().count(), "one entity");
    }

    @Test
    void russiaUnitedStatesIsTheMostTenseCountryPairAndItsEvidenceIsTheExpulsionsAndSanctions() {
        List<Row> countryPairs = read(Tables.PAIR_TENSION_TABLE)
                .filter(col(GRANULARITY).equalTo("day").and(col(PAIR_TYPE).equalTo("country")))
                .orderBy(col(TENSION).desc()).collectAsList();
        Row top = countryPairs.get(0);
        assertEquals("RUS-USA", top.getAs(ENTITY_A) + "-" + top.getAs(ENTITY_B), countryPairs.toString());
        String evidence = evidence(top);
        assertTrue(evidence.contains("expelled") && evidence.contains("sanctions"), evidence);
    }

    @Test
    void theExpulsionsGoBothWaysBetweenTheUnitedStatesAndRussia() {
        List<Row> expulsions = read(Tables.COMENTIONS_TABLE)
                .filter(col(ENTITY_A).equalTo("RUS").and(col(ENTITY_B).equalTo("USA")).and(col(SENTENCE).contains("expell")))
                .collectAsList();
        Set<String> directions = expulsions.stream()
                .map(r -> r.getAs(RELATION) + " " + r.getAs(SOURCE) + ">" + r.getAs(TARGET)).collect(Collectors.toSet());
        assertEquals(Set.of("adversarial USA>RUS", "adversarial RUS>USA"), directions, expulsions.toString());
        Row day = read(Tables.PAIR_TENSION_TABLE).filter(col(GRANULARITY).equalTo("day").and(col(ENTITY_A).equalTo("RUS"))
                .and(col(ENTITY_B).equalTo("USA"))).first();
        assertTrue(day.<Long>getAs(A_TO_B_CONFLICT) >= 1 && day.<Long>getAs(B_TO_A_CONFLICT) >= 1, day.toString());
    }

    @Test
    void blinkenLavrovIsAPersonPairWithTheirDifferencesAmongItsEvidence() {
        List<Row> pairs = read(Tables.PAIR_TENSION_TABLE)
                .filter(col(GRANULARITY).equalTo("day").and(col(PAIR_TYPE).equalTo("person"))
                        .and(col(NAME_A).isin("Antony Blinken", "Sergey Lavrov")).and(col(NAME_B).isin("Antony Blinken", "Sergey Lavrov")))
                .collectAsList();
        assertEquals(1, pairs.size(), pairs.toString());
        assertTrue(evidence(pairs.get(0)).contains("differences"), evidence(pairs.get(0)));
    }

    private static String evidence(Row pair) {
        return pair.getList(pair.fieldIndex(EVIDENCE)).stream().map(e -> ((Row) e).getString(2))
                .collect(Collectors.joining(" | "));
    }

    private static Set<String> ids(String type) {
        return read(Tables.MENTIONS_TABLE).filter(col(ENTITY_TYPE).equalTo(type)).select(ENTITY_ID).collectAsList().stream()
                .map(r -> r.getString(0)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Dataset<Row> read(String table) {
        return spark.read().parquet(output.resolve(table).toString());
    }
}
