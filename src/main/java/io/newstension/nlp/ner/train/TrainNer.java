package io.newstension.nlp.ner.train;

import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLApproach;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddings;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import com.johnsnowlabs.nlp.training.CoNLL;
import com.johnsnowlabs.nlp.training.CoNLL$;
import io.newstension.SparkSessions;
import io.newstension.config.ConfigLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Trains the project's NerDL model (PER/LOC/ORG/MISC) offline on the CoNLL files of data/ner/conll with 100-d
 * vectors, evaluates it entity-level on every held-out file and saves {@code ner_dl/} and {@code embeddings/}, the
 * two directories {@link io.newstension.nlp.ner.NerModels} loads. Train files end in {@code -train.conll} or
 * {@code -dev.conll}; held-out files in {@code -test.conll} or {@code -heldout.conll}.
 */
public final class TrainNer {
    static final String STORAGE_REF = "newstension_glove_100d_pruned";
    private static final int DIMENSIONS = 100;

    private TrainNer() {}

    public static void main(String[] args) throws IOException {
        TrainOptions options;
        try {
            options = TrainOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("train-ner: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSessions.create(ConfigLoader.load(null, List.of()));
        try {
            run(options, spark);
        } finally {
            spark.stop();
        }
    }

    /** Trains, saves and evaluates; returns the scores per held-out file name. */
    public static Map<String, EntityScore> run(TrainOptions options, SparkSession spark) throws IOException {
        List<Path> train = files(options.data(), "-train.conll", "-dev.conll");
        List<Path> heldout = files(options.data(), "-test.conll", "-heldout.conll");
        if (train.isEmpty() || !Files.isRegularFile(options.vectors())) {
            throw new IllegalArgumentException("expected *-train.conll files under " + options.data()
                    + " and a vectors file at " + options.vectors() + "; run tools/ner/convert.py and tools/ner/glove.py");
        }
        Files.createDirectories(options.out());
        Path trainFile = options.out().resolve("train-all.conll.tmp");
        concatenate(train, options.repeat(), trainFile);
        CoNLL reader = reader();
        Dataset<Row> training = read(reader, spark, trainFile).cache();
        System.out.printf(Locale.ROOT, "train-ner: %d training sentences from %s, repeated %s%n", training.count(),
                train.stream().map(p -> p.getFileName().toString()).toList(), options.repeat());

        long started = System.nanoTime();
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {embeddings(options), ner(options)})
                .fit(training);
        double seconds = (System.nanoTime() - started) / 1e9;
        training.unpersist();
        Files.delete(trainFile);
        System.out.printf(Locale.ROOT, "train-ner: trained %d epochs in %.0f s%n", options.epochs(), seconds);

        Path vectorsDir = options.out().resolve("embeddings");
        Path nerDir = options.out().resolve("ner_dl");
        ((WordEmbeddingsModel) model.stages()[0]).write().overwrite().save(vectorsDir.toString());
        ((NerDLModel) model.stages()[1]).write().overwrite().save(nerDir.toString());
        System.out.printf(Locale.ROOT, "train-ner: saved %s (%.1f MB) and %s (%.1f MB)%n", nerDir, megabytes(nerDir),
                vectorsDir, megabytes(vectorsDir));

        Map<String, EntityScore> scores = new LinkedHashMap<>();
        for (Path file : heldout) {
            scores.put(file.getFileName().toString().replace(".conll", ""),
                    score(model.transform(read(reader, spark, file))));
        }
        String report = report(scores, options, seconds);
        System.out.print(report);
        Files.writeString(options.out().resolve("metrics.txt"), report, StandardCharsets.UTF_8);
        return scores;
    }

    private static WordEmbeddings embeddings(TrainOptions options) {
        WordEmbeddings embeddings = new WordEmbeddings();
        embeddings.setInputCols(new String[] {"sentence", "token"});
        embeddings.setOutputCol("embeddings");
        embeddings.setStoragePath(options.vectors().toString(), "TEXT");
        embeddings.setDimension(DIMENSIONS);
        embeddings.setStorageRef(STORAGE_REF);
        return embeddings;
    }

    private static NerDLApproach ner(TrainOptions options) {
        NerDLApproach ner = new NerDLApproach();
        ner.setInputCols(new String[] {"sentence", "token", "embeddings"});
        ner.setOutputCol("ner");
        ner.setLabelColumn("label");
        ner.setMaxEpochs(options.epochs());
        ner.setBatchSize(options.batchSize());
        ner.setLr(options.learningRate());
        ner.setPo(0.05f);
        ner.setDropout(0.5f);
        ner.setRandomSeed(options.seed());
        ner.setVerbose(1);
        return ner;
    }

    /** Gold "label" against predicted "ner" tags, sentence by sentence (CoNLL rows are whole documents). */
    static EntityScore score(Dataset<Row> predicted) {
        EntityScore score = new EntityScore();
        for (Row row : predicted.select("label", "ner").collectAsList()) {
            Map<Integer, String> predictedByBegin = new HashMap<>();
            for (Row a : row.<Row>getList(1)) {
                predictedByBegin.put(a.getInt(a.fieldIndex("begin")), a.getString(a.fieldIndex("result")));
            }
            Map<String, List<String>[]> sentences = new LinkedHashMap<>();
            for (Row a : row.<Row>getList(0)) {
                String sentence = a.<String, String>getJavaMap(a.fieldIndex("metadata")).getOrDefault("sentence", "0");
                @SuppressWarnings("unchecked")
                List<String>[] pair = sentences.computeIfAbsent(sentence, s -> new List[] {new ArrayList<>(), new ArrayList<>()});
                pair[0].add(a.getString(a.fieldIndex("result")));
                pair[1].add(predictedByBegin.getOrDefault(a.getInt(a.fieldIndex("begin")), "O"));
            }
            sentences.values().forEach(pair -> score.add(pair[0], pair[1]));
        }
        return score;
    }

    static String report(Map<String, EntityScore> scores, TrainOptions options, double seconds) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "# entity-level, exact span + type; %d epochs, batch %d, lr %s, seed %d, training %.0f s%n",
                options.epochs(), options.batchSize(), options.learningRate(), options.seed(), seconds));
        out.append("split\ttype\tprecision\trecall\tf1\ttp\tfp\tfn\n");
        scores.forEach((split, score) -> score.counts().forEach((type, c) -> out.append(String.format(Locale.ROOT,
                "%s\t%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d%n", split, type, c.precision(), c.recall(), c.f1(), c.tp(),
                c.fp(), c.fn()))));
        return out.toString();
    }

    private static CoNLL reader() {
        CoNLL$ d = CoNLL$.MODULE$;
        return new CoNLL(d.$lessinit$greater$default$1(), d.$lessinit$greater$default$2(),
                d.$lessinit$greater$default$3(), d.$lessinit$greater$default$4(), d.$lessinit$greater$default$5(),
                d.$lessinit$greater$default$6(), d.$lessinit$greater$default$7(), d.$lessinit$greater$default$8(),
                d.$lessinit$greater$default$9(), d.$lessinit$greater$default$10(), d.$lessinit$greater$default$11(),
                d.$lessinit$greater$default$12());
    }

    private static Dataset<Row> read(CoNLL reader, SparkSession spark, Path file) {
        return reader.readDataset(spark, file.toString(), reader.readDataset$default$3(),
                reader.readDataset$default$4(), reader.readDataset$default$5()).toDF();
    }

    private static List<Path> files(Path dir, String... suffixes) throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
                    .sorted().toList();
        }
    }

    private static void concatenate(List<Path> files, Map<String, Integer> repeat, Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : files) {
            List<String> content = Files.readAllLines(f, StandardCharsets.UTF_8);
            int times = repeat.getOrDefault(f.getFileName().toString().replace(".conll", ""), 1);
            for (int i = 0; i < times; i++) {
                lines.addAll(content);
                lines.add("");
            }
        }
        Files.write(target, lines, StandardCharsets.UTF_8);
    }

    static double megabytes(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
