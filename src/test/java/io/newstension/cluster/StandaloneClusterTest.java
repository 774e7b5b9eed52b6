package io.newstension.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The job jar with its default config (the bundled NER model on) on real Spark standalone clusters
 * (jobs/standalone-cluster.sh), submitted with jobs/submit.sh: a cluster on one machine, in client and cluster deploy
 * mode and with an executor killed mid-stage, and a cluster of two Workers that behave like separate machines (own
 * address, private /tmp), where the driver and its executors share no local folder. Each run must equal a local[*]
 * run of the same jar (jobs/run-local.sh) table by table. Needs the built jar: {@code mvn -o package -DskipTests}
 * first, or {@code mvn -o verify -Pcluster}. Takes about half an hour on two cores.
 */
@Tag("cluster")
class StandaloneClusterTest {
    private static final Path WORK = Scripts.ROOT.resolve("target/it-cluster");
    private static final Path JAR = Scripts.ROOT.resolve("target/news-tension-job.jar");
    private static final String SAMPLE = Scripts.ROOT.resolve("data/sample").toString();
    /** The default config: nothing is switched off, so these runs are what users get. */
    private static final List<String> JOB_OPTIONS = List.of("--input", SAMPLE);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(25);
    private static final Pattern DRIVER_ID = Pattern.compile("driver-\\d+-\\d+");

    private static SparkSession spark;
    private static Path localOutput;
    private static final List<String> timings = new ArrayList<>();

