package io.newstension.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The job jar on a real Spark standalone cluster (jobs/standalone-cluster.sh) submitted with jobs/submit.sh, in client
 * and cluster deploy mode and with an executor killed mid-stage: each run must equal a local[*] run of the same jar
 * (jobs/run-local.sh) table by table. Needs the built jar: {@code mvn -o package -DskipTests} first, or
 * {@code mvn -o verify -Pcluster}. Takes several minutes.
 */
@Tag("cluster")
class StandaloneClusterTest {
    private static final Path WORK = Scripts.ROOT.resolve("target/it-cluster");
    private static final Path JAR = Scripts.ROOT.resolve("target/news-tension-job.jar");
    private static final String SAMPLE = Scripts.ROOT.resolve("data/sample").toString();
    /**
     * Every run here leaves the bundled NER model off: these tests are about submission, deploy modes and lost
     * executors, and the model would make each of the five runs of the sample several times longer (CI budget).
     * The model itself runs in the default and slow groups and in CI's offline sample run.
     */
    private static final List<String> JOB_OPTIONS = List.of("--input", SAMPLE, "--set", "nlp.ner.model=null");
    // Not the script's defaults, so a developer's own cluster on this machine is left alone.
    private static final int MASTER_PORT = 27077;
    private static final String MASTER = "spark://127.0.0.1:" + MASTER_PORT;
    private static final String MASTER_WEBUI = "http://127.0.0.1:28080";
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);
    private static final Pattern DRIVER_ID = Pattern.compile("driver-\\d+-\\d+");

    private static Scripts scripts;
    private static SparkSession spark;
    private static Path localOutput;
    private static final List<String> timings = new ArrayList<>();

    @BeforeAll
    static void startClusterAndRunLocally() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            fail("no " + JAR + ": build it first with mvn -o package -DskipTests, or run mvn -o verify -Pcluster");
        }
        scripts = new Scripts(WORK.resolve("logs"), Map.of(
                "CLUSTER_STATE", WORK.resolve("cluster").toString(),
                "MASTER_PORT", String.valueOf(MASTER_PORT),
                "MASTER_WEBUI_PORT", "28080",
                "WORKER_WEBUI_PORT", "28081",
                "MASTER_WEBUI_URL", MASTER_WEBUI));
        // A cluster left running by an interrupted earlier run holds the ports: stop it by its PID files first.
        scripts.run(Duration.ofMinutes(2), "cluster-stop-leftover", "jobs/standalone-cluster.sh", "stop");
        deleteTree(WORK);
        localOutput = WORK.resolve("local");
        timed("local[*]", () -> scripts.run(RUN_TIMEOUT, "run-local", "jobs/run-local.sh",
                Stream.concat(JOB_OPTIONS.stream(), Stream.of("--output", localOutput.toString())).toArray(String[]::new)));
        scripts.run(Duration.ofMinutes(5), "cluster-start", "jobs/standalone-cluster.sh", "start");
        spark = SparkSession.builder().master("local[2]").appName("cluster-test-comparison")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopCluster() throws IOException {
        try {
            if (scripts != null) {
                scripts.run(Duration.ofMinutes(2), "cluster-stop", "jobs/standalone-cluster.sh", "stop");
            }
        } finally {
            if (spark != null) {
                spark.stop();
            }
            Files.write(WORK.resolve("timings.txt"), timings, StandardCharsets.UTF_8);
        }
    }

    @Test
    void clientDeployModeMatchesLocalRun() {
        Path output = WORK.resolve("client");
        timed("client mode", () -> submit("submit-client", List.of("--deploy-mode", "client"), output)
                .succeed(RUN_TIMEOUT));
        assertSameTables(output);
    }

    @Test
    void clusterDeployModeFinishesAndMatchesLocalRun() {
        Path output = WORK.resolve("cluster-mode");
        String log = timed("cluster mode", () -> submit("submit-cluster", List.of("--deploy-mode", "cluster"), output)
                .succeed(RUN_TIMEOUT));
        assertEquals("FINISHED", driverState(driverId(log)), "the master's final state of the driver");
        assertSameTables(output);
    }

    @Test
    void failedClusterModeDriverGivesNonZeroExit() {
        Path missing = WORK.resolve("no-such-input");
        Scripts.Run run = scripts.start("submit-cluster-failing", "jobs/submit.sh", "--master", MASTER,
                "--deploy-mode", "cluster", "--", "--input", missing.toString(), "--output", WORK.resolve("failing").toString());
        int code = run.await(RUN_TIMEOUT);
        String log = run.output();
        assertNotEquals(0, code, "spark-submit itself exits 0 here; submit.sh must report the driver's failure:\n" + log);
        assertEquals("FAILED", driverState(driverId(log)));
        assertTrue(log.contains("ended FAILED"), log);
    }

    @Test
    void executorKilledWhileNlpStageRunsDoesNotChangeOutput() {
        Path output = WORK.resolve("executor-killed");
        int uiPort = Http.freePort();
        String driverUi = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
        Scripts.Run run = submit("submit-executor-killed",
                List.of("--deploy-mode", "client", "--conf", "spark.ui.port=" + uiPort), output);

        String appId = Http.await("the driver's REST API", Duration.ofMinutes(5), () -> Http.json(driverUi)
                .filter(apps -> apps.size() > 0).map(apps -> apps.get(0).get("id").asText()));
        Http.await("a running task of the nlp stage", RUN_TIMEOUT, () -> nlpTaskRunning(driverUi + "/" + appId));
        ProcessHandle executor = executorOf(appId);
        assertTrue(executor.destroyForcibly(), "could not kill executor " + executor.pid());
        Http.await("the executor to die", Duration.ofMinutes(1),
                () -> executor.isAlive() ? Optional.empty() : Optional.of(true));

        String log = run.succeed(RUN_TIMEOUT);
        assertTrue(log.contains("Lost executor 0"), "the driver never noticed the lost executor:\n" + Scripts.tail(log));
        assertTrue(log.contains("Executor added: " + appId + "/1"), "no replacement executor was started:\n" + Scripts.tail(log));
        assertSameTables(output);
    }

    private static Scripts.Run submit(String name, List<String> sparkOptions, Path output) {
        List<String> args = new ArrayList<>(List.of("--master", MASTER));
        args.addAll(sparkOptions);
        args.add("--");
        args.addAll(JOB_OPTIONS);
        args.addAll(List.of("--output", output.toString()));
        return scripts.start(name, "jobs/submit.sh", args.toArray(String[]::new));
    }

    /** True once a job of the "nlp" job group has a stage with a task running. */
    private static Optional<Boolean> nlpTaskRunning(String app) {
        Optional<JsonNode> jobs = Http.json(app + "/jobs?status=running");
        Optional<JsonNode> stages = Http.json(app + "/stages?status=active");
        if (jobs.isEmpty() || stages.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> nlpStages = new ArrayList<>();
        for (JsonNode job : jobs.get()) {
            if ("nlp".equals(job.path("jobGroup").asText())) {
                job.path("stageIds").forEach(id -> nlpStages.add(id.asInt()));
            }
        }
        for (JsonNode stage : stages.get()) {
            if (nlpStages.contains(stage.path("stageId").asInt()) && stage.path("numActiveTasks").asInt() > 0) {
                return Optional.of(true);
            }
        }
        return Optional.empty();
    }

    /** The executor JVM the Worker launched for {@code appId}. */
    private static ProcessHandle executorOf(String appId) {
        long workerPid = Long.parseLong(read(WORK.resolve("cluster/worker.pid")).trim());
        ProcessHandle worker = ProcessHandle.of(workerPid).orElseThrow(() -> new AssertionError("the Worker is not running"));
        return worker.children()
                .filter(child -> {
                    String command = read(Path.of("/proc", String.valueOf(child.pid()), "cmdline")).replace('\0', ' ');
                    return command.contains("CoarseGrainedExecutorBackend") && command.contains(appId);
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no executor process of " + appId + " under Worker " + workerPid));
    }

    private static String driverId(String submitLog) {
        Matcher m = DRIVER_ID.matcher(submitLog);
        assertTrue(m.find(), "no driver id in the output of submit.sh:\n" + submitLog);
        return m.group();
    }

    /** The driver's state as the master reports it. */
    private static String driverState(String driverId) {
        JsonNode master = Http.json(MASTER_WEBUI + "/json/").orElseThrow(() -> new AssertionError("the master's JSON API does not answer"));
        for (String list : List.of("activedrivers", "completeddrivers")) {
            for (JsonNode driver : master.path(list)) {
                if (driverId.equals(driver.path("id").asText())) {
                    return driver.path("state").asText();
                }
            }
        }
        throw new AssertionError("the master does not know " + driverId + ": " + master);
    }

    private static void assertSameTables(Path output) {
        assertEquals(List.of(), new OutputComparison(spark).differences(localOutput, output),
                "tables of " + output + " that differ from the local[*] run");
    }

    private static <T> T timed(String what, java.util.function.Supplier<T> body) {
        long start = System.nanoTime();
        T result = body.get();
        String line = String.format("%s: %.1f s wall", what, (System.nanoTime() - start) / 1e9);
        System.out.println(line);
        synchronized (timings) {
            timings.add(line);
        }
        return result;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
