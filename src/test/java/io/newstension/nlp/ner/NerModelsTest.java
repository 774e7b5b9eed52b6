package io.newstension.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newstension.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration checks of {@link NerModels}, on fake model folders (nothing is loaded). */
class NerModelsTest {
    @TempDir
    Path dir;

    private Path savedAs(String name, String className) throws IOException {
        Path metadata = Files.createDirectories(dir.resolve(name).resolve("metadata"));
        Files.writeString(metadata.resolve("part-00000"), "{\"class\":\"" + className + "\",\"timestamp\":1}\n");
        return dir.resolve(name);
    }

    private static String message(String model, String embeddings) {
        return assertThrows(ConfigException.class, () -> NerModels.stages(model, embeddings, "ner_sentence", "sentence", "token"))
                .getMessage();
    }

    @Test
    void noModelConfiguredAddsNoStage() {
        assertEquals(List.of(), NerModels.stages(null, null, "ner_sentence", "sentence", "token"));
        assertTrue(message(null, dir.toString()).startsWith("nlp.ner.embeddings: set, but nlp.ner.model is not"));
    }

    @Test
    void aMissingOrNonModelFolderNamesTheKey() throws IOException {
        assertTrue(message(dir.resolve("nowhere").toString(), null).startsWith("nlp.ner.model: no such directory"));
        Files.createDirectories(dir.resolve("empty"));
        assertTrue(message(dir.resolve("empty").toString(), null).contains("is not a saved Spark ML model"));
        String tokenizer = savedAs("tokenizer", "org.apache.spark.ml.feature.Tokenizer").toString();
        assertTrue(message(tokenizer, null).startsWith("nlp.ner.model: expected a Spark NLP NerDLModel or a Spark ML "
                + "PipelineModel"));
    }

    @Test
    void aNerDlModelNeedsItsWordEmbeddings() throws IOException {
        String ner = savedAs("ner", NerModels.NER_DL_CLASS).toString();
        assertTrue(message(ner, null).startsWith("nlp.ner.embeddings: required"));
        assertTrue(message(ner, dir.resolve("missing").toString()).startsWith("nlp.ner.embeddings: no such directory"));
        assertTrue(message(ner, ner).startsWith("nlp.ner.embeddings: expected a WordEmbeddingsModel"));
    }

    @Test
    void aPipelineModelBringsItsOwnEmbeddings() throws IOException {
        String pipeline = savedAs("pipeline", NerModels.PIPELINE_CLASS).toString();
        String vectors = savedAs("vectors", NerModels.WORD_EMBEDDINGS_CLASS).toString();
        assertTrue(message(pipeline, vectors).startsWith("nlp.ner.embeddings: leave it empty"));
    }
}
