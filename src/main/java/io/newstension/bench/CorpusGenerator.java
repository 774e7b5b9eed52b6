package io.newstension.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the benchmark corpus as news-please JSONL: {@code --articles N [--files 8] [--seed 42] --output DIR} gives
 * {@code DIR/part-00000.jsonl} … (articles in order, split evenly) and {@code DIR/_corpus.json} (what was generated;
 * the job ignores files starting with {@code _}). The same arguments always give the same bytes. The directory
 * appears only once complete, so an interrupted run never leaves a corpus that looks usable.
 */
public final class CorpusGenerator {
    static final String USAGE = "usage: CorpusGenerator --articles N --output DIR [--files 8] [--seed 42]";

    private CorpusGenerator() {}

    /** What a run wrote. */
    public record Summary(long articles, long words, long bytes, int files) {}

    /** Arguments of {@link #main}. */
    record Options(long articles, int files, long seed, Path output) {
        Options {
            if (articles < 1) {
                throw new IllegalArgumentException("--articles must be >= 1, got " + articles);
            }
            if (files < 1 || files > articles) {
                throw new IllegalArgumentException("--files must be between 1 and --articles (" + articles + "), got " + files);
            }
            if (output == null) {
                throw new IllegalArgumentException("--output is required; " + USAGE);
            }
        }

        static Options parse(String... args) {
            long articles = 0;
            int files = 8;
            long seed = 42;
            Path output = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                if (value == null) {
                    throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
                }
                switch (args[i]) {
                    case "--articles" -> articles = Long.parseLong(value);
                    case "--files" -> files = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--output" -> output = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                }
                i++;
            }
            return new Options(articles, files, seed, output);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Summary summary = write(options.output(), options.seed(), options.articles(), options.files());
        System.out.printf(Locale.ROOT, "corpus: %d articles, %d words (%.0f per article), %d bytes in %d files -> %s%n",
                summary.articles(), summary.words(), (double) summary.words() / summary.articles(), summary.bytes(),
                summary.files(), options.output());
    }

    /** Writes {@code articles} articles of {@code seed} into {@code files} files under {@code dir}, which must not exist. */
    public static Summary write(Path dir, long seed, long articles, int files) throws IOException {
        return CorpusFolder.write(dir, staging -> {
            ArticleGenerator generator = new ArticleGenerator(seed);
            long words = 0;
            long bytes = 0;
            for (int file = 0; file < files; file++) {
                long from = articles * file / files;
                long to = articles * (file + 1) / files;
                Path part = staging.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", file));
                try (BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    for (long i = from; i < to; i++) {
                        BenchArticle article = generator.article(i);
                        out.write(article.toJson());
                        out.write('\n');
                        words += article.wordCount();
                    }
                }
                bytes += Files.size(part);
            }
            Files.writeString(staging.resolve("_corpus.json"), String.format(Locale.ROOT,
                    "{\"seed\": %d, \"articles\": %d, \"files\": %d, \"words\": %d, \"bytes\": %d}%n",
                    seed, articles, files, words, bytes), StandardCharsets.UTF_8);
            return new Summary(articles, words, bytes, files);
        });
    }
}
