package io.newstension.ingest;

import static io.newstension.schema.Columns.RECORD;
import static io.newstension.schema.Columns.SOURCE_FILE;
import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Reads Parquet files with one article per row into {@link Ingest#PARSED}, columns found through the
 * {@link FieldMapping}. A file whose footer cannot be read becomes one quarantine row instead of failing the job; the
 * footers are checked by tasks, not one by one on the driver. A record's number is its 1-based row index within its
 * file (Spark's hidden {@code _metadata.row_index}), the same however the files are split or ordered.
 */
final class ParquetInput {
    // Spark's hidden per-file metadata (3.5: row_index for Parquet), not columns of ours, so not in schema.Columns.
    private static final String METADATA_FILE_PATH = "_metadata.file_path";
    private static final String METADATA_ROW_INDEX = "_metadata.row_index";

    private ParquetInput() {}

    static Dataset<Row> read(SparkSession spark, List<String> files, FieldMapping fields) {
        Map<String, String> broken = unreadable(spark, files);
        List<String> readable = files.stream().filter(f -> !broken.containsKey(f)).toList();
        List<Row> bad = new ArrayList<>();
        broken.forEach((file, error) -> bad.add(Ingest.quarantineRow(file, 1, null, "unreadable Parquet file: " + error)));
        Dataset<Row> quarantined = spark.createDataFrame(bad, Ingest.PARSED);
        if (readable.isEmpty()) {
            return quarantined;
        }
        Dataset<Row> frame = spark.read().parquet(readable.toArray(String[]::new));
        Set<String> columns = Set.of(frame.columns());
        Dataset<Row> numbered = frame
                .withColumn(SOURCE_FILE, col(METADATA_FILE_PATH))
                .withColumn(RECORD, col(METADATA_ROW_INDEX).plus(1).cast("long"));
        Dataset<Row> parsed = numbered.map((MapFunction<Row, Row>) row -> toParsed(row, columns, fields),
                Encoders.row(Ingest.PARSED));
        return parsed.unionByName(quarantined);
    }

    /** The files whose Parquet footer cannot be read, with the first line of the error; read by tasks. */
    private static Map<String, String> unreadable(SparkSession spark, List<String> files) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopSettings hadoop = new HadoopSettings(spark.sparkContext().hadoopConfiguration());
        int tasks = Math.max(1, Math.min(files.size(), jsc.defaultParallelism()));
        List<Tuple2<String, String>> errors = jsc.parallelize(files, tasks).flatMap(file -> {
            Path path = new Path(file);
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(path, hadoop.get()))) {
                reader.getFooter();
                return Collections.emptyIterator();
            } catch (Exception e) { // a truncated or foreign file: quarantined, not fatal
                return List.of(new Tuple2<>(file, firstLine(e.getMessage()))).iterator();
            }
        }).collect();
        Map<String, String> broken = new TreeMap<>();
        errors.forEach(e -> broken.put(e._1(), e._2()));
        return broken;
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
