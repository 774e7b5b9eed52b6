package io.newstension.ingest;

import static io.newstension.schema.Columns.*;

import io.newstension.config.TensionConfig;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads news-please JSON (JSONL, or one object per {@code .json} file; {@code .gz}/{@code .bz2} too) into one row per
 * input record: the raw article fields, or a quarantine reason with the raw record. Each file is read whole by one
 * task so records keep their line numbers.
 */
public final class NewsPleaseReader {
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

    /** Records larger than this are quarantined without being parsed. */
    static final long MAX_RECORD_BYTES = 64L * 1024 * 1024;

    private NewsPleaseReader() {}

    public static Dataset<Row> read(SparkSession spark, List<String> files, TensionConfig.Input input) {
        int maxRaw = input.maxRawChars();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.binaryFiles(InputFiles.joined(files), Math.max(1, files.size()))
                .flatMap(file -> readFile(file._1(), file._2(), maxRaw).iterator());
        return spark.createDataFrame(rows, PARSED);
    }

    private static List<Row> readFile(String name, PortableDataStream stream, int maxRaw) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = open(name, stream)) {
            new RecordReader(MAX_RECORD_BYTES).read(in, InputFiles.mayBeWholeDocument(name),
                    record -> rows.add(toRow(name, record, maxRaw)));
        } catch (IOException e) {
            // A corrupt archive loses what follows the damage, not the job: the rest is one quarantine row.
            rows.add(RowFactory.create(name, (long) rows.size() + 1, null,
                    "unreadable file after record " + rows.size() + ": " + e.getMessage(),
                    null, null, null, null, null, null, null, null, null, null));
        }
        return rows;
    }

    private static InputStream open(String name, PortableDataStream stream) throws IOException {
        InputStream raw = stream.open();
        CompressionCodec codec = new CompressionCodecFactory(new Configuration(false))
                .getCodec(new org.apache.hadoop.fs.Path(name));
        return codec == null ? raw : codec.createInputStream(raw);
    }

    static Row toRow(String file, RecordReader.Record record, int maxRaw) {
        if (record.error() != null) {
            return quarantined(file, record, record.error(), maxRaw);
        }
        ParseResult result = NewsPleaseParser.parse(record.text());
        if (!result.isOk()) {
            return quarantined(file, record, result.quarantineReason(), maxRaw);
        }
        RawArticle a = result.article();
        return RowFactory.create(file, record.number(), null, null, a.id(), a.url(), a.sourceDomain(), a.title(),
                a.text(), a.description(), a.datePublish(), a.dateModify(), a.dateDownload(), a.language());
    }

    private static Row quarantined(String file, RecordReader.Record record, String reason, int maxRaw) {
        String raw = record.text() == null ? null
                : record.text().length() > maxRaw ? record.text().substring(0, maxRaw) : record.text();
        return RowFactory.create(file, record.number(), raw, reason,
                null, null, null, null, null, null, null, null, null, null);
    }
}
