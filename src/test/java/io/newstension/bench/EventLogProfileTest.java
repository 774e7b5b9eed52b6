package io.newstension.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newstension.bench.EventLogProfile.GroupCost;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLogProfileTest {
    private static String jobStart(int job, String group, int... stages) {
        StringBuilder ids = new StringBuilder();
        for (int s : stages) {
            ids.append(ids.length() == 0 ? "" : ",").append(s);
        }
        String properties = group == null ? "{}" : "{\"spark.jobGroup.id\":\"" + group + "\",\"spark.job.description\":\"x\"}";
        return "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":" + job + ",\"Stage IDs\":[" + ids + "],\"Properties\":" + properties + "}";
    }

    private static String taskEnd(int stage, long runMs, long cpuNs, long gcMs) {
        return "{\"Event\":\"SparkListenerTaskEnd\",\"Stage ID\":" + stage + ",\"Task Metrics\":{\"Executor Run Time\":" + runMs
                + ",\"Executor CPU Time\":" + cpuNs + ",\"JVM GC Time\":" + gcMs + ",\"Result Size\":1000}}";
    }

    private static Map<String, GroupCost> read(List<String> lines) {
        return EventLogProfile.read(new BufferedReader(new StringReader(String.join("\n", lines))));
    }

    @Test
    void sumsTaskMetricsByTheJobGroupOfTheirStage() {
        Map<String, GroupCost> costs = read(List.of(
                "{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"news-tension\"}",
                jobStart(0, "ingest", 0),
                taskEnd(0, 1500, 1_200_000_000L, 100),
                taskEnd(0, 500, 300_000_000L, 0),
                jobStart(1, "nlp", 1, 2),
                taskEnd(1, 2000, 1_900_000_000L, 50),
                taskEnd(2, 4000, 3_500_000_000L, 250)));
        assertEquals(List.of("ingest", "nlp"), List.copyOf(costs.keySet()));
        assertEquals(new GroupCost(2, 2, 2.0, 1.5, 0.1), costs.get("ingest"));
        assertEquals(new GroupCost(2, 1, 6.0, 5.4, 0.3), costs.get("nlp"));
    }

    @Test
    void aStageSharedByTwoJobsCountsForTheFirstAndUngroupedJobsAreNamed() {
        Map<String, GroupCost> costs = read(List.of(
                jobStart(0, "clean", 3),
                jobStart(1, "report", 3, 4),
                jobStart(2, null, 5),
                taskEnd(3, 1000, 1_000_000_000L, 0),
                taskEnd(4, 1000, 1_000_000_000L, 0),
                taskEnd(5, 1000, 1_000_000_000L, 0),
                taskEnd(9, 1000, 1_000_000_000L, 0)));
        assertEquals(1, costs.get("clean").tasks());
        assertEquals(1, costs.get("report").tasks());
        assertEquals(2, costs.get(EventLogProfile.NO_GROUP).tasks());
    }

    @Test
    void printsOneLineOfJson() {
        String json = EventLogProfile.toJson(read(List.of(jobStart(0, "nlp", 0), taskEnd(0, 2500, 2_040_000_000L, 120))));
        assertEquals("{\"nlp\": {\"tasks\": 1, \"widest_stage\": 1, \"run_s\": 2.5, \"cpu_s\": 2.0, \"gc_s\": 0.1}}", json);
    }
}
