package io.newstension.nlp.ner;

import io.newstension.SparkTestSession;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLApproach;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddings;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import com.johnsnowlabs.nlp.training.CoNLL;
import com.johnsnowlabs.nlp.training.CoNLL$;
import io.newstension.nlp.Candidate;
import io.newstension.nlp.NlpPipeline;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user-model path end to end, offline: trains a tiny NerDL model on generated CoNLL sentences with 100-d
 * vectors from a small text file, saves it, loads it through {@link NerModels} and checks PER chunks come out.
 */
@Tag("slow")
class NerModelsTrainedTest {
    private static final String[] FIRST = {"John", "Maria", "Peter", "Anna", "Ivan", "Olga", "Ahmed", "Sofia", "David", "Elena"};
    private static final String[] LAST = {"Smith", "Petrov", "Garcia", "Novak", "Kowalski", "Rossi", "Haddad", "Jensen", "Tanaka", "Moreau"};
    private static final String[] CITY = {"Paris", "Berlin", "Moscow", "Cairo", "Tokyo", "Madrid"};
    private static final String[][] TEMPLATES = {
            {"F", "L", "said", "on", "Monday", "that", "the", "talks", "would", "continue", "."},
            {"Minister", "F", "L", "met", "F", "L", "in", "C", "."},
            {"Officials", "in", "C", "said", "L", "had", "left", "."},
            {"The", "meeting", "in", "C", "was", "chaired", "by", "F", "L", "."},
            {"F", "L", "arrived", "in", "C", "on", "Tuesday", "."}};

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path nerPath;
    private static Path vectorsPath;
    private static Path pipelinePath;

