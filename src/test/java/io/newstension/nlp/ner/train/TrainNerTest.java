package io.newstension.nlp.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.SparkTestSession;
import io.newstension.nlp.NlpPipeline;
import io.newstension.nlp.ner.ModelStaging;
import io.newstension.nlp.ner.NerModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TrainNer end to end on generated sentences: it trains, scores the held-out file and saves loadable models. */
@Tag("slow")
class TrainNerTest {
    private static final String[] NAMES = {"John Smith", "Maria Petrov", "Ivan Novak", "Anna Rossi", "Olga Haddad"};
    private static final String[] CITIES = {"Paris", "Berlin", "Cairo", "Tokyo"};

    @TempDir
    static Path dir;
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** "NAME met NAME in CITY ." as CoNLL, with the vocabulary collected for the vectors file. */
    private static Path conll(Path file, int sentences, Random random, TreeSet<String> vocabulary) throws IOException {
        List<String> lines = new ArrayList<>(List.of("-DOCSTART- -X- -X- O", ""));
        for (int i = 0; i < sentences; i++) {
            List<String[]> tokens = new ArrayList<>();
            name(tokens, NAMES[random.nextInt(NAMES.length)]);
            tokens.add(new String[] {"met", "O"});
            name(tokens, NAMES[random.nextInt(NAMES.length)]);
            tokens.add(new String[] {"in", "O"});
            tokens.add(new String[] {CITIES[random.nextInt(CITIES.length)], "B-LOC"});
            tokens.add(new String[] {".", "O"});
            for (String[] t : tokens) {
                lines.add(t[0] + " NN O " + t[1]);
                vocabulary.add(t[0].toLowerCase(Locale.ROOT));
            }
            lines.add("");
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void name(List<String[]> tokens, String name) {
        String[] parts = name.split(" ");
        tokens.add(new String[] {parts[0], "B-PER"});
        tokens.add(new String[] {parts[1], "I-PER"});
    }

    @Test
    void trainsScoresAndSavesModelsThatNerModelsLoads() throws IOException {
        Random random = new Random(3);
        TreeSet<String> vocabulary = new TreeSet<>();
        Path data = Files.createDirectories(dir.resolve("conll"));
        conll(data.resolve("toy-train.conll"), 40, random, vocabulary);
        conll(data.resolve("toy-heldout.conll"), 10, random, vocabulary);
        List<String> vectors = new ArrayList<>();
        for (String word : vocabulary) {
            StringBuilder line = new StringBuilder(word);
            for (int i = 0; i < 100; i++) {
                line.append(' ').append(String.format(Locale.ROOT, "%.3f", random.nextGaussian()));
            }
            vectors.add(line.toString());
        }
        Path vectorFile = Files.write(dir.resolve("vectors.txt"), vectors, StandardCharsets.UTF_8);
        Path out = dir.resolve("model");

        Map<String, EntityScore> scores = TrainNer.run(
                new TrainOptions(data, vectorFile, out, 20, 8, 0.01f, 7, java.util.Map.of()), spark);

        assertEquals(List.of("toy-heldout"), List.copyOf(scores.keySet()));
        EntityScore.Counts per = scores.get("toy-heldout").counts().get("PER");
        assertEquals(20, per.tp() + per.fn(), "gold persons in the held-out file");
        assertTrue(per.f1() > 0.8, per.toString());
        assertTrue(Files.readString(out.resolve("metrics.txt")).contains("toy-heldout\tPER\t"));
        assertEquals(3, NerModels.stages(out.resolve("ner_dl").toString(), out.resolve("embeddings").toString(),
                ModelStaging.inPlace(spark.sparkContext().hadoopConfiguration()), NlpPipeline.NER_SENTENCE, NlpPipeline.SENTENCE, NlpPipeline.TOKEN).size());
    }
}
