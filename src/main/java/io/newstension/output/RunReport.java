package io.newstension.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * {@code run_report.json}: what came in and where each record went ({@code input_records == articles + quarantined}
 * always), table row counts, seconds per stage, limits that bit, the effective config, the effective values of the
 * Spark settings the job resolves ({@code spark_settings}, as in the driver's "Spark settings:" line) and versions.
 * Record counts describe this run's input; in an incremental run {@code already_stored} counts records an earlier run
 * stored (delivered again: counted as duplicates, not stored twice) and {@code tables} counts the tables as published.
 */
public record RunReport(
        String mode,
        long inputRecords,
        long articles,
        long processed,
        long duplicates,
        long skipped,
        long quarantined,
        long alreadyStored,
        List<String> inputFiles,
        List<String> ignoredFiles,
        Map<String, Long> tables,
        Map<String, Double> stageSeconds,
        Map<String, Long> limits,
        Map<String, Object> config,
        Map<String, String> sparkSettings,
        Map<String, String> versions,
        String startedAt,
        String finishedAt) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run report is not serialisable", e);
        }
    }

    public static RunReport fromJson(String json) {
        try {
            return JSON.readValue(json, RunReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a run report: " + e.getOriginalMessage(), e);
        }
    }
}
