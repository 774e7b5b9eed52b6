package io.newstension.cluster;

import io.newstension.schema.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares two output folders of the job table by table: same schema, same row count, and the same rows as
 * multisets ({@code exceptAll} both ways, so duplicates count and arrays and structs compare by value).
 */
final class OutputComparison {
    private final SparkSession spark;

    OutputComparison(SparkSession spark) {
        this.spark = spark;
    }

    /** The differences between {@code expected} and {@code actual}, one line per table that differs; empty when equal. */
    List<String> differences(Path expected, Path actual) {
        List<String> problems = new ArrayList<>();
        for (String table : Tables.ALL) {
            Dataset<Row> want = spark.read().parquet(expected.resolve(table).toString());
            Dataset<Row> got = spark.read().parquet(actual.resolve(table).toString());
            if (!want.schema().equals(got.schema())) {
                problems.add(table + ": schema " + got.schema().simpleString() + ", expected " + want.schema().simpleString());
                continue;
            }
            long wantRows = want.count();
            long gotRows = got.count();
            List<Row> missing = want.exceptAll(got).limit(3).collectAsList();
            List<Row> extra = got.exceptAll(want).limit(3).collectAsList();
            if (wantRows != gotRows || !missing.isEmpty() || !extra.isEmpty()) {
                problems.add(table + ": " + gotRows + " rows, expected " + wantRows + "; e.g. missing " + missing + ", unexpected " + extra);
            }
        }
        return problems;
    }
}
