package io.newstension.ingest;

import static io.newstension.schema.Columns.*;

import io.newstension.config.TensionConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The ingest stage: the input files, whatever their format ({@link InputFormat}), to one row per input record in the
 * {@link #PARSED} schema: the raw article fields, or a quarantine reason with the raw record. JSON-lines files
 * ({@code .jsonl}, {@code .ndjson}, {@code .jl}, or any JSON file when {@code input.format} names a JSON format,
 * except one-object {@code .json} files) are read in splits by many tasks, streamed ({@link JsonLinesInput}); CSV
 * goes through Spark's CSV reader ({@link CsvInput}), Parquet through Spark's Parquet reader; other text-based files
 * (one-object {@code .json}, text, and files whose content decides the format) are each read whole by one task
 * ({@link RecordFiles}). Every record keeps its file and a number that does not depend on how files are split.
 */
public final class Ingest {
    /** The reader's output: provenance, quarantine reason and the raw article fields. */
    public static final StructType PARSED = DataTypes.createStructType(List.of(
            DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false),
            DataTypes.createStructField(RECORD, DataTypes.LongType, false),
            DataTypes.createStructField(RAW, DataTypes.StringType, true),
            DataTypes.createStructField(QUARANTINE_REASON, DataTypes.StringType, true),
            DataTypes.createStructField(RAW_ID, DataTypes.StringType, true),
            DataTypes.createStructField(URL, DataTypes.StringType, true),
            DataTypes.createStructField(RAW_SOURCE_DOMAIN, DataTypes.StringType, true),
            DataTypes.createStructField(TITLE, DataTypes.StringType, true),
            DataTypes.createStructField(TEXT, DataTypes.StringType, true),
            DataTypes.createStructField("description", DataTypes.StringType, true),
            DataTypes.createStructField(RAW_DATE_PUBLISH, DataTypes.StringType, true),
            DataTypes.createStructField(RAW_DATE_MODIFY, DataTypes.StringType, true),
            DataTypes.createStructField(RAW_DATE_DOWNLOAD, DataTypes.StringType, true),
            DataTypes.createStructField(LANGUAGE, DataTypes.StringType, true)));

    private Ingest() {}

    public static Dataset<Row> read(SparkSession spark, List<String> files, TensionConfig.Input input) {
        Optional<InputFormat> configured = InputFormat.named(input.format());
        FieldMapping fields = FieldMapping.of(input.fields());
        List<String> parquet = new ArrayList<>();
        List<String> jsonLines = new ArrayList<>();
        List<String> csv = new ArrayList<>();
        List<String> whole = new ArrayList<>();
        for (String file : files) {
            Optional<InputFormat> format = InputFormat.forFile(file, configured);
            if (format.filter(f -> f == InputFormat.PARQUET).isPresent()) {
                parquet.add(file);
            } else if (format.filter(f -> f == InputFormat.CSV).isPresent()) {
                csv.add(file);
            } else if (format.filter(f -> f == InputFormat.NEWSPLEASE || f == InputFormat.CCNEWS).isPresent()
                    && !RecordFiles.isWholeDocumentName(file)) {
                jsonLines.add(file);
            } else {
                whole.add(file);
            }
        }
        RecordFiles reader = new RecordFiles(configured, fields, input.maxRawChars());
        Dataset<Row> parsed = spark.createDataFrame(List.of(), PARSED);
        if (!whole.isEmpty()) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            JavaRDD<Row> rows = jsc.binaryFiles(InputFiles.joined(whole), Math.max(1, whole.size()))
                    .flatMap(file -> reader.read(file._1(), file._2().open()));
            parsed = parsed.unionByName(spark.createDataFrame(rows, PARSED));
        }
        if (!jsonLines.isEmpty()) {
            parsed = parsed.unionByName(JsonLinesInput.read(spark, jsonLines, reader));
        }
        if (!csv.isEmpty()) {
            parsed = parsed.unionByName(CsvInput.read(spark, csv, fields, input.csvDelimiter().charAt(0),
                    input.csvMultiline(), input.maxRawChars()));
        }
        if (!parquet.isEmpty()) {
            parsed = parsed.unionByName(ParquetInput.read(spark, parquet, fields));
        }
        return parsed;
    }

    /** A quarantine row: where the record came from, what it held (maybe truncated) and why it is unusable. */
    static Row quarantineRow(String file, long record, String raw, String reason) {
        return RowFactory.create(file, record, raw, reason, null, null, null, null, null, null, null, null, null, null);
    }
}
