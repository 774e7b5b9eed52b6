package io.newstension.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.LineRecordReader;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads JSON-lines files (news-please, cc_news) in splits of {@code spark.sql.files.maxPartitionBytes}, each by its
 * own task, records streamed: no task holds more than one line at a time. Hadoop's {@code TextInputFormat} cuts the
 * files (a line belongs to the split it starts in, so a line across a split boundary is read once; {@code .bz2} files
 * split too, {@code .gz} files are one split). Records keep their file's 1-based line number: a first pass counts the
 * lines of each split (one number per split reaches the driver), the parsing pass numbers each split from the lines
 * before it. Lines are unbounded in the reader and checked against {@link RecordFiles#MAX_RECORD_BYTES} here, because
 * Hadoop's own {@code maxlength} drops long lines without a trace.
 */
final class JsonLinesInput {
    /** Split only at {@code \n}, as {@link RecordReader} does: a lone {@code \r} inside a line does not end it. */
    private static final String NEWLINE_ONLY = "\n";

    private JsonLinesInput() {}

    static Dataset<Row> read(SparkSession spark, List<String> files, RecordFiles rows) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                InputFiles.joined(files), TextInputFormat.class, LongWritable.class, Text.class, splitting(spark));
        List<SplitLines> counts = lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit s = (FileSplit) split;
            return List.of(new SplitLines(s.getPath().toString(), s.getStart(), SplitRecords.count(it))).iterator();
        }, false).collect();
        Map<String, Long> firstLines = SplitLines.firstLines(counts);
        long maxRecordBytes = RecordFiles.MAX_RECORD_BYTES;
        JavaRDD<Row> parsed = lines.mapPartitionsWithInputSplit((split, it) -> {
            FileSplit s = (FileSplit) split;
            String file = s.getPath().toString();
            SplitRecords records = new SplitRecords(it, firstLines.get(SplitLines.key(file, s.getStart())), maxRecordBytes);
            return new Iterator<Row>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public Row next() {
                    return rows.jsonRow(file, records.next());
                }
            };
        }, false);
        return spark.createDataFrame(parsed, Ingest.PARSED);
    }

    /** The session's Hadoop settings with splits of exactly {@code spark.sql.files.maxPartitionBytes}. */
    private static Configuration splitting(SparkSession spark) {
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        long splitBytes = JavaUtils.byteStringAsBytes(spark.conf().get("spark.sql.files.maxPartitionBytes"));
        // Minimum and maximum both set: otherwise the file system's block size (32 MB locally) caps the split.
        conf.setLong(FileInputFormat.SPLIT_MINSIZE, splitBytes);
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);
        conf.set("textinputformat.record.delimiter", NEWLINE_ONLY);
        // A user's line.maxlength would make the reader skip long lines silently; they are quarantined here instead.
        conf.setInt(LineRecordReader.MAX_LINE_LENGTH, Integer.MAX_VALUE);
        return conf;
    }
}