    @BeforeAll
    static void runLocally() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            fail("no " + JAR + ": build it first with mvn -o package -DskipTests, or run mvn -o verify -Pcluster");
        }
        Path local = WORK.resolve("local");
        deleteTree(local);
        localOutput = local.resolve("output");
        Scripts scripts = new Scripts(local, Map.of());
        timed("local[*]", () -> scripts.run(RUN_TIMEOUT, "run-local", "jobs/run-local.sh",
                Stream.concat(JOB_OPTIONS.stream(), Stream.of("--output", localOutput.toString())).toArray(String[]::new)));
        spark = SparkSession.builder().master("local[2]").appName("cluster-test-comparison")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    @AfterAll
    static void stopSession() throws IOException {
        if (spark != null) {
            spark.stop();
        }
        Files.write(WORK.resolve("timings.txt"), timings, StandardCharsets.UTF_8);
    }

    /** Tests on one cluster, started before the first and stopped after the last. */
    abstract class OnCluster {
        final Cluster cluster;

        OnCluster(Cluster cluster) {
            this.cluster = cluster;
        }

        @BeforeAll
        void start() throws IOException {
            cluster.start();
        }

        @AfterAll
        void stop() {
            cluster.stop();
        }
    }

    /** One Master and one two-core Worker on 127.0.0.1: the executor shares the driver's machine. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OneMachine extends OnCluster {
        OneMachine() {
            super(new Cluster(WORK.resolve("one-machine"), 27077, Map.of()));
        }

        @Test
        void clientDeployModeMatchesLocalRunAndKeepsSparksShufflePartitions() {
            Path output = cluster.dir.resolve("client");
            String log = timed("one machine, client mode", () -> cluster.submit("submit-client",
                    List.of("--deploy-mode", "client", "--conf", "spark.sql.shuffle.partitions=5"), output)
                    .succeed(RUN_TIMEOUT));
            assertTrue(log.contains("spark.sql.shuffle.partitions=5"),
                    "the job did not use the --conf value for spark.sql.shuffle.partitions:\n" + Scripts.tail(log));
            assertSameTables(output);
        }

        @Test
        void clusterDeployModeFinishesAndMatchesLocalRun() {
            Path output = cluster.dir.resolve("cluster-mode");
            String log = timed("one machine, cluster mode", () -> cluster.submit("submit-cluster",
                    List.of("--deploy-mode", "cluster"), output).succeed(RUN_TIMEOUT));
            assertEquals("FINISHED", cluster.driverState(driverId(log)), "the master's final state of the driver");
            assertSameTables(output);
        }

        @Test
        void failedClusterModeDriverGivesNonZeroExit() {
            Path missing = cluster.dir.resolve("no-such-input");
            Scripts.Run run = cluster.scripts.start("submit-cluster-failing", "jobs/submit.sh", "--master", cluster.master,
                    "--deploy-mode", "cluster", "--", "--input", missing.toString(), "--output",
                    cluster.dir.resolve("failing").toString());
            int code = run.await(RUN_TIMEOUT);
            String log = run.output();
            assertNotEquals(0, code, "spark-submit itself exits 0 here; submit.sh must report the driver's failure:\n" + log);
            assertEquals("FAILED", cluster.driverState(driverId(log)));
            assertTrue(log.contains("ended FAILED"), log);
        }

        @Test
        void executorKilledWhileNlpStageRunsDoesNotChangeOutput() {
            Path output = cluster.dir.resolve("executor-killed");
            Running running = cluster.submitUntilNlpRuns("submit-executor-killed", output);
            Scripts.Run run = running.run();
            String appId = running.appId();
            ProcessHandle executor = cluster.executorsOf(appId).get(0);
            assertTrue(executor.destroyForcibly(), "could not kill executor " + executor.pid());
            Http.await("the executor to die", Duration.ofMinutes(1),
                    () -> executor.isAlive() ? Optional.empty() : Optional.of(true));

            String log = timed("one machine, executor killed", () -> run.succeed(RUN_TIMEOUT));
            assertTrue(log.contains("Lost executor 0"), "the driver never noticed the lost executor:\n" + Scripts.tail(log));
            assertTrue(log.contains("Executor added: " + appId + "/1"), "no replacement executor was started:\n" + Scripts.tail(log));
            assertSameTables(output);
        }
    }

    /**
     * Two one-core Workers, each like a machine of its own: its own loopback address and a private tmpfs over /tmp, so
     * nothing the driver unpacks into its temporary folder is visible to an executor. In cluster mode the driver takes
     * one Worker's core and the executor runs on the other "machine".
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SeparateMachines extends OnCluster {
        SeparateMachines() {
            super(new Cluster(WORK.resolve("separate-machines"), 27177,
                    Map.of("WORKERS", "2", "WORKER_CORES", "1", "SEPARATE_MACHINES", "1")));
        }

        @Test
        void clientDeployModeMatchesLocalRun() {
            Path output = cluster.dir.resolve("client");
            Running running = cluster.submitUntilNlpRuns("submit-client", output);
            Scripts.Run run = running.run();
            String appId = running.appId();
            // The premise: the driver's unpacked model sits in this machine's /tmp, which its executors cannot see.
            List<String> driverModels = modelFolders(Path.of("/tmp"));
            assertFalse(driverModels.isEmpty(), "the client-mode driver unpacked no bundled model into /tmp");
            List<ProcessHandle> executors = cluster.executorsOf(appId);
            assertEquals(2, executors.size(), "one executor per Worker");
            for (ProcessHandle executor : executors) {
                assertEquals(List.of(), modelFolders(Path.of("/proc", String.valueOf(executor.pid()), "root", "tmp")),
                        "executor " + executor.pid() + " sees the driver's /tmp: the Workers are not separate machines");
            }
            timed("separate machines, client mode", () -> run.succeed(RUN_TIMEOUT));
            assertSameTables(output);
        }

        @Test
        void clusterDeployModeWithDriverAndExecutorOnDifferentMachinesMatchesLocalRun() {
            Path output = cluster.dir.resolve("cluster-mode");
            String log = timed("separate machines, cluster mode", () -> cluster.submit("submit-cluster",
                    List.of("--deploy-mode", "cluster"), output).succeed(RUN_TIMEOUT));
            String driver = driverId(log);
            assertEquals("FINISHED", cluster.driverState(driver), "the master's final state of the driver");
            String driverWorker = cluster.workerFolderOf(driver);
            List<String> executorWorkers = cluster.workerFoldersOf(cluster.applicationOf(driver));
            assertFalse(executorWorkers.isEmpty(), "no executor folder of the driver's application in any Worker's work folder");
            assertFalse(executorWorkers.contains(driverWorker),
                    "the executor ran on the driver's machine (" + driverWorker + "): nothing was tested");
            assertSameTables(output);
        }

        /** Folders the bundled model is unpacked into, in a process's view of /tmp. */
        private List<String> modelFolders(Path tmp) {
            try (Stream<Path> children = Files.list(tmp)) {
                return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("news-tension-ner")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + tmp, e);
            }
        }
    }

    /** A submitted client-mode run and its application, once its nlp stage runs. */
    record Running(Scripts.Run run, String appId) {}

    /** A standalone cluster of jobs/standalone-cluster.sh with its own ports and state folder. */
    static final class Cluster {
        final Path dir;
        final String master;
        final Scripts scripts;
        private final String webUi;

        Cluster(Path dir, int masterPort, Map<String, String> env) {
            this.dir = dir;
            this.master = "spark://127.0.0.1:" + masterPort;
            this.webUi = "http://127.0.0.1:" + (masterPort + 1003);
            Map<String, String> all = new java.util.HashMap<>(env);
            // Not the script's defaults, so a developer's own cluster on this machine is left alone.
            all.putAll(Map.of(
                    "CLUSTER_STATE", dir.resolve("cluster").toString(),
                    "MASTER_PORT", String.valueOf(masterPort),
                    "MASTER_WEBUI_PORT", String.valueOf(masterPort + 1003),
                    "WORKER_WEBUI_PORT", String.valueOf(masterPort + 1004),
                    "MASTER_WEBUI_URL", webUi));
            this.scripts = new Scripts(dir.resolve("logs"), all);
        }

        void start() throws IOException {
            // A cluster left running by an interrupted earlier run holds the ports: stop it by its PID files first.
            scripts.run(Duration.ofMinutes(2), "cluster-stop-leftover", "jobs/standalone-cluster.sh", "stop");
            deleteTree(dir);
            scripts.run(Duration.ofMinutes(5), "cluster-start", "jobs/standalone-cluster.sh", "start");
        }

        void stop() {
            scripts.run(Duration.ofMinutes(2), "cluster-stop", "jobs/standalone-cluster.sh", "stop");
        }

        Scripts.Run submit(String name, List<String> sparkOptions, Path output) {
            List<String> args = new ArrayList<>(List.of("--master", master));
            args.addAll(sparkOptions);
            args.add("--");
            args.addAll(JOB_OPTIONS);
            args.addAll(List.of("--output", output.toString()));
            return scripts.start(name, "jobs/submit.sh", args.toArray(String[]::new));
        }

        /** Submits in client mode, the driver's REST API on a free port, and waits until the nlp stage runs a task. */
        Running submitUntilNlpRuns(String name, Path output) {
            int uiPort = Http.freePort();
            Scripts.Run run = submit(name, List.of("--deploy-mode", "client", "--conf", "spark.ui.port=" + uiPort), output);
            return new Running(run, awaitNlpTask("http://127.0.0.1:" + uiPort + "/api/v1/applications"));
        }

        /** The driver's state as the master reports it. */
        String driverState(String driverId) {
            JsonNode json = Http.json(webUi + "/json/").orElseThrow(() -> new AssertionError("the master's JSON API does not answer"));
            for (String list : List.of("activedrivers", "completeddrivers")) {
                for (JsonNode driver : json.path(list)) {
                    if (driverId.equals(driver.path("id").asText())) {
                        return driver.path("state").asText();
                    }
                }
            }
            throw new AssertionError("the master does not know " + driverId + ": " + json);
        }

        /** The executor JVMs the Workers launched for {@code appId}. */
        List<ProcessHandle> executorsOf(String appId) {
            List<ProcessHandle> executors = new ArrayList<>();
            for (ProcessHandle worker : workers()) {
                worker.children().filter(child -> {
                    String command = read(Path.of("/proc", String.valueOf(child.pid()), "cmdline")).replace('\0', ' ');
                    return command.contains("CoarseGrainedExecutorBackend") && command.contains(appId);
                }).forEach(executors::add);
            }
            if (executors.isEmpty()) {
                throw new AssertionError("no executor process of " + appId + " under the Workers " + workers());
            }
            return executors;
        }

        private List<ProcessHandle> workers() {
            try (Stream<Path> files = Files.list(dir.resolve("cluster"))) {
                return files.filter(f -> f.getFileName().toString().matches("worker-\\d+\\.pid")).sorted()
                        .map(f -> ProcessHandle.of(Long.parseLong(read(f).trim()))
                                .orElseThrow(() -> new AssertionError(f + ": the Worker is not running")))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The Worker folder (worker-N) whose work folder holds {@code driverId}'s folder. */
        String workerFolderOf(String driverId) {
            return workFolders().stream().filter(w -> Files.isDirectory(w.resolve(driverId)))
                    .map(w -> w.getFileName().toString()).findFirst()
                    .orElseThrow(() -> new AssertionError("no Worker ran " + driverId));
        }

        /**
         * The application a cluster-mode driver registered: the first one the master started after the driver (ids
         * carry the master's clock, {@code driver-yyyyMMddHHmmss-N} and {@code app-yyyyMMddHHmmss-N}), as found in the
         * Workers' work folders. The tests of a cluster run one after another, so no other application starts between.
         */
        String applicationOf(String driverId) {
            String driverTime = driverId.split("-")[1];
            return workFolders().stream().flatMap(w -> {
                        try (Stream<Path> children = Files.list(w)) {
                            return children.map(c -> c.getFileName().toString()).toList().stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(name -> name.matches("app-\\d+-\\d+") && name.split("-")[1].compareTo(driverTime) >= 0)
                    .min(Comparator.comparing((String name) -> name.split("-")[1])
                            .thenComparing(name -> Integer.parseInt(name.split("-")[2])))
                    .orElseThrow(() -> new AssertionError("no application started after " + driverId));
        }

        /** The Worker folders (worker-N) that ran an executor of {@code appId}. */
        List<String> workerFoldersOf(String appId) {
            return workFolders().stream().filter(w -> Files.isDirectory(w.resolve(appId)))
                    .map(w -> w.getFileName().toString()).toList();
        }

        private List<Path> workFolders() {
            try (Stream<Path> children = Files.list(dir.resolve("cluster/work"))) {
                return children.sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Waits until the driver whose REST API is at {@code driverUi} runs a task of the nlp stage; its application id. */
    private static String awaitNlpTask(String driverUi) {
        String appId = Http.await("the driver's REST API", Duration.ofMinutes(5), () -> Http.json(driverUi)
                .filter(apps -> apps.size() > 0).map(apps -> apps.get(0).get("id").asText()));
        Http.await("a running task of the nlp stage", RUN_TIMEOUT, () -> nlpTaskRunning(driverUi + "/" + appId));
        return appId;
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

    private static String driverId(String submitLog) {
        Matcher m = DRIVER_ID.matcher(submitLog);
        assertTrue(m.find(), "no driver id in the output of submit.sh:\n" + submitLog);
        return m.group();
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
