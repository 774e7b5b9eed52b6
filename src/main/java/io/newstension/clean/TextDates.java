package io.newstension.clean;

import static io.newstension.schema.Columns.RAW_DATE_DOWNLOAD;
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
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark stage that finds a publication date in an article's text: Spark NLP's {@code MultiDateMatcher} over the
 * {@value #SLICE} column (the first and last {@code dates.text_slice_chars} characters, where datelines and bylines
 * stand; empty for articles that already have a metadata or URL date, so they cost nothing), each hit checked by
 * {@link TextDateChooser}. Adds {@value #TEXT_DATE} (a date or null) and {@value #TEXT_DATE_NOTE}.
 */
public final class TextDates {
    public static final String SLICE = "date_slice";
    public static final String TEXT_DATE = "text_date";
    public static final String TEXT_DATE_NOTE = "text_date_note";
    private static final String DOC = "_date_document";
    private static final String HITS = "_date_hits";
    private static final String CHOICE = "_date_choice";
    private static final StructType CHOICE_TYPE = DataTypes.createStructType(List.of(
            DataTypes.createStructField("date", DataTypes.DateType, true),
            DataTypes.createStructField("note", DataTypes.StringType, true)));

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
        Tables.require(frame, "text dates", SLICE, RAW_DATE_DOWNLOAD);
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
        UserDefinedFunction choose = org.apache.spark.sql.functions.udf(
                (UDF3<String, scala.collection.Seq<Row>, String, Row>) TextDates::choose, CHOICE_TYPE);
        return model.transform(frame)
                .withColumn(CHOICE, choose.apply(col(SLICE), col(HITS), col(RAW_DATE_DOWNLOAD)))
                .withColumn(TEXT_DATE, col(CHOICE + ".date"))
                .withColumn(TEXT_DATE_NOTE, col(CHOICE + ".note"))
                .drop(DOC, HITS, CHOICE);
    }

    private static Row choose(String slice, scala.collection.Seq<Row> hits, String dateDownload) {
        if (slice == null || slice.isEmpty() || hits == null || hits.isEmpty()) {
            return null;
        }
        List<TextDateChooser.Match> matches = new ArrayList<>();
        for (Row hit : scala.collection.JavaConverters.seqAsJavaList(hits)) {
            int begin = hit.getAs("begin");
            int endInclusive = hit.getAs("end");
            matches.add(new TextDateChooser.Match(begin, endInclusive + 1, parseDate(hit.getAs("result"))));
        }
        Instant downloaded = DateResolver.parse(dateDownload);
        TextDateChooser.Choice choice = TextDateChooser.choose(slice, matches,
                downloaded == null ? null : downloaded.atZone(ZoneOffset.UTC).toLocalDate());
        return choice == null ? null : RowFactory.create(java.sql.Date.valueOf(choice.date()), choice.note());
    }

    private static LocalDate parseDate(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
