package io.newstension.schema;

import static io.newstension.schema.Columns.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The schemas of the output tables and of the frames passed between stages (see the README's "Output tables"). */
public final class Tables {
    private Tables() {}

    public static final String ARTICLES_TABLE = "articles";
    public static final String QUARANTINE_TABLE = "quarantine";
    public static final String MENTIONS_TABLE = "mentions";
    public static final String COMENTIONS_TABLE = "comentions";
    public static final String PAIR_TENSION_TABLE = "pair_tension";
    /** Output tables in the order they are written. */
    public static final List<String> ALL = List.of(
            ARTICLES_TABLE, QUARANTINE_TABLE, MENTIONS_TABLE, COMENTIONS_TABLE, PAIR_TENSION_TABLE);

    /** Article statuses. */
    public static final String PROCESSED = "processed";
    public static final String DUPLICATE = "duplicate";
    public static final String SKIPPED = "skipped";

    public static final StructType ARTICLES = struct(
            field(ARTICLE_ID, DataTypes.StringType, false),
            field(URL, DataTypes.StringType),
            field(SOURCE, DataTypes.StringType),
            field(TITLE, DataTypes.StringType),
            field(TEXT, DataTypes.StringType),
            field(PUBLISHED_AT, DataTypes.TimestampType),
            field(DATE, DataTypes.DateType),
            field(DATE_SOURCE, DataTypes.StringType, false),
            field(LANGUAGE, DataTypes.StringType),
            field(STATUS, DataTypes.StringType, false),
            field(DUPLICATE_OF, DataTypes.StringType),
            field(REASON, DataTypes.StringType),
            // Nullable: articles published before the keys were stored read them as null.
            field(URL_KEY, DataTypes.StringType),
            field(CONTENT_HASH, DataTypes.StringType),
            field(DEDUP_BANDS, DataTypes.createArrayType(DataTypes.LongType, false)),
            field(DEDUP_SCHEME, DataTypes.StringType));

    public static final StructType QUARANTINE = struct(
            field(SOURCE_FILE, DataTypes.StringType, false),
            field(RECORD, DataTypes.LongType, false),
            field(RAW, DataTypes.StringType),
            field(REASON, DataTypes.StringType, false));

    /** One entity mention; also the element type of the intermediate {@code mentions} array. */
    public static final StructType MENTION = struct(
            field(SENTENCE_INDEX, DataTypes.IntegerType, false),
            field(ENTITY_TYPE, DataTypes.StringType, false),
            field(ENTITY_ID, DataTypes.StringType, false),
            field(ENTITY_NAME, DataTypes.StringType),
            field(SURFACE, DataTypes.StringType, false),
            field(BEGIN, DataTypes.IntegerType, false),
            field(END, DataTypes.IntegerType, false),
            field(METHOD, DataTypes.StringType, false),
            field(AFFILIATION, DataTypes.StringType));

    public static final StructType MENTIONS = prepend(MENTION,
            field(ARTICLE_ID, DataTypes.StringType, false),
            field(DATE, DataTypes.DateType));

    /** A sentence of an article, offsets into {@code articles.text}, end exclusive. */
    public static final StructType SENTENCE_STRUCT = struct(
            field("index", DataTypes.IntegerType, false),
            field(BEGIN, DataTypes.IntegerType, false),
            field(END, DataTypes.IntegerType, false),
            field(TEXT, DataTypes.StringType, false));

    /** The NLP stage's output: one row per processed article with its sentences and mentions. */
    public static final StructType ANNOTATED = struct(
            field(ARTICLE_ID, DataTypes.StringType, false),
            field(DATE, DataTypes.DateType),
            field(SENTENCES, DataTypes.createArrayType(SENTENCE_STRUCT, false)),
            field(Columns.MENTIONS, DataTypes.createArrayType(MENTION, false)));

    public static final StructType COMENTIONS = struct(
            field(ARTICLE_ID, DataTypes.StringType, false),
            field(DATE, DataTypes.DateType),
            field(WINDOW, DataTypes.StringType, false),
            field(SENTENCE_INDEX, DataTypes.IntegerType),
            field(PAIR_TYPE, DataTypes.StringType, false),
            field(ENTITY_A, DataTypes.StringType, false),
            field(ENTITY_B, DataTypes.StringType, false),
            field(SENTENCE, DataTypes.StringType),
            field(TONE, DataTypes.DoubleType, false),
            field(GOLDSTEIN, DataTypes.DoubleType),
            field(QUAD_CLASS, DataTypes.IntegerType),
            field(CUES, DataTypes.createArrayType(DataTypes.StringType, false)),
            field(TENSION, DataTypes.DoubleType, false),
            field(RELATION, DataTypes.StringType),
            field(SOURCE, DataTypes.StringType),
            field(TARGET, DataTypes.StringType),
            field(WEIGHT, DataTypes.DoubleType, false));

    /** An entity named in a co-mention's sentence, offsets into that sentence (see {@code comention.Party}). */
    public static final StructType PARTY = struct(
            field(ENTITY_ID, DataTypes.StringType, false),
            field(AFFILIATION, DataTypes.StringType),
            field(BEGIN, DataTypes.IntegerType, false),
            field(END, DataTypes.IntegerType, false));

    public static final StructType EVIDENCE_ITEM = struct(
            field(ARTICLE_ID, DataTypes.StringType),
            field(URL, DataTypes.StringType),
            field(SENTENCE, DataTypes.StringType),
            field(TENSION, DataTypes.DoubleType));

    public static final StructType PAIR_TENSION = struct(
            field(GRANULARITY, DataTypes.StringType, false),
            field(PERIOD_START, DataTypes.DateType, false),
            field(PAIR_TYPE, DataTypes.StringType, false),
            field(ENTITY_A, DataTypes.StringType, false),
            field(ENTITY_B, DataTypes.StringType, false),
            field(NAME_A, DataTypes.StringType),
            field(NAME_B, DataTypes.StringType),
            field(Columns.ARTICLES, DataTypes.LongType, false),
            field(SOURCES, DataTypes.LongType, false),
            field(Columns.COMENTIONS, DataTypes.LongType, false),
            field(TONE_MEAN, DataTypes.DoubleType),
            field(CONFLICT_SHARE, DataTypes.DoubleType),
            field(COOPERATION_SHARE, DataTypes.DoubleType),
            field(GOLDSTEIN_MEAN, DataTypes.DoubleType),
            field(TENSION, DataTypes.DoubleType, false),
            field(TENSION_LOW, DataTypes.DoubleType, false),
            field(TENSION_HIGH, DataTypes.DoubleType, false),
            field(TENSION_Z, DataTypes.DoubleType),
            field(A_TO_B_CONFLICT, DataTypes.LongType),
            field(B_TO_A_CONFLICT, DataTypes.LongType),
            field(A_TO_B_COOPERATION, DataTypes.LongType),
            field(B_TO_A_COOPERATION, DataTypes.LongType),
            field(EVIDENCE, DataTypes.createArrayType(EVIDENCE_ITEM, false)));

    /**
     * The schema to read a published table with, for tables that gained columns since earlier outputs were written:
     * Parquet files written before read the new columns as null (without it, Spark takes the schema of one file,
     * and a table of old and new partitions would read inconsistently). Empty: read the files' own schema.
     */
    public static Optional<StructType> readSchema(String table) {
        return ARTICLES_TABLE.equals(table) ? Optional.of(ARTICLES) : Optional.empty();
    }

    /** The named columns, for selecting a table's columns in its order. */
    public static Column[] columns(String... names) {
        return Arrays.stream(names).map(functions::col).toArray(Column[]::new);
    }

    /**
     * Fails fast when a stage is handed a frame without the columns it needs.
     *
     * @throws IllegalArgumentException naming the stage, the columns expected and the columns present
     */
    public static void require(Dataset<Row> frame, String stage, String... columns) {
        Set<String> present = Set.of(frame.columns());
        List<String> missing = Arrays.stream(columns).filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(stage + ": expected columns " + Arrays.toString(columns)
                    + ", got " + Arrays.stream(frame.columns()).collect(Collectors.joining(", ", "[", "]"))
                    + " (missing " + missing + ")");
        }
    }

    /** A Java list as the Scala sequence that Spark's row encoder expects for an array column. */
    public static <T> scala.collection.Seq<T> seq(List<T> values) {
        return scala.collection.JavaConverters.asScalaBuffer(values).toList();
    }

    private static StructField field(String name, DataType type) {
        return field(name, type, true);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructType prepend(StructType tail, StructField... head) {
        StructField[] all = new StructField[head.length + tail.fields().length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail.fields(), 0, all, head.length, tail.fields().length);
        return struct(all);
    }
}
