package io.newstension.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@link ModelStaging} lets executors load a model from, on folders of a few files. */
class ModelStagingTest {
    @TempDir
    Path dir;
    private final Configuration hadoop = OtherSchemeFileSystem.register(new Configuration());

    private Path model() throws IOException {
        Path model = Files.createDirectories(dir.resolve("driver-tmp/ner_dl/metadata"));
        Files.writeString(model.resolve("part-00000"), "{\"class\":\"x\"}\n");
        Files.writeString(Files.createDirectories(dir.resolve("driver-tmp/ner_dl/fields")).resolve("f"), "weights");
        return dir.resolve("driver-tmp/ner_dl");
    }

    @Test
    void inPlaceLoadsFromTheQualifiedPathAndCopiesNothing() throws IOException {
        Path model = model();
        assertEquals("file:" + model, ModelStaging.inPlace(hadoop).locate(model.toString(), "ner_dl", "nlp.ner.model"));
        assertEquals(1, Files.list(dir).count(), "nothing was to be copied");
    }

    @Test
    void aModelOnTheDriversDiskIsCopiedIntoTheRunsFolder() throws IOException {
        Path model = model();
        Path run = dir.resolve("output/_staging-1/ner_model_work");
        String located = ModelStaging.under(hadoop, run.toString()).locate(model.toString(), "ner_dl", "nlp.ner.model");
        assertEquals("file:" + run.resolve("ner_dl"), located);
        assertEquals("{\"class\":\"x\"}\n", Files.readString(run.resolve("ner_dl/metadata/part-00000")));
        assertEquals("weights", Files.readString(run.resolve("ner_dl/fields/f")));
    }

    @Test
    void aModelOnAClusterFileSystemIsLoadedWhereItIs() throws IOException {
        Path model = model();
        Path run = dir.resolve("output/_staging-1/ner_model_work");
        String uri = OtherSchemeFileSystem.uri(model);
        assertEquals(OtherSchemeFileSystem.SCHEME + ":" + model,
                ModelStaging.under(hadoop, run.toString()).locate(uri, "ner_dl", "nlp.ner.model"));
        assertFalse(Files.exists(run), "a model every machine can read needs no copy");
    }

    @Test
    void aSchemeWithoutAFileSystemNamesTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> ModelStaging.under(hadoop, dir.toString())
                .locate("nofs://models/ner_dl", "ner_dl", "nlp.ner.model"));
        assertTrue(e.getMessage().startsWith("nlp.ner.model: cannot make nofs://models/ner_dl readable"), e.getMessage());
    }
}
