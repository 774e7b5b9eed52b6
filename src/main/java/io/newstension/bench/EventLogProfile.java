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
 * first job started, e.g. {@code {"nlp": {"tasks": 32, "run_s": 80.1, "cpu_s": 74.3, "gc_s": 2.0}}}.
 */
public final class EventLogProfile {
    /** Jobs run outside any job group. */
    public static final String NO_GROUP = "(none)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventLogProfile() {}

    /** What the tasks of one job group cost, summed over tasks. */
    public record GroupCost(long tasks, double runSeconds, double cpuSeconds, double gcSeconds) {
        GroupCost plus(GroupCost other) {
            return new GroupCost(tasks + other.tasks, runSeconds + other.runSeconds, cpuSeconds + other.cpuSeconds,
                    gcSeconds + other.gcSeconds);
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
        try {
            for (String line = eventLog.readLine(); line != null; line = eventLog.readLine()) {
                JsonNode event = JSON.readTree(line);
                switch (event.path("Event").asText()) {
                    case "SparkListenerJobStart" -> {
                        String group = event.path("Properties").path("spark.jobGroup.id").asText(NO_GROUP);
                        costs.putIfAbsent(group, new GroupCost(0, 0, 0, 0));
                        for (JsonNode stage : event.path("Stage IDs")) {
                            groupOfStage.putIfAbsent(stage.asInt(), group);
                        }
                    }
                    case "SparkListenerTaskEnd" -> {
                        JsonNode metrics = event.path("Task Metrics");
                        GroupCost task = new GroupCost(1,
                                metrics.path("Executor Run Time").asLong() / 1e3,
                                metrics.path("Executor CPU Time").asLong() / 1e9,
                                metrics.path("JVM GC Time").asLong() / 1e3);
                        costs.merge(groupOfStage.getOrDefault(event.path("Stage ID").asInt(), NO_GROUP), task, GroupCost::plus);
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
                "\"%s\": {\"tasks\": %d, \"run_s\": %.1f, \"cpu_s\": %.1f, \"gc_s\": %.1f}",
                group.replace("\\", "\\\\").replace("\"", "\\\""), c.tasks(), c.runSeconds(), c.cpuSeconds(), c.gcSeconds())));
        return out.toString();
    }
}
