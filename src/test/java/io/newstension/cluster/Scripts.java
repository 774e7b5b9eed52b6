package io.newstension.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the project's shell scripts (jobs/*.sh) from the repository root, each with its output in a log file. */
final class Scripts {
    static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();

    private final Path logDir;
    private final Map<String, String> env;

    Scripts(Path logDir, Map<String, String> env) {
        this.logDir = logDir;
        this.env = Map.copyOf(env);
    }

    /** A script started in the background; its stdout and stderr go to {@link #log}. */
    record Run(String name, Process process, Path log) {
        /** Waits for the script, killing it (and what it started) when it outlasts {@code timeout}. */
        int await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new AssertionError(name + " did not end within " + timeout + "; its log: " + log);
                }
                return process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + name, e);
            }
        }

        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Waits and fails with the log's tail unless the script exits 0; returns its output. */
        String succeed(Duration timeout) {
            int code = await(timeout);
            String out = output();
            if (code != 0) {
                throw new AssertionError(name + " exited " + code + "; the end of its log (" + log + "):\n" + tail(out));
            }
            return out;
        }
    }

    Run start(String name, String script, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve(script).toString());
        command.addAll(List.of(args));
        Path log = logDir.resolve(name + ".log");
        try {
            Files.createDirectories(logDir);
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            return new Run(name, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + script, e);
        }
    }

    String run(Duration timeout, String name, String script, String... args) {
        return start(name, script, args).succeed(timeout);
    }

    static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
    }
}
