package io.newstension.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The NER model shipped inside the job jar ({@code nlp.ner.model: bundled}): a NerDLModel and the pruned
 * WordEmbeddingsModel it was trained with, made by {@code jobs/train-ner.sh}. Spark NLP loads models from folders,
 * so the driver unpacks them once per JVM into a temporary folder, listed by the {@value #MANIFEST} file beside them.
 */
public final class BundledModel {
    /** The config value that selects this model. */
    public static final String NAME = "bundled";
    static final String ROOT = "/ner/bundled/";
    static final String MANIFEST = "FILES";
    static final String NER_DL = "ner_dl";
    static final String EMBEDDINGS = "embeddings";

    private static Path unpacked;

    private BundledModel() {}

    /** Whether this jar carries the model (a build without it still runs with {@code nlp.ner.model: null}). */
    public static boolean present() {
        return BundledModel.class.getResource(ROOT + MANIFEST) != null;
    }

    public static Path nerDl() {
        return unpack().resolve(NER_DL);
    }

    public static Path embeddings() {
        return unpack().resolve(EMBEDDINGS);
    }

    private static synchronized Path unpack() {
        if (unpacked != null) {
            return unpacked;
        }
        try (InputStream manifest = BundledModel.class.getResourceAsStream(ROOT + MANIFEST)) {
            if (manifest == null) {
                throw new IllegalStateException("this job jar carries no bundled NER model (" + ROOT + MANIFEST
                        + " missing); set nlp.ner.model to null or to a model folder");
            }
            Path dir = Files.createTempDirectory("news-tension-ner");
            // Some 40 MB per JVM: gone with the JVM, not left in /tmp run after run.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "news-tension-ner-cleanup"));
            for (String line : new String(manifest.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String file = line.strip();
                if (file.isEmpty()) {
                    continue;
                }
                Path target = dir.resolve(file).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalStateException("bundled NER model manifest names a path outside its folder: " + file);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = BundledModel.class.getResourceAsStream(ROOT + file)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled NER model file missing from the jar: " + ROOT + file);
                    }
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            unpacked = dir;
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled NER model: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless; the JVM is exiting.
        }
    }
}
