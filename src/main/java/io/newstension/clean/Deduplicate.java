package io.newstension.clean;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import io.newstension.config.TensionConfig;
import io.newstension.schema.Tables;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Marks copies of one article as {@code duplicate}, with {@code duplicate_of} naming the copy that is kept: the
 * earliest published, ties broken by id. Copies share an input id, a canonical URL (tracking parameters, scheme and
 * {@code www.} ignored), the same text up to case and spacing, or (with {@code dedup.near_duplicates}) a text whose
 * word shingles have Jaccard similarity of at least {@code dedup.min_similarity}: syndicated copies with small edits,
 * found by MinHash LSH ({@link MinHashBands}, fixed seed, so runs agree) and then compared exactly. A near-copy of a near-copy points at the
 * first one's keeper. Duplicates stay in {@code articles} but are never analysed or counted. The de-duplication keys
 * are kept (they are stored with the articles).
 *
 * <p>An optional boolean column {@value #STORED} marks articles published by earlier runs (incremental mode): they
 * come first in every order, so a stored article is always the one kept and a new batch never changes history. Stored
 * rows need only their keys, id, status, URL, publication time and date, not their text: only new articles are
 * checked for being near-copies, and the texts of the stored articles they are compared with come from
 * {@link StoredTexts}. With stored texts looked up, the near-copy search caches what it reads twice (the new rows'
 * band buckets, the candidate pairs) until {@link #unpersist()}.
 */
public final class Deduplicate implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Optional input column: true for articles stored by an earlier run. */
    public static final String STORED = "_stored";
    private static final String ORDER = "_order";
    /** The id copies share: the article id without a re-delivery suffix ({@link ArticleIds#baseId}). */
    private static final String ID_KEY = "_id_key";
    private static final String KEEPER = "_keeper";
    private static final String LIVE = "_live";
    private static final String RANK = "_rank";
    private static final String COPY = "_copy";
    private static final String BAND = "_band";
    private static final String BAND_KEY = "_band_key";
    private static final String BUCKET_SIZE = "_bucket_size";
    private static final String NEW = "_new";
    private static final String HAS_NEW = "_has_new";
    private static final String NEW_BAND = "_new_band";
    private static final String NEW_BAND_KEY = "_new_band_key";
    private static final String KEEPER_DATE = "_keeper_date";
    /** Articles of one LSH bucket that later articles of the bucket are compared with. */
    static final int MAX_KEEPERS_PER_BUCKET = 100;

    /** Looks up the texts of stored articles, for stored rows given without their text. */
    public interface StoredTexts {
        /**
         * {@code keepers} (distinct {@code article_id, date} of stored articles) in, those stored articles'
         * {@code article_id, text} out. May run a job on {@code keepers}, which is cached.
         */
        Dataset<Row> of(Dataset<Row> keepers);
    }

    private final TensionConfig.Dedup config;
    /** Null: stored rows, if any, carry their texts. */
    private final transient StoredTexts storedTexts;
    /** What the near-copy search against stored articles cached, until {@link #unpersist()}. */
    private final transient List<Dataset<Row>> cached = new ArrayList<>();

    public Deduplicate(TensionConfig.Dedup config) {
        this(config, null);
    }

    public Deduplicate(TensionConfig.Dedup config, StoredTexts storedTexts) {
        this.config = config;
        this.storedTexts = storedTexts;
    }

    /** Unpersists what {@link #nearCopies} cached for stored rows given without texts; nothing otherwise. */
    public void unpersist() {
        cached.forEach(Dataset::unpersist);
        cached.clear();
    }

    public Dataset<Row> apply(Dataset<Row> articles) {
        boolean hasStored = Arrays.asList(articles.columns()).contains(STORED);
        Dataset<Row> result = nearCopies(exactCopies(articles));
        return hasStored ? result : result.drop(STORED);
    }

    /**
     * The first half of {@link #apply}: copies by id, canonical URL and text marked; the keys and {@value #STORED}
     * (false when it was missing) are kept for {@link #nearCopies}. Needs keys, not texts: give it narrow rows and
     * attach texts afterwards ({@link CleanArticles.Cleaned#withTexts}), so its three window shuffles move keys only.
     * Worth caching before {@link #nearCopies}, which reads it several times.
     */
    public Dataset<Row> exactCopies(Dataset<Row> articles) {
        Tables.require(articles, "deduplicate", ARTICLE_ID, URL, PUBLISHED_AT, STATUS, DUPLICATE_OF, URL_KEY, CONTENT_HASH);
        boolean hasStored = Arrays.asList(articles.columns()).contains(STORED);
        return (hasStored ? articles : articles.withColumn(STORED, lit(false)))
                // ArticleIds.baseId as a Spark expression.
                .withColumn(ID_KEY, functions.substring_index(col(ARTICLE_ID), ArticleIds.REDELIVERY_MARK, 1))
                .transform(a -> markCopies(a, ID_KEY))
                .transform(a -> markCopies(a, URL_KEY))
                .transform(a -> markCopies(a, CONTENT_HASH))
                .drop(ID_KEY);
    }

    /** The second half of {@link #apply}: near-copies marked ({@value #STORED} kept). */
    public Dataset<Row> nearCopies(Dataset<Row> exact) {
        Tables.require(exact, "deduplicate near-copies", ARTICLE_ID, PUBLISHED_AT, DATE, STATUS, DUPLICATE_OF, TEXT, STORED,
                URL_KEY, CONTENT_HASH, DEDUP_BANDS);
        return config.nearDuplicates() ? markNearCopies(exact) : exact;
    }

    /** Among still-processed rows sharing {@code key}, all but the first become duplicates of the first. */
    private static Dataset<Row> markCopies(Dataset<Row> articles, String key) {
        // The window's results go through named columns: inlining the window expressions into both status and
        // duplicate_of would make the plan grow exponentially with every key.
        // Ordered by keys only, never by texts: the id is unique per row (re-deliveries get a suffix), so the order
        // is total and the rows sorted here can be narrow.
        WindowSpec byKey = Window.partitionBy(col(key), col(LIVE))
                .orderBy(col(STORED).desc(), col(PUBLISHED_AT).asc_nulls_last(), col(ARTICLE_ID).asc());
        Column isCopy = col(LIVE).and(col(RANK).gt(1));
        return articles
                .withColumn(LIVE, col(STATUS).equalTo(Tables.PROCESSED).and(col(key).isNotNull()))
                .withColumn(RANK, row_number().over(byKey))
                .withColumn(KEEPER, first(col(ARTICLE_ID)).over(byKey))
                .withColumn(COPY, isCopy)
                .withColumn(DUPLICATE_OF, when(col(COPY), col(KEEPER)).otherwise(col(DUPLICATE_OF)))
                .withColumn(STATUS, when(col(COPY), lit(Tables.DUPLICATE)).otherwise(col(STATUS)))
                .drop(LIVE, RANK, KEEPER, COPY);
    }

    /** Marks processed articles with an earlier near-identical processed article. */
    private Dataset<Row> markNearCopies(Dataset<Row> articles) {
        NearDuplicateKeys keys = new NearDuplicateKeys(config);
        UserDefinedFunction distance = functions.udf((UDF2<String, String, Double>) keys::distance, DataTypes.DoubleType);
        // Earlier means stored by an earlier run, then published earlier (undated last), then smaller id: the same
        // order exact copies use.
        Dataset<Row> live = articles.filter(col(STATUS).equalTo(Tables.PROCESSED))
                .select(col(ARTICLE_ID),
                        struct(functions.not(col(STORED)).as(NEW), col(PUBLISHED_AT).isNull(), col(PUBLISHED_AT), col(ARTICLE_ID)).as(ORDER),
                        functions.not(col(STORED)).as(NEW), col(DATE), col(DEDUP_BANDS), col(TEXT));
        WindowSpec bucket = Window.partitionBy(col(BAND), col(BAND_KEY));
        // Stored articles are never marked again, so a bucket without a new article has nothing to find.
        Dataset<Row> members = (storedTexts == null ? bucketsWithNew(live, bucket) : storedInNewBuckets(live, bucket))
                .withColumn(RANK, row_number().over(bucket.orderBy(col(ORDER))));
        // A bucket's earliest MAX_KEEPERS_PER_BUCKET articles are compared with each later one: a templated corpus
        // can put thousands of articles in one bucket, and comparing all of them would be quadratic.
        Dataset<Row> earlier = members.filter(col(RANK).leq(MAX_KEEPERS_PER_BUCKET)).as("a");
        Dataset<Row> candidates = earlier.join(members.as("b"), col("a." + BAND).equalTo(col("b." + BAND))
                        .and(col("a." + BAND_KEY).equalTo(col("b." + BAND_KEY)))
                        .and(col("a." + RANK).lt(col("b." + RANK)))
                        .and(col("b." + NEW)))
                .select(col("b." + ARTICLE_ID).as(ARTICLE_ID), col("a." + ARTICLE_ID).as(KEEPER), col("a." + ORDER).as(ORDER),
                        col("a." + DATE).as(KEEPER_DATE))
                .distinct();
        // Candidates are few: their texts are shingled again rather than every text's shingles carried along.
        Dataset<Row> texts = live.select(col(ARTICLE_ID), col(TEXT));
        if (storedTexts != null) {
            // Cached: read to find the stored texts to fetch, then to compare; computed once.
            candidates = candidates.persist(StorageLevel.MEMORY_AND_DISK_SER());
            cached.add(candidates);
            Dataset<Row> storedKeepers = candidates.filter(functions.not(col(ORDER + "." + NEW)))
                    .select(col(KEEPER).as(ARTICLE_ID), col(KEEPER_DATE).as(DATE)).distinct();
            texts = live.filter(col(NEW)).select(col(ARTICLE_ID), col(TEXT))
                    .unionByName(storedTexts.of(storedKeepers).select(col(ARTICLE_ID), col(TEXT)));
        }
        Dataset<Row> pairs = candidates.as("c")
                .join(texts.as("f"), col("c." + ARTICLE_ID).equalTo(col("f." + ARTICLE_ID)))
                .join(texts.as("g"), col("c." + KEEPER).equalTo(col("g." + ARTICLE_ID)))
                .filter(distance.apply(col("f." + TEXT), col("g." + TEXT)).leq(1.0 - config.minSimilarity()))
                .select(col("c." + ARTICLE_ID).as(ARTICLE_ID), col("c." + KEEPER).as(KEEPER), col("c." + ORDER).as(ORDER));
        Dataset<Row> earliest = pairs.groupBy(ARTICLE_ID).agg(min(struct(col(ORDER), col(KEEPER))).as("_first"))
                .select(col(ARTICLE_ID), col("_first." + KEEPER).as(KEEPER));
        // A keeper that is itself a near-copy hands its own keeper on, so a chain a <- b <- c points c at a.
        Dataset<Row> resolved = earliest.as("c")
                .join(earliest.as("k"), col("c." + KEEPER).equalTo(col("k." + ARTICLE_ID)), "left")
                .select(col("c." + ARTICLE_ID).as(ARTICLE_ID), coalesce(col("k." + KEEPER), col("c." + KEEPER)).as(KEEPER));
        Dataset<Row> result = articles.join(resolved, articles.col(ARTICLE_ID).equalTo(resolved.col(ARTICLE_ID)), "left")
                .drop(resolved.col(ARTICLE_ID));
        Column isCopy = col(KEEPER).isNotNull().and(col(STATUS).equalTo(Tables.PROCESSED));
        return result
                .withColumn(DUPLICATE_OF, when(isCopy, col(KEEPER)).otherwise(col(DUPLICATE_OF)))
                .withColumn(STATUS, when(isCopy, lit(Tables.DUPLICATE)).otherwise(col(STATUS)))
                .drop(KEEPER)
                .select(articles.columns()[0], Arrays.copyOfRange(articles.columns(), 1, articles.columns().length));
    }

    /** Band bucket members, {@code live} exploded, in buckets of two or more that hold a new article. */
    private static Dataset<Row> bucketsWithNew(Dataset<Row> live, WindowSpec bucket) {
        return exploded(live)
                .withColumn(BUCKET_SIZE, count(lit(1)).over(bucket))
                .withColumn(HAS_NEW, max(col(NEW)).over(bucket))
                .filter(col(BUCKET_SIZE).gt(1).and(col(HAS_NEW)))
                .drop(BUCKET_SIZE, HAS_NEW);
    }

    /**
     * The same members as {@link #bucketsWithNew} when most rows are stored: the stored rows' band keys are first
     * matched against the new rows' (a small table, which Spark broadcasts when it is below its broadcast threshold;
     * it is cached and counted so that Spark knows its size), so the window shuffles the new rows and only the stored
     * rows that share a bucket with one, not every stored row's band keys.
     */
    private Dataset<Row> storedInNewBuckets(Dataset<Row> live, WindowSpec bucket) {
        Dataset<Row> fresh = exploded(live.filter(col(NEW)));
        Dataset<Row> newBuckets = fresh.select(col(BAND).as(NEW_BAND), col(BAND_KEY).as(NEW_BAND_KEY)).distinct()
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        cached.add(newBuckets);
        newBuckets.count();
        Dataset<Row> storedMembers = exploded(live.filter(functions.not(col(NEW))))
                .join(newBuckets, col(BAND).equalTo(col(NEW_BAND)).and(col(BAND_KEY).equalTo(col(NEW_BAND_KEY))), "left_semi");
        return fresh.unionByName(storedMembers)
                .withColumn(BUCKET_SIZE, count(lit(1)).over(bucket))
                .filter(col(BUCKET_SIZE).gt(1))
                .drop(BUCKET_SIZE);
    }

    private static Dataset<Row> exploded(Dataset<Row> live) {
        return live.select(col(ARTICLE_ID), col(ORDER), col(NEW), col(DATE),
                posexplode(col(DEDUP_BANDS)).as(new String[] {BAND, BAND_KEY}));
    }
}
