package io.newstension.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Writes a benchmark corpus folder whole or not at all, so a cached corpus is never a half-written one. */
final class CorpusFolder {
    /** Fills the staging folder and returns what was written. */
    interface Contents<T> {
        T write(Path staging) throws IOException;
    }

    private CorpusFolder() {}

    /**
     * Writes {@code contents} into a hidden sibling of {@code dir} and renames it to {@code dir}; on failure the
     * sibling is deleted. {@code dir} must not exist.
     */
    static <T> T write(Path dir, Contents<T> contents) throws IOException {
        if (Files.exists(dir)) {
            throw new IllegalArgumentException("the corpus directory already exists: " + dir + " (delete it to regenerate)");
        }
        Path absolute = dir.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + "-");
        try {
            T result = contents.write(staging);
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
