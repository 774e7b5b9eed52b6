package io.newstension.nlp.ner.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Options of {@link TrainNer}: where the CoNLL files and the vectors are, where the model goes, and the NerDL
 * settings. Example: {@code --epochs 3 --out /tmp/ner} keeps every other default.
 */
public record TrainOptions(Path data, Path vectors, Path out, int epochs, int batchSize, float learningRate, int seed,
                           Map<String, Integer> repeat) {
    public static final String USAGE = "options: --data DIR (CoNLL files, default data/ner/conll) --vectors FILE "
            + "(100-d text vectors, default target/ner/glove-100d-pruned.txt) --out DIR (default target/ner/model) "
            + "--epochs N (15) --batch N (32) --lr X (0.003) --seed N (42) --repeat NAME=N,... (train files read N "
            + "times, e.g. wikinews-train=3: in-domain data outweighs the larger out-of-domain corpora; default none)";

    public TrainOptions {
        repeat = Map.copyOf(repeat);
        if (repeat.values().stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--repeat: expected counts >= 1, got " + repeat + "; " + USAGE);
        }
        if (epochs < 1 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("expected --epochs and --batch >= 1 and --lr > 0, got " + epochs + ", "
                    + batchSize + ", " + learningRate + "; " + USAGE);
        }
    }

    /** Parses {@code --name value} pairs over the defaults; an unknown name or a missing value fails with the usage. */
    public static TrainOptions parse(List<String> args) {
        Path data = Path.of("data/ner/conll");
        Path vectors = Path.of("target/ner/glove-100d-pruned.txt");
        Path out = Path.of("target/ner/model");
        int epochs = 15;
        int batch = 32;
        float lr = 0.003f;
        int seed = 42;
        Map<String, Integer> repeat = new java.util.TreeMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + ": expected a value; " + USAGE);
            }
            String value = args.get(i + 1);
            try {
                switch (name) {
                    case "--data" -> data = Path.of(value);
                    case "--vectors" -> vectors = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--epochs" -> epochs = Integer.parseInt(value);
                    case "--batch" -> batch = Integer.parseInt(value);
                    case "--lr" -> lr = Float.parseFloat(value);
                    case "--seed" -> seed = Integer.parseInt(value);
                    case "--repeat" -> {
                        for (String item : value.split(",")) {
                            String[] kv = item.split("=", 2);
                            if (kv.length != 2) {
                                throw new IllegalArgumentException("--repeat: expected NAME=N, got " + item + "; " + USAGE);
                            }
                            repeat.put(kv[0].strip(), Integer.parseInt(kv[1].strip()));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": expected a number, got " + value + "; " + USAGE, e);
            }
        }
        return new TrainOptions(data, vectors, out, epochs, batch, lr, seed, repeat);
    }
}
