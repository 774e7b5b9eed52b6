package io.newstension.eval;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import io.newstension.clean.UrlCanonicalizer;
import io.newstension.nlp.Mention;
import io.newstension.schema.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Scores the job's {@code mentions} against gold files ({@code jobs/evaluate.sh}): {@code .jsonl} files give
 * document-level precision/recall of countries and persons per article (matched by canonical URL), {@code .conll}
 * files mention-level scores of PER chunks and country-linked chunks (see {@link Conll}, {@link TokenAligner}), persons
 * also per {@code mentions.method}. A CoNLL file without any country link annotates no countries (a person-only set
 * such as {@code data/ner/wcep2016/}): its documents are not scored for countries.
 * Prints a table, then one JSON line of figures. Exit code 2 for a bad command line or missing input, 1 otherwise.
 */
public final class Evaluate {
    static final String USAGE = """
            usage: Evaluate [--output DIR] [--gold FILE]... [--errors N]
              --output DIR   the job's output directory (default output/), with articles/ and mentions/
              --gold FILE    a gold file, .jsonl (document level) or .conll (mention level); repeatable
                             (default: every .jsonl and .conll file in data/gold/)
              --errors N     how many error groups to list per kind (default 15)""";

    private Evaluate() {}

    /** Command-line options. */
    record Options(Path output, List<Path> gold, int errors, boolean help) {}

    public static void main(String[] args) {
        int code = execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int execute(String... args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.println(USAGE);
            return 0;
        }
        for (String table : List.of(Tables.ARTICLES_TABLE, Tables.MENTIONS_TABLE)) {
            if (!Files.isDirectory(options.output().resolve(table))) {
                System.err.println("error: no " + table + "/ table under " + options.output() + ": run the job first (jobs/run-local.sh --output DIR)");
                return 2;
            }
        }
        SparkSession spark = SparkSession.builder()
                .master(System.getProperty("spark.master", "local[2]"))
                .appName("news-tension-evaluate")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        try {
            EvalReport report = run(spark, options);
            report.lines(options.errors()).forEach(System.out::println);
            System.out.println(report.json());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    static Options parse(String... args) {
        Path output = Path.of("output");
        List<Path> gold = new ArrayList<>();
        int errors = 15;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return new Options(output, gold, errors, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--output" -> output = Path.of(v);
                case "--gold" -> gold.add(Path.of(v));
                case "--errors" -> errors = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (gold.isEmpty()) {
            try (Stream<Path> files = Files.list(Path.of("data", "gold"))) {
                files.filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".conll")).sorted().forEach(gold::add);
            } catch (IOException e) {
                throw new IllegalArgumentException("no --gold given and data/gold/ cannot be listed: " + e.getMessage());
            }
        }
        for (Path g : gold) {
            if (!Files.isRegularFile(g) || !(g.toString().endsWith(".jsonl") || g.toString().endsWith(".conll"))) {
                throw new IllegalArgumentException("expected a readable .jsonl or .conll gold file, got " + g);
            }
        }
        return new Options(output, gold, errors, false);
    }

    static EvalReport run(SparkSession spark, Options options) throws IOException {
        List<GoldArticle> jsonl = new ArrayList<>();
        List<Conll.Document> conll = new ArrayList<>();
        Set<Conll.Document> withCountries = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Path g : options.gold()) {
            List<String> lines = Files.readAllLines(g, StandardCharsets.UTF_8);
            if (g.toString().endsWith(".jsonl")) {
                jsonl.addAll(GoldJsonl.parse(lines, g.toString()));
            } else {
                List<Conll.Document> docs = Conll.parse(lines, g.toString());
                conll.addAll(docs);
                if (docs.stream().anyMatch(Evaluate::linksCountries)) {
                    withCountries.addAll(docs);
                }
            }
        }
        Set<String> urls = new LinkedHashSet<>();
        jsonl.forEach(a -> urls.add(UrlCanonicalizer.canonical(a.url())));
        conll.forEach(d -> urls.add(UrlCanonicalizer.canonical(d.url())));
        Map<String, Row> articles = articlesByUrl(spark, options.output(), urls);
        Map<String, List<Row>> mentions = mentionsByArticle(spark, options.output(),
                articles.values().stream().map(r -> r.getString(0)).toList());

        EvalReport report = new EvalReport();
        for (GoldArticle gold : jsonl) {
            Row article = articles.get(UrlCanonicalizer.canonical(gold.url()));
            if (article == null) {
                report.missingArticle(gold);
                continue;
            }
            Set<String> countries = new TreeSet<>();
            List<String> persons = new ArrayList<>();
            Map<String, Set<String>> surfaces = new TreeMap<>();
            for (Row m : mentions.getOrDefault(article.getString(0), List.of())) {
                if (Mention.COUNTRY.equals(m.getString(1))) {
                    countries.add(m.getString(2));
                    surfaces.computeIfAbsent(m.getString(2), k -> new TreeSet<>()).add(m.getString(4));
                } else if (Mention.PERSON.equals(m.getString(1))) {
                    persons.add(m.getString(3) != null ? m.getString(3) : m.getString(4));
                }
            }
            report.article(gold, countries, persons, surfaces);
        }
        for (Conll.Document doc : conll) {
            Row article = articles.get(UrlCanonicalizer.canonical(doc.url()));
            if (article == null) {
                throw new IllegalArgumentException("the CoNLL document " + doc.url() + " is not in " + options.output() + "/articles");
            }
            TokenAligner.Aligned aligned = TokenAligner.align(article.getString(2), doc);
            List<Span> predicted = new ArrayList<>();
            Map<String, List<Span>> personsByMethod = new TreeMap<>();
            Map<Span, String> methods = new HashMap<>();
            for (Row m : mentions.getOrDefault(article.getString(0), List.of())) {
                if (Mention.COUNTRY.equals(m.getString(1))) {
                    predicted.add(new Span(Span.COUNTRY, m.getString(2), m.getInt(5), m.getInt(6)));
                } else if (Mention.PERSON.equals(m.getString(1))) {
                    Span person = new Span(Span.PER, null, m.getInt(5), m.getInt(6));
                    predicted.add(person);
                    personsByMethod.computeIfAbsent(m.getString(7), k -> new ArrayList<>()).add(person);
                    methods.put(person, m.getString(7));
                }
            }
            report.mentions(article.getString(2), aligned, MentionScorer.score(aligned.spans(), predicted, Span.PER),
                    withCountries.contains(doc) ? MentionScorer.score(aligned.spans(), predicted, Span.COUNTRY) : null, methods);
            personsByMethod.forEach((method, spans) -> report.personMethod(method,
                    MentionScorer.score(aligned.spans(), spans, Span.PER)));
        }
        return report;
    }

