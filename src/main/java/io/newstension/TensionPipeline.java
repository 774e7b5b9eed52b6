package io.newstension;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.min;

import io.newstension.aggregate.ArticleWeights;
import io.newstension.aggregate.PairTension;
import io.newstension.clean.CleanArticles;
import io.newstension.clean.Deduplicate;
import io.newstension.clean.NewArticles;
import io.newstension.comention.FindCoMentions;
import io.newstension.config.ConfigLoader;
import io.newstension.config.TensionConfig;
import io.newstension.ingest.InputFiles;
import io.newstension.ingest.Ingest;
import io.newstension.nlp.ExtractMentions;
import io.newstension.nlp.ner.ModelStaging;
import io.newstension.output.OutputStore;
import io.newstension.output.RunReport;
import io.newstension.schema.Tables;
import io.newstension.score.ScoreCoMentions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole job, from raw scrape to published tables: ingest → clean → nlp → comention → score → aggregate → output.
 * Each stage runs under its own Spark job group, so the Spark UI and the log show progress by stage.
 */
public final class TensionPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(TensionPipeline.class);
    static final String ANNOTATED_WORK = "annotated_work";
    /** Incremental runs: the batch's new article rows, apart from the earlier articles staged with them. */
    static final String BATCH_WORK = "batch_work";
    /** The clean stage's distinct cleaned texts, its exactly de-duplicated records, and those still processed. */
    static final String TEXTS_WORK = "texts_work";
    static final String EXACT_WORK = "exact_work";
    static final String LIVE_WORK = "live_work";
    /** Scratch folder of NER model files copied where every executor can read them (see {@link ModelStaging}). */
    static final String MODEL_WORK = "ner_model_work";
    /**
     * Where rows that carry whole texts (as large as the input) are cached: on local disk. Spark's in-memory cache
     * builds its column batches (10,000 rows) in buffers its memory manager does not count, so with the storage pool
     * full of cached texts a 2 GiB heap ran out of memory in the ingest stage of a 1.6 GB file (2026-12-02).
     */
    static final StorageLevel TEXT_ROWS = StorageLevel.DISK_ONLY();

    private final TensionConfig config;
    private final SparkSession spark;
    private final Map<String, Double> stageSeconds = new LinkedHashMap<>();

    private TensionPipeline(TensionConfig config, SparkSession spark) {
        this.config = config;
        this.spark = spark;
    }

    /** Runs the job and returns its report; the output is published only when every stage succeeded. */
    public static RunReport run(TensionConfig config, SparkSession spark) {
        return new TensionPipeline(config, spark).run();
    }

    private RunReport run() {
        Instant started = Instant.now();
        InputFiles.Listing listing = InputFiles.list(config.input().paths(), config.input().format(),
                spark.sparkContext().hadoopConfiguration());
        OutputStore store = new OutputStore(spark, config.output().path(), config.output().maxRecordsPerFile());
        store.checkWritable(config.output().force(), listing.dataFiles());
        store.lock();
        try {
            return runStages(listing, store, started);
        } catch (Throwable e) {
            store.discard();
            throw e;
        }
    }

    private RunReport runStages(InputFiles.Listing listing, OutputStore store, Instant started) {
        LongAccumulator pairsCapped = spark.sparkContext().longAccumulator("comention pairs over the per-article cap");
        LongAccumulator sentencesCapped = spark.sparkContext().longAccumulator("sentences over the per-article cap");
        LongAccumulator mentionsCapped = spark.sparkContext().longAccumulator("mentions over the per-article cap");

        Dataset<Row> parsed = Ingest.read(spark, listing.dataFiles(), config.input())
                .persist(TEXT_ROWS);
        boolean incremental = config.output().mode().equals(TensionConfig.INCREMENTAL);
        // An incremental run adds to the articles an earlier run published; without any it is an ordinary run.
        Optional<Dataset<Row>> stored = incremental ? store.readPublished(Tables.ARTICLES_TABLE) : Optional.empty();
        boolean appended = stored.isPresent();
        long[] inputCounts = stage("ingest", "read " + listing.dataFiles().size() + " files, quarantine unusable records", () -> {
            Dataset<Row> quarantined = parsed.filter(col(QUARANTINE_REASON).isNotNull())
                    .select(col(SOURCE_FILE), col(RECORD), col(RAW), col(QUARANTINE_REASON).as(REASON));
            if (incremental) {
                // Earlier batches' quarantined records stay; a batch delivered again adds no second copy.
                Optional<Dataset<Row>> earlier = store.readPublished(Tables.QUARANTINE_TABLE);
                if (earlier.isPresent()) {
                    quarantined = earlier.get().select(Tables.columns(Tables.QUARANTINE.fieldNames()))
                            .unionByName(quarantined).distinct();
                }
            }
            store.write(Tables.QUARANTINE_TABLE, quarantined, List.of(SOURCE_FILE, RECORD));
            return new long[] {parsed.count(), parsed.filter(col(QUARANTINE_REASON).isNotNull()).count()};
        });
        long cleanedRecords = stage("clean", "clean texts, resolve dates, mark duplicates", () -> {
            CleanArticles.Cleaned cleaned = new CleanArticles(config, started)
                    .clean(parsed, texts -> workTable(store, TEXTS_WORK, texts));
            if (appended) {
                long rows = cleaned.records().count();
                try (NewArticles newArticles = new NewArticles(config.dedup(), stored.get())) {
                    store.write(BATCH_WORK, newArticles.apply(cleaned), List.of());
                }
                return rows;
            }
            Deduplicate dedup = new Deduplicate(config.dedup());
            // Copies are found on narrow rows. Only articles still processed can be near-copies, so only they go
            // through the near-copy search with their texts; the others get their texts on the way out. Both inputs
            // of the search are read several times: materialised as work tables.
            Dataset<Row> exact = workTable(store, EXACT_WORK, dedup.exactCopies(cleaned.records()));
            Dataset<Row> live = workTable(store, LIVE_WORK, cleaned.withTexts(exact.filter(col(STATUS).equalTo(Tables.PROCESSED))));
            Dataset<Row> rest = cleaned.withTexts(exact.filter(col(STATUS).notEqual(Tables.PROCESSED)));
            store.write(Tables.ARTICLES_TABLE, dedup.nearCopies(live).unionByName(rest)
                    .select(Tables.columns(Tables.ARTICLES.fieldNames())), List.of(ARTICLE_ID), DATE);
            return 0L;
        });
        parsed.unpersist();
        if (appended) {
            // A stage of its own: rewriting the touched date partitions grows with the history stored in them, the
            // clean stage should not.
            stage("append", "stage the date partitions of articles the batch adds to", () -> {
                store.append(Tables.ARTICLES_TABLE, store.read(BATCH_WORK), List.of(ARTICLE_ID), DATE);
                return null;
            });
        }

        // The batch's own articles: in an incremental run the staged partitions also hold earlier articles.
        Dataset<Row> batch = appended ? store.read(BATCH_WORK) : store.read(Tables.ARTICLES_TABLE);
        Dataset<Row> processed = batch.filter(col(STATUS).equalTo(Tables.PROCESSED));
        stage("nlp", "sentences, tokens and entity mentions (Spark NLP)", () -> {
            Dataset<Row> annotated = processed
                    .repartition(nlpPartitions(), col(ARTICLE_ID))
                    .transform(new ExtractMentions(config.nlp(), ModelStaging.forSession(spark, store.staged(MODEL_WORK)),
                            sentencesCapped, mentionsCapped)::apply);
            store.write(ANNOTATED_WORK, annotated, List.of());
            return null;
        });
        Dataset<Row> annotated = store.read(ANNOTATED_WORK);
        stage("mentions", "write entity mentions", () -> {
            Dataset<Row> mentions = annotated.select(col(ARTICLE_ID), col(DATE), explode(col(MENTIONS)).as("m"))
                    .select(col(ARTICLE_ID), col(DATE), col("m.*"))
                    .select(Tables.columns(Tables.MENTIONS.fieldNames()));
            writeOrAppend(store, appended, Tables.MENTIONS_TABLE, mentions, List.of(ARTICLE_ID, BEGIN, ENTITY_TYPE));
            return null;
        });
        stage("comention", "co-mentions and their cues and tension", () -> {
            Dataset<Row> coMentions = annotated
                    .transform(new FindCoMentions(config, pairsCapped)::apply)
                    .transform(ScoreCoMentions::apply)
                    .transform(new ArticleWeights(config.aggregate().maxArticleWeight())::apply);
            writeOrAppend(store, appended, Tables.COMENTIONS_TABLE, coMentions,
                    List.of(ARTICLE_ID, SENTENCE_INDEX, PAIR_TYPE, ENTITY_A, ENTITY_B));
            return null;
        });
        stage("aggregate", "pair tension per " + config.aggregate().granularities(), () -> {
            // Recomputed from every stored co-mention, so periods, trailing baselines and display names agree with a
            // single run over all batches.
            Dataset<Row> names = store.read(Tables.MENTIONS_TABLE)
                    .groupBy(ENTITY_TYPE, ENTITY_ID).agg(min(ENTITY_NAME).as(ENTITY_NAME));
            Dataset<Row> allProcessed = store.read(Tables.ARTICLES_TABLE).filter(col(STATUS).equalTo(Tables.PROCESSED));
            Dataset<Row> pairs = new PairTension(config.aggregate())
                    .apply(store.read(Tables.COMENTIONS_TABLE), allProcessed, names);
            store.write(Tables.PAIR_TENSION_TABLE, pairs, List.of(PAIR_TYPE, ENTITY_A, ENTITY_B, PERIOD_START), GRANULARITY);
            return null;
        });

        RunReport report = stage("report", "count rows and check that every record is accounted for",
                () -> report(store, batch, appended ? cleanedRecords : -1, listing, inputCounts[0], inputCounts[1], Map.of(
                        "sentences_over_cap", sentencesCapped.value(),
                        "mentions_over_cap", mentionsCapped.value(),
                        "comention_pairs_over_cap", pairsCapped.value()), started));
        store.publish(Tables.ALL, report.toJson());
        return report;
    }

    /**
     * The report of this run. Record counts are the batch's: in an incremental run a record already stored counts
     * as a duplicate (of itself); table counts are of the tables as published. {@code cleanedRecords} is the
     * batch's cleaned record count in an incremental run that added to earlier output, else -1.
     */
    private RunReport report(OutputStore store, Dataset<Row> batch, long cleanedRecords, InputFiles.Listing listing,
                             long inputRecords, long quarantined, Map<String, Long> caps, Instant started) {
        Map<String, Long> tables = new LinkedHashMap<>();
        for (String table : Tables.ALL) {
            tables.put(table, store.read(table).count());
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Row r : batch.groupBy(STATUS).count().collectAsList()) {
            byStatus.put(r.getString(0), r.getLong(1));
        }
        long batchRows = byStatus.values().stream().mapToLong(Long::longValue).sum();
        // Cleaned records the batch did not add were stored by an earlier run (only counted in incremental runs).
        long alreadyStored = cleanedRecords < 0 ? 0 : cleanedRecords - batchRows;
        long articleRows = batchRows + alreadyStored;
        if (inputRecords != articleRows + quarantined) {
            throw new IllegalStateException("accounting failed: " + inputRecords + " input records but " + articleRows
                    + " articles + " + quarantined + " quarantined; the output was not published");
        }
        Map<String, Long> limits = new java.util.TreeMap<>(caps);
        limits.put("texts_truncated", batch.filter(col(REASON).contains("text truncated")).count());
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("news_tension", String.valueOf(TensionPipeline.class.getPackage().getImplementationVersion()));
        versions.put("spark", spark.version());
        versions.put("spark_nlp", com.johnsnowlabs.util.Build.version());
        versions.put("java", System.getProperty("java.version"));
        return new RunReport(config.output().mode(), inputRecords, articleRows,
                byStatus.getOrDefault(Tables.PROCESSED, 0L), byStatus.getOrDefault(Tables.DUPLICATE, 0L) + alreadyStored,
                byStatus.getOrDefault(Tables.SKIPPED, 0L), quarantined, alreadyStored,
                listing.dataFiles(), listing.ignoredFiles(), tables, new LinkedHashMap<>(stageSeconds), limits,
                ConfigLoader.toMap(config), SparkSessions.effectiveSettings(spark, config), versions, started.toString(),
                Instant.now().toString());
    }

    private int nlpPartitions() {
        int configured = config.nlp().partitions();
        return configured > 0 ? configured : 4 * spark.sparkContext().defaultParallelism();
    }

    /**
     * Writes {@code rows} to a work table and reads them back: an intermediate result that later steps read several
     * times. Unlike a cached plan, the read is pruned to the columns a step needs (the texts are not read to get
     * their facts) and is split by size, where a cached plan keeps its 200 shuffle partitions (thousands of tasks).
     */
    private static Dataset<Row> workTable(OutputStore store, String table, Dataset<Row> rows) {
        store.write(table, rows, List.of());
        return store.read(table);
    }

    private <T> T stage(String name, String description, Supplier<T> body) {
        spark.sparkContext().setJobGroup(name, name + ": " + description, false);
        long start = System.nanoTime();
        LOG.info("stage {} started: {}", name, description);
        try {
            return body.get();
        } finally {
            double seconds = Math.round((System.nanoTime() - start) / 1e7) / 100.0;
            stageSeconds.merge(name, seconds, Double::sum);
            LOG.info("stage {} finished in {} s", name, seconds);
            spark.sparkContext().clearJobGroup();
        }
    }

    /** Replaces a date-partitioned table, or in an incremental run adds to its affected date partitions. */
    private static void writeOrAppend(OutputStore store, boolean append, String table, Dataset<Row> rows,
                                      List<String> sortBy) {
        if (append) {
            store.append(table, rows, sortBy, DATE);
        } else {
            store.write(table, rows, sortBy, DATE);
        }
    }
}
