package io.newstension.validate;

import static io.newstension.schema.Columns.*;
import static org.apache.spark.sql.functions.*;

import io.newstension.schema.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The validation tool ({@code jobs/validate.sh}): sets the job's country-pair tension of one granularity (year or
 * month) beside a reference table of dyad-periods and prints the rank correlations of {@link Validation}, then one
 * JSON line. Spark only reads: {@code pair_tension} rows of the granularity (computed by the job itself, as every
 * other period), the conflict-cue share per dyad-period from {@code comentions}, and the reference CSV; the matched
 * dyad-periods (one row per dyad and period, not per article) are brought to the driver for the statistics.
 * Exit code 2 for a bad command line, missing tables or columns; 1 otherwise.
 */
public final class Validate {
    static final String USAGE = """
            usage: Validate --output DIR --reference CSV --measure COLUMN [--measure COLUMN]... [--period year|month]
                            [--min-items N] [--period-column C] [--a-column C] [--b-column C] [--disagreements K]
              --output DIR         the job's output, with pair_tension/ and comentions/
              --reference CSV      dyad-periods with a header row: a period, two country ids (ISO3, either order),
                                   numeric measures; one row per dyad and period
              --measure COLUMN     a numeric reference column to compare with; repeatable (each gets its own figures)
              --period P           year (default) or month: the job's pair_tension rows of that granularity (the job
                                   must have run with it in aggregate.granularities)
              --min-items N        leave out dyad-periods with fewer than N articles co-mentioning the pair (default 10)
              --period-column C    the reference's period column (default: the --period name); a year as 2021 or
                                   2021-01-01, a month as 2021-03 or 2021-03-01
              --a-column C         the reference's first country id column (default a)
              --b-column C         the reference's second country id column (default b)
              --disagreements K    the largest disagreements listed per measure (default 10)""";

    static final Set<String> PERIODS = Set.of("year", "month");
    private static final String KEY_PERIOD = "_period";
    private static final String CONFLICT_CUE_SHARE = "_conflict_cue_share";
    private static final String MEASURE_PREFIX = "_measure_";
    private static final String COUNTRY = "country";

    private Validate() {}

    /** Command-line options. */
    record Options(Path output, Path reference, String period, int minItems, String periodColumn, String aColumn,
            String bColumn, List<String> measures, int disagreements, boolean help) {}

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
        for (String table : List.of(Tables.PAIR_TENSION_TABLE, Tables.COMENTIONS_TABLE)) {
            if (!Files.isDirectory(options.output().resolve(table))) {
                System.err.println("error: no " + table + "/ table under " + options.output()
                        + ": run the job first (jobs/run-local.sh --output DIR)");
                return 2;
            }
        }
        SparkSession spark = SparkSession.builder()
                .master(System.getProperty("spark.master", "local[2]"))
                .appName("news-tension-validate")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        try {
            ValidationReport report = run(spark, options);
            report.lines().forEach(System.out::println);
            System.out.println(report.json());
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
    }

    static Options parse(String... args) {
        Path output = null;
        Path reference = null;
        String period = "year";
        int minItems = 10;
        String periodColumn = null;
        String aColumn = "a";
        String bColumn = "b";
        List<String> measures = new ArrayList<>();
        int disagreements = 10;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                return new Options(output, reference, period, minItems, periodColumn, aColumn, bColumn, measures,
                        disagreements, true);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--output" -> output = Path.of(v);
                case "--reference" -> reference = Path.of(v);
                case "--period" -> period = v;
                case "--min-items" -> minItems = positive(a, v);
                case "--period-column" -> periodColumn = v;
                case "--a-column" -> aColumn = v;
                case "--b-column" -> bColumn = v;
                case "--measure" -> measures.add(v);
                case "--disagreements" -> disagreements = positive(a, v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (output == null || reference == null || measures.isEmpty()) {
            throw new IllegalArgumentException("--output, --reference and at least one --measure are required");
        }
        if (!PERIODS.contains(period)) {
            throw new IllegalArgumentException("--period: expected year or month, got " + period);
        }
        if (!Files.isRegularFile(reference)) {
            throw new IllegalArgumentException("--reference: no such file " + reference);
        }
        return new Options(output, reference, period, minItems, periodColumn == null ? period : periodColumn, aColumn,
                bColumn, List.copyOf(measures), disagreements, false);
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": expected a whole number >= 1, got " + value);
    }

