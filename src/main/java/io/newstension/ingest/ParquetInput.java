package io.newstension.ingest;

import static io.newstension.schema.Columns.RECORD;
import static io.newstension.schema.Columns.SOURCE_FILE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Reads Parquet files with one article per row into {@link Ingest#PARSED}, columns found through the
 * {@link FieldMapping}. A file whose footer cannot be read becomes one quarantine row instead of failing the job.
 * Records are numbered 1.. within each file in the order Spark reads them.
 */
final class ParquetInput {
    private static final String ORDER = "_ingest_order";

    private ParquetInput() {}

    static Dataset<Row> read(SparkSession spark, List<String> files, FieldMapping fields) {
        List<String> readable = new ArrayList<>();
        List<Row> broken = new ArrayList<>();
        for (String file : files) {
            try {
                spark.read().parquet(file).schema();
                readable.add(file);
            } catch (Exception e) { // SparkException is checked in Java's eyes but thrown undeclared from Scala
                broken.add(Ingest.quarantineRow(file, 1, null, "unreadable Parquet file: " + firstLine(e.getMessage())));
            }
        }
        Dataset<Row> bad = spark.createDataFrame(broken, Ingest.PARSED);
        if (readable.isEmpty()) {
            return bad;
        }
        Dataset<Row> frame = spark.read().parquet(readable.toArray(String[]::new));
        Set<String> columns = Set.of(frame.columns());
        Dataset<Row> numbered = frame
                .withColumn(SOURCE_FILE, input_file_name())
                .withColumn(ORDER, monotonically_increasing_id())
                .withColumn(RECORD, row_number().over(Window.partitionBy(col(SOURCE_FILE)).orderBy(col(ORDER))).cast("long"));
        Dataset<Row> parsed = numbered.map((MapFunction<Row, Row>) row -> toParsed(row, columns, fields),
                Encoders.row(Ingest.PARSED));
        return parsed.unionByName(bad);
    }

    private static Row toParsed(Row row, Set<String> columns, FieldMapping fields) {
        String file = row.getAs(SOURCE_FILE);
        long record = row.getAs(RECORD);
        ParseResult result = fields.article(name -> columns.contains(name) ? scalar(row.getAs(name)) : null);
        if (!result.isOk()) {
            return Ingest.quarantineRow(file, record, null, result.quarantineReason());
        }
        RawArticle a = result.article();
        return org.apache.spark.sql.RowFactory.create(file, record, null, null, a.id(), a.url(), a.sourceDomain(),
                a.title(), a.text(), a.description(), a.datePublish(), a.dateModify(), a.dateDownload(), a.language());
    }

    /** A scalar value as text; timestamps as ISO-8601 UTC, so the date resolver reads them without a zone guess. */
    private static String scalar(Object value) {
        if (value == null || value instanceof scala.collection.Seq || value instanceof Row || value instanceof scala.collection.Map) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        return value.toString();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.split("\n", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