    private static boolean linksCountries(Conll.Document doc) {
        return doc.sentences().stream().flatMap(List::stream).anyMatch(t -> t.link() != null);
    }

    private static final String CANONICAL_URL = "_canonical_url";

    /** Rows (article_id, url, text) of the gold articles by canonical URL; a processed row wins over a duplicate. */
    private static Map<String, Row> articlesByUrl(SparkSession spark, Path output, Set<String> urls) {
        UserDefinedFunction canonical = udf((UDF1<String, String>) UrlCanonicalizer::canonical, DataTypes.StringType);
        List<Row> rows = spark.read().parquet(output.resolve(Tables.ARTICLES_TABLE).toString())
                .withColumn(CANONICAL_URL, canonical.apply(col(URL)))
                .filter(col(CANONICAL_URL).isin(urls.toArray()).and(col(STATUS).equalTo(Tables.PROCESSED)))
                .select(ARTICLE_ID, CANONICAL_URL, TEXT)
                .collectAsList();
        Map<String, Row> byUrl = new HashMap<>();
        rows.forEach(r -> byUrl.put(r.getString(1), r));
        return byUrl;
    }

    /** Rows (article_id, entity_type, entity_id, entity_name, surface, begin, end, method) of the given articles. */
    private static Map<String, List<Row>> mentionsByArticle(SparkSession spark, Path output, List<String> articleIds) {
        Map<String, List<Row>> byArticle = new HashMap<>();
        if (articleIds.isEmpty()) {
            return byArticle;
        }
        spark.read().parquet(output.resolve(Tables.MENTIONS_TABLE).toString())
                .filter(col(ARTICLE_ID).isin(articleIds.toArray()))
                .select(ARTICLE_ID, ENTITY_TYPE, ENTITY_ID, ENTITY_NAME, SURFACE, BEGIN, END, METHOD)
                .collectAsList()
                .forEach(r -> byArticle.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r));
        return byArticle;
    }
}
