package io.newstension.clean;

import static org.apache.spark.sql.functions.col;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.MultiDateMatcher;
import io.newstension.schema.Tables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The Spark stage that finds publication-date candidates in an article's text: Spark NLP's {@code MultiDateMatcher}
 * over the {@value #SLICE} column (the first and last {@code dates.text_slice_chars} characters, where datelines and
 * bylines stand; empty for texts no record needs a text date for, so they cost nothing). Adds {@value #CANDIDATES}:
 * the hits, in slice order, as {@link TextDateChooser} reads them; {@link #choose} then picks a record's date with
 * that record's download date.
 */
public final class TextDates {
    public static final String SLICE = "date_slice";
    public static final String CANDIDATES = "date_candidates";
    private static final String DOC = "_date_document";
    private static final String HITS = "_date_hits";
    private static final String SPAN = "span";
    private static final String DATE = "date";
    /** The type of {@value #CANDIDATES}. */
    public static final DataType CANDIDATES_TYPE = DataTypes.createArrayType(DataTypes.createStructType(List.of(
            DataTypes.createStructField(SPAN, DataTypes.StringType, false),
            DataTypes.createStructField(DATE, DataTypes.DateType, true))), false);

    private TextDates() {}

    /** The slice of {@code text} the matcher reads: its start and its end, joined by a newline. */
    public static String slice(String text, int chars) {
        if (text == null) {
            return "";
        }
        if (text.length() <= 2 * chars) {
            return text;
        }
        return text.substring(0, chars) + "\n" + text.substring(text.length() - chars);
    }

    public static Dataset<Row> apply(Dataset<Row> frame) {
        Tables.require(frame, "text dates", SLICE);
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol(SLICE);
        document.setOutputCol(DOC);
        MultiDateMatcher dates = new MultiDateMatcher();
        dates.setInputCols(new String[] {DOC});
        dates.setOutputCol(HITS);
        dates.setOutputFormat("yyyy-MM-dd");
        dates.setReadMonthFirst(true);
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {document, dates})
                .fit(frame.limit(0));
        UserDefinedFunction candidates = org.apache.spark.sql.functions.udf(
                (UDF2<String, scala.collection.Seq<Row>, List<Row>>) TextDates::candidates, CANDIDATES_TYPE);
        return model.transform(frame)
                .withColumn(CANDIDATES, candidates.apply(col(SLICE), col(HITS)))
                .drop(DOC, HITS);
    }

    /** A record's text date from its text's {@value #CANDIDATES} and its {@code date_download}; null when none. */
    public static TextDateChooser.Choice choose(List<Row> candidates, String dateDownload) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        List<TextDateChooser.Candidate> read = new ArrayList<>(candidates.size());
        for (Row c : candidates) {
            java.sql.Date date = c.getAs(DATE);
            read.add(new TextDateChooser.Candidate(c.getAs(SPAN), date == null ? null : date.toLocalDate()));
        }
        Instant downloaded = DateResolver.parse(dateDownload);
        return TextDateChooser.choose(read, downloaded == null ? null : downloaded.atZone(ZoneOffset.UTC).toLocalDate());
    }

    private static List<Row> candidates(String slice, scala.collection.Seq<Row> hits) {
        if (slice == null || slice.isEmpty() || hits == null || hits.isEmpty()) {
            return List.of();
        }
        List<TextDateChooser.Match> matches = new ArrayList<>();
        for (Row hit : scala.collection.JavaConverters.seqAsJavaList(hits)) {
            int begin = hit.getAs("begin");
            int endInclusive = hit.getAs("end");
            matches.add(new TextDateChooser.Match(begin, endInclusive + 1, parseDate(hit.getAs("result"))));
        }
        List<Row> rows = new ArrayList<>(matches.size());
        for (TextDateChooser.Candidate c : TextDateChooser.candidates(slice, matches)) {
            rows.add(RowFactory.create(c.span(), c.date() == null ? null : java.sql.Date.valueOf(c.date())));
        }
        return rows;
    }

    private static LocalDate parseDate(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