    @BeforeAll
    static void trainAndSave() throws IOException {
        spark = SparkTestSession.start();
        Random random = new Random(7);
        List<String> conll = new ArrayList<>(List.of("-DOCSTART- -X- -X- O", ""));
        Set<String> vocabulary = new TreeSet<>();
        for (int i = 0; i < 48; i++) {
            for (String[] token : sentence(TEMPLATES[i % TEMPLATES.length], random)) {
                conll.add(token[0] + " NN O " + token[1]);
                vocabulary.add(token[0].toLowerCase(Locale.ROOT));
            }
            conll.add("");
        }
        Path trainFile = Files.write(dir.resolve("train.conll"), conll, StandardCharsets.UTF_8);
        Path vectorFile = Files.write(dir.resolve("vectors.txt"), vectors(vocabulary), StandardCharsets.UTF_8);

        CoNLL$ d = CoNLL$.MODULE$;
        CoNLL reader = new CoNLL(d.$lessinit$greater$default$1(), d.$lessinit$greater$default$2(),
                d.$lessinit$greater$default$3(), d.$lessinit$greater$default$4(), d.$lessinit$greater$default$5(),
                d.$lessinit$greater$default$6(), d.$lessinit$greater$default$7(), d.$lessinit$greater$default$8(),
                d.$lessinit$greater$default$9(), d.$lessinit$greater$default$10(), d.$lessinit$greater$default$11(),
                d.$lessinit$greater$default$12());
        Dataset<?> training = reader.readDataset(spark, trainFile.toString(), reader.readDataset$default$3(),
                reader.readDataset$default$4(), reader.readDataset$default$5());

        WordEmbeddings embeddings = new WordEmbeddings();
        embeddings.setInputCols(new String[] {"sentence", "token"});
        embeddings.setOutputCol("embeddings");
        embeddings.setStoragePath(vectorFile.toString(), "TEXT");
        embeddings.setDimension(100);
        embeddings.setStorageRef("test_vectors_100d");
        NerDLApproach ner = new NerDLApproach();
        ner.setInputCols(new String[] {"sentence", "token", "embeddings"});
        ner.setOutputCol("ner");
        ner.setLabelColumn("label");
        ner.setMaxEpochs(25);
        ner.setLr(0.01f);
        ner.setBatchSize(8);
        ner.setRandomSeed(7);
        ner.setVerbose(0);
        PipelineModel trained = new Pipeline().setStages(new PipelineStage[] {embeddings, ner}).fit(training);

        vectorsPath = dir.resolve("vectors_model");
        nerPath = dir.resolve("ner_model");
        pipelinePath = dir.resolve("pipeline_model");
        ((WordEmbeddingsModel) trained.stages()[0]).write().overwrite().save(vectorsPath.toString());
        ((NerDLModel) trained.stages()[1]).write().overwrite().save(nerPath.toString());
        trained.write().overwrite().save(pipelinePath.toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Tokens and IOB2 tags of one generated sentence. */
    private static List<String[]> sentence(String[] template, Random random) {
        List<String[]> out = new ArrayList<>();
        for (String slot : template) {
            switch (slot) {
                case "F" -> out.add(new String[] {FIRST[random.nextInt(FIRST.length)], "B-PER"});
                case "L" -> {
                    boolean afterFirst = !out.isEmpty() && out.get(out.size() - 1)[1].equals("B-PER");
                    out.add(new String[] {LAST[random.nextInt(LAST.length)], afterFirst ? "I-PER" : "B-PER"});
                }
                case "C" -> out.add(new String[] {CITY[random.nextInt(CITY.length)], "B-LOC"});
                default -> out.add(new String[] {slot, "O"});
            }
        }
        return out;
    }

    /** 100-d vectors: names near one point, cities near another, other words scattered. */
    private static List<String> vectors(Set<String> vocabulary) {
        Random random = new Random(11);
        double[] name = randomVector(random);
        double[] city = randomVector(random);
        Set<String> names = new LinkedHashSet<>();
        for (String w : FIRST) names.add(w.toLowerCase(Locale.ROOT));
        for (String w : LAST) names.add(w.toLowerCase(Locale.ROOT));
        Set<String> cities = new LinkedHashSet<>();
        for (String w : CITY) cities.add(w.toLowerCase(Locale.ROOT));
        List<String> lines = new ArrayList<>();
        for (String word : vocabulary) {
            double[] base = names.contains(word) ? name : cities.contains(word) ? city : randomVector(random);
            StringBuilder line = new StringBuilder(word);
            for (double v : base) {
                line.append(' ').append(String.format(Locale.ROOT, "%.4f", v + random.nextGaussian() * 0.05));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static double[] randomVector(Random random) {
        double[] v = new double[100];
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian() * 0.5;
        }
        return v;
    }

    private static Set<String> personChunks(List<PipelineStage> nerStages) {
        Dataset<Row> texts = spark.createDataset(List.of(
                "Maria Novak said on Monday that the talks would continue.",
                "The meeting in Cairo was chaired by Ivan Tanaka."), Encoders.STRING()).toDF("text");
        PipelineModel model = NlpPipeline.fit(texts.limit(0), "text", CountryGazetteer.loadDefault(), false, nerStages, 100, false);
        Set<String> found = new TreeSet<>();
        for (Row row : model.transform(texts).select("text", NerModels.CHUNK).collectAsList()) {
            String text = row.getString(0);
            for (Candidate c : NerChunks.candidates(row.getList(1), NerChunks.PERSON_LABELS, NerChunks.METHOD,
                    List.of(new int[] {0, text.length()}))) {
                found.add(text.substring(c.begin(), c.end()));
            }
        }
        return found;
    }

    @Test
    void aNerDlModelAndItsEmbeddingsLoadedFromDiskGivePersonChunks() {
        List<PipelineStage> stages = NerModels.stages(nerPath.toString(), vectorsPath.toString(), inPlace(), NlpPipeline.NER_SENTENCE,
                NlpPipeline.SENTENCE, NlpPipeline.TOKEN);
        assertEquals(3, stages.size());
        Set<String> persons = personChunks(stages);
        assertTrue(persons.contains("Maria Novak") && persons.contains("Ivan Tanaka"), persons.toString());
        assertTrue(persons.stream().noneMatch(p -> p.contains("Monday") || p.contains("Cairo")), persons.toString());
    }

    @Test
    void aSavedPipelineModelGivesTheSameChunks() {
        List<PipelineStage> stages = NerModels.stages(pipelinePath.toString(), null, inPlace(), NlpPipeline.NER_SENTENCE,
                NlpPipeline.SENTENCE, NlpPipeline.TOKEN);
        assertEquals(Set.of("Ivan Tanaka", "Maria Novak"), personChunks(stages));
    }

    @Test
    void modelsCopiedForExecutorsOnOtherMachinesGiveTheSameChunks() {
        Path staged = dir.resolve("run-staging");
        List<PipelineStage> stages = NerModels.stages(nerPath.toString(), vectorsPath.toString(),
                ModelStaging.under(spark.sparkContext().hadoopConfiguration(), staged.toString()),
                NlpPipeline.NER_SENTENCE, NlpPipeline.SENTENCE, NlpPipeline.TOKEN);
        assertTrue(Files.isRegularFile(staged.resolve("ner_model/metadata/part-00000")), "the NER model was not copied");
        assertTrue(Files.isDirectory(staged.resolve("ner_embeddings/storage")), "the word vectors were not copied");
        assertTrue(((WordEmbeddingsModel) stages.get(0)).getEnableInMemoryStorage(),
                "executors elsewhere cannot open the driver's RocksDB index: vectors must travel in memory");
        assertEquals(personChunks(NerModels.stages(nerPath.toString(), vectorsPath.toString(), inPlace(),
                NlpPipeline.NER_SENTENCE, NlpPipeline.SENTENCE, NlpPipeline.TOKEN)), personChunks(stages));
    }

    private static ModelStaging inPlace() {
        return ModelStaging.inPlace(spark.sparkContext().hadoopConfiguration());
    }
}
