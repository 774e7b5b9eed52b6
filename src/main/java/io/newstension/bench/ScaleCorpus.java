package io.newstension.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the scale benchmark's input: ONE large news-please JSONL file of {@code unique} generated articles, each
 * delivered again and again the way a crawler re-crawls a page, until the file holds at least {@code bytes} bytes.
 * Ingest, parsing, cleaning, exact de-duplication and writing then run at the full file size while the NLP stages see
 * only the unique articles (the NER model reads ~11 articles/s on two cores: a file of unique articles this size
 * would take days here).
 *
 * <p>Delivery {@code r} of an article (round {@code r}, articles in order within a round): round 0 is the article as
 * {@link ArticleGenerator} wrote it; later rounds keep its text, title and publication date with a download date
 * {@code r × 6} hours later, and its URL as it was (3 of 5), with tracking parameters (1 of 5) or with {@code www.}
 * (1 of 5). Every {@value #MALFORMED_EVERY}th line is a malformed record (a delivery cut off mid-line), which the job
 * quarantines. Usage: {@code ScaleCorpus --unique N --bytes B --output DIR [--seed 42]} gives {@code DIR/news.jsonl}
 * and {@code DIR/_corpus.json} (lines, malformed lines, bytes); the directory appears only once complete.
 */
public final class ScaleCorpus {
    static final String USAGE = "usage: ScaleCorpus --unique N --bytes B --output DIR [--seed 42]";
    /** One line in this many is malformed. */
    static final int MALFORMED_EVERY = 997;
    static final String FILE_NAME = "news.jsonl";
    private static final DateTimeFormatter METADATA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ScaleCorpus() {}

    /** What a run wrote. */
    public record Summary(long unique, long lines, long malformed, long bytes, int rounds) {}

    public static void main(String[] args) throws IOException {
        long unique = 0;
        long bytes = 0;
        long seed = 42;
        Path output = null;
        try {
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value; " + USAGE);
                }
                switch (args[i]) {
                    case "--unique" -> unique = Long.parseLong(args[i + 1]);
                    case "--bytes" -> bytes = Long.parseLong(args[i + 1]);
                    case "--seed" -> seed = Long.parseLong(args[i + 1]);
                    case "--output" -> output = Path.of(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                }
            }
            if (unique < 1 || bytes < 1 || output == null) {
                throw new IllegalArgumentException("--unique and --bytes must be >= 1 and --output given; " + USAGE);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        Summary s = write(output, seed, unique, bytes);
        System.out.printf(Locale.ROOT, "scale corpus: %d unique articles in %d rounds, %d lines (%d malformed), %d bytes -> %s%n",
                s.unique(), s.rounds(), s.lines(), s.malformed(), s.bytes(), output.resolve(FILE_NAME));
    }

    /** Writes the file under {@code dir}, which must not exist. */
    public static Summary write(Path dir, long seed, long unique, long bytes) throws IOException {
        return CorpusFolder.write(dir, staging -> {
            ArticleGenerator generator = new ArticleGenerator(seed);
            List<BenchArticle> articles = new ArrayList<>();
            for (long i = 0; i < unique; i++) {
                articles.add(generator.article(i));
            }
            long lines = 0;
            long malformed = 0;
            long written = 0;
            int round = 0;
            Path file = staging.resolve(FILE_NAME);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (; written < bytes; round++) {
                    for (int i = 0; i < articles.size() && written < bytes; i++) {
                        String line = delivery(articles.get(i), round, i).toJson();
                        if (++lines % MALFORMED_EVERY == 0) {
                            line = line.substring(0, line.length() / 2);
                            malformed++;
                        }
                        out.write(line);
                        out.write('\n');
                        written += line.getBytes(StandardCharsets.UTF_8).length + 1;
                    }
                }
            }
            Summary summary = new Summary(unique, lines, malformed, Files.size(file), round);
            Files.writeString(staging.resolve("_corpus.json"), String.format(Locale.ROOT,
                    "{\"seed\": %d, \"unique\": %d, \"rounds\": %d, \"lines\": %d, \"malformed\": %d, \"bytes\": %d}%n",
                    seed, unique, round, lines, malformed, summary.bytes()), StandardCharsets.UTF_8);
            return summary;
        });
    }

    /** The {@code round}th delivery of {@code article} (0 is the original). */
    static BenchArticle delivery(BenchArticle article, int round, int index) {
        if (round == 0) {
            return article;
        }
        String download = METADATA_TIME.format(LocalDateTime.parse(article.dateDownload(), METADATA_TIME).plusHours(6L * round));
        String url = switch ((round + index) % 5) {
            case 3 -> article.url() + "?utm_source=rss&utm_medium=feed&utm_campaign=r" + round;
            case 4 -> article.url().replaceFirst("^https://", "https://www.");
            default -> article.url();
        };
        return new BenchArticle(url, article.sourceDomain(), article.title(), article.maintext(), article.description(),
                article.authors(), article.datePublish(), download);
    }
}