    static ValidationReport run(SparkSession spark, Options o) {
        String format = o.period().equals("year") ? "yyyy" : "yyyy-MM";
        Dataset<Row> pairs = spark.read().parquet(o.output().resolve(Tables.PAIR_TENSION_TABLE).toString());
        List<String> granularities = pairs.select(GRANULARITY).distinct().collectAsList().stream()
                .map(r -> r.getString(0)).sorted().toList();
        if (!granularities.contains(o.period())) {
            throw new IllegalArgumentException(o.output() + "/pair_tension has no " + o.period() + " rows (it has "
                    + granularities + "): run the job with " + o.period() + " in aggregate.granularities, e.g. --set "
                    + "'aggregate.granularities=[day, week, month, year]'");
        }
        Dataset<Row> job = pairs
                .filter(col(GRANULARITY).equalTo(o.period()).and(col(PAIR_TYPE).equalTo(COUNTRY))
                        .and(col(ARTICLES).geq(o.minItems())))
                .select(date_format(col(PERIOD_START), format).as(KEY_PERIOD), col(ENTITY_A), col(ENTITY_B),
                        col(TENSION), col(ARTICLES), col(TONE_MEAN), col(EVIDENCE));
        // Unweighted on purpose: the naive baseline counts sentences, as a reader skimming the co-mentions would.
        Dataset<Row> cues = spark.read().parquet(o.output().resolve(Tables.COMENTIONS_TABLE).toString())
                .filter(col(PAIR_TYPE).equalTo(COUNTRY).and(col(DATE).isNotNull()))
                .groupBy(date_format(col(DATE), format).as(KEY_PERIOD), col(ENTITY_A), col(ENTITY_B))
                .agg(avg(when(col(QUAD_CLASS).geq(3), 1.0).otherwise(0.0)).as(CONFLICT_CUE_SHARE));
        job = job.join(cues, Tables.seq(List.of(KEY_PERIOD, ENTITY_A, ENTITY_B)), "left");

        Dataset<Row> reference = reference(spark, o);
        long referenceRows = reference.count();
        Dataset<Row> usable = reference.filter(col(KEY_PERIOD).notEqual("").and(col(ENTITY_A).notEqual(""))
                .and(col(ENTITY_B).notEqual("")).and(col(ENTITY_A).notEqual(col(ENTITY_B)))
                .and(measureColumns(o).stream().map(Column::isNotNull).reduce(Column::and).orElseThrow()));
        long leftOut = referenceRows - usable.count();
        List<Row> duplicates = usable.groupBy(KEY_PERIOD, ENTITY_A, ENTITY_B).count().filter(col("count").gt(1))
                .limit(1).collectAsList();
        if (!duplicates.isEmpty()) {
            Row d = duplicates.get(0);
            throw new IllegalArgumentException(o.reference() + ": more than one row for " + d.getString(0) + " "
                    + d.getString(1) + "–" + d.getString(2) + " (ids are an unordered pair): aggregate it first");
        }
        List<DyadPeriod> rows = new ArrayList<>();
        for (Row r : job.join(usable, Tables.seq(List.of(KEY_PERIOD, ENTITY_A, ENTITY_B))).collectAsList()) {
            rows.add(dyadPeriod(r, o.measures().size()));
        }
        rows.sort(Comparator.comparing(DyadPeriod::dyad).thenComparing(DyadPeriod::period));
        ValidationReport.Sample sample = new ValidationReport.Sample(o.output().toString(), o.reference().toString(),
                o.period(), o.minItems(), job.count(), referenceRows, leftOut);
        return new ValidationReport(sample, Validation.compute(rows, o.measures(), o.disagreements()));
    }

    /** The reference as (period key, entity_a, entity_b, measures...): ids upper-cased and put in order. */
    private static Dataset<Row> reference(SparkSession spark, Options o) {
        Dataset<Row> csv = spark.read().option("header", "true").csv(o.reference().toString());
        Set<String> present = Set.of(csv.columns());
        List<String> named = new ArrayList<>(List.of(o.periodColumn(), o.aColumn(), o.bColumn()));
        named.addAll(o.measures());
        List<String> missing = named.stream().filter(c -> !present.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(o.reference() + ": no column " + missing + " (it has "
                    + Arrays.toString(csv.columns()) + "); name the columns with --period-column, --a-column, "
                    + "--b-column, --measure");
        }
        String periodPattern = o.period().equals("year") ? "^([0-9]{4})" : "^([0-9]{4}-[0-9]{2})";
        // An empty id stays empty (least/greatest would skip a null and pair a country with itself): left out below.
        Column a = coalesce(upper(trim(col(o.aColumn()))), lit(""));
        Column b = coalesce(upper(trim(col(o.bColumn()))), lit(""));
        List<Column> out = new ArrayList<>(List.of(
                coalesce(regexp_extract(trim(col(o.periodColumn())), periodPattern, 1), lit("")).as(KEY_PERIOD),
                least(a, b).as(ENTITY_A),
                greatest(a, b).as(ENTITY_B)));
        for (int i = 0; i < o.measures().size(); i++) {
            out.add(trim(col(o.measures().get(i))).cast(DataTypes.DoubleType).as(MEASURE_PREFIX + i));
        }
        return csv.select(out.toArray(Column[]::new));
    }

    private static List<Column> measureColumns(Options o) {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < o.measures().size(); i++) {
            out.add(col(MEASURE_PREFIX + i));
        }
        return out;
    }

    private static DyadPeriod dyadPeriod(Row r, int measures) {
        List<DyadPeriod.Evidence> evidence = new ArrayList<>();
        if (!r.isNullAt(r.fieldIndex(EVIDENCE))) {
            for (Row e : r.<Row>getList(r.fieldIndex(EVIDENCE))) {
                evidence.add(new DyadPeriod.Evidence(e.getAs(SENTENCE), e.<Double>getAs(TENSION)));
            }
        }
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < measures; i++) {
            values.add(r.<Double>getAs(MEASURE_PREFIX + i));
        }
        return new DyadPeriod(r.getAs(KEY_PERIOD), r.getAs(ENTITY_A), r.getAs(ENTITY_B), r.<Double>getAs(TENSION),
                r.<Long>getAs(ARTICLES), nanIfNull(r, TONE_MEAN, -1), nanIfNull(r, CONFLICT_CUE_SHARE, 1), evidence,
                values);
    }

    /** The column times {@code sign}; NaN when null (a period whose co-mentions were all unscored). */
    private static double nanIfNull(Row r, String column, int sign) {
        int i = r.fieldIndex(column);
        return r.isNullAt(i) ? Double.NaN : sign * r.getDouble(i);
    }
}
