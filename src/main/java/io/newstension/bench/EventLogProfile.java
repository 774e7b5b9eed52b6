package io.newstension.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sums the task metrics of a Spark event log by job group (the job's stage names: ingest, clean, nlp, ...). Executor
 * CPU time, unlike wall time, hardly changes when other processes share the machine, so it is the figure to compare
 * stages and runs with. Usage: {@code EventLogProfile EVENT_LOG_FILE} prints one JSON object, groups in the order their
 * first job started, e.g. {@code {"nlp": {"tasks": 32, "widest_stage": 16, "run_s": 80.1, "cpu_s": 74.3, "gc_s": 2.0}}}
 * ({@code widest_stage}: the most tasks one Spark stage of the group ran, e.g. the splits the ingest stage read).
 */
public final class EventLogProfile {
    /** Jobs run outside any job group. */
    public static final String NO_GROUP = "(none)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLogProfile() {}

    /** What the tasks of one job group cost, summed over tasks; {@code widestStage} is a maximum over its stages. */
    public record GroupCost(long tasks, long widestStage, double runSeconds, double cpuSeconds, double gcSeconds) {
        GroupCost plus(GroupCost other) {
            return new GroupCost(tasks + other.tasks, Math.max(widestStage, other.widestStage), runSeconds + other.runSeconds,
                    cpuSeconds + other.cpuSeconds, gcSeconds + other.gcSeconds);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EventLogProfile EVENT_LOG_FILE");
            System.exit(2);
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            System.out.println(toJson(read(in)));
        }
    }

    /** Costs by job group; a task whose stage no job announced counts under {@link #NO_GROUP}. */
    public static Map<String, GroupCost> read(BufferedReader eventLog) {
        Map<Integer, String> groupOfStage = new HashMap<>();
        Map<String, GroupCost> costs = new LinkedHashMap<>();
        Map<Integer, Long> tasksOfStage = new HashMap<>();
        try {
            for (String line = eventLog.readLine(); line != null; line = eventLog.readLine()) {
                JsonNode event = JSON.readTree(line);
                switch (event.path("Event").asText()) {
                    case "SparkListenerJobStart" -> {
                        String group = event.path("Properties").path("spark.jobGroup.id").asText(NO_GROUP);
                        costs.putIfAbsent(group, new GroupCost(0, 0, 0, 0, 0));
                        for (JsonNode stage : event.path("Stage IDs")) {
                            groupOfStage.putIfAbsent(stage.asInt(), group);
                        }
                    }
                    case "SparkListenerTaskEnd" -> {
                        JsonNode metrics = event.path("Task Metrics");
                        int stage = event.path("Stage ID").asInt();
                        long stageTasks = tasksOfStage.merge(stage, 1L, Long::sum);
                        GroupCost task = new GroupCost(1, stageTasks,
                                metrics.path("Executor Run Time").asLong() / 1e3,
                                metrics.path("Executor CPU Time").asLong() / 1e9,
                                metrics.path("JVM GC Time").asLong() / 1e3);
                        costs.merge(groupOfStage.getOrDefault(stage, NO_GROUP), task, GroupCost::plus);
                    }
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Spark event log", e);
        }
        return costs;
    }

    /** One line of JSON, seconds to one decimal. */
    public static String toJson(Map<String, GroupCost> costs) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        costs.forEach((group, c) -> out.add(String.format(Locale.ROOT,
                "\"%s\": {\"tasks\": %d, \"widest_stage\": %d, \"run_s\": %.1f, \"cpu_s\": %.1f, \"gc_s\": %.1f}",
                group.replace("\\", "\\\\").replace("\"", "\\\""), c.tasks(), c.widestStage(), c.runSeconds(), c.cpuSeconds(), c.gcSeconds())));
        return out.toString();
    }
}
