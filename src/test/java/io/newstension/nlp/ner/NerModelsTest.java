package io.newstension.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import io.newstension.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.ml.PipelineStage;
import org.tensorflow.proto.framework.ConfigProto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration checks of {@link NerModels}, on fake model folders (nothing is loaded). */
class NerModelsTest {
    private static final ModelStaging IN_PLACE = ModelStaging.inPlace(new Configuration());
    @TempDir
    Path dir;

    private Path savedAs(String name, String className) throws IOException {
        Path metadata = Files.createDirectories(dir.resolve(name).resolve("metadata"));
        Files.writeString(metadata.resolve("part-00000"), "{\"class\":\"" + className + "\",\"timestamp\":1}\n");
        return dir.resolve(name);
    }

    private static String message(String model, String embeddings) {
        return assertThrows(ConfigException.class, () -> NerModels.stages(model, embeddings, IN_PLACE, "ner_sentence", "sentence", "token"))
                .getMessage();
    }

    @Test
    void noModelConfiguredAddsNoStage() {
        assertEquals(List.of(), NerModels.stages(null, null, IN_PLACE, "ner_sentence", "sentence", "token"));
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

    @Test
    void foldersAreCheckedThroughTheFileSystemOfTheirScheme() throws IOException {
        Configuration hadoop = OtherSchemeFileSystem.register(new Configuration());
        String ner = OtherSchemeFileSystem.uri(savedAs("ner", NerModels.NER_DL_CLASS));
        String vectors = OtherSchemeFileSystem.uri(savedAs("vectors", NerModels.WORD_EMBEDDINGS_CLASS));
        assertEquals(NerModels.NER_DL_CLASS, NerModels.check(ner, vectors, hadoop));
        assertEquals(NerModels.NER_DL_CLASS, NerModels.check("file://" + dir.resolve("ner"), vectors, hadoop));
        String missing = OtherSchemeFileSystem.uri(dir.resolve("missing"));
        assertTrue(assertThrows(ConfigException.class, () -> NerModels.check(ner, missing, hadoop)).getMessage()
                .startsWith("nlp.ner.embeddings: no such directory: " + missing));
        String noFileSystem = assertThrows(ConfigException.class,
                () -> NerModels.check("nofs://models/ner_dl", null, hadoop)).getMessage();
        assertTrue(noFileSystem.startsWith("nlp.ner.model: cannot read the model metadata under nofs://models/ner_dl"),
                noFileSystem);
    }

    @Test
    void nerModelsGetAsManyTensorFlowThreadsAsATaskHasCores() throws Exception {
        NerDLModel ner = new NerDLModel();
        NerModels.limitThreads(List.<PipelineStage>of(new NerConverter(), ner), 2);
        ConfigProto session = ConfigProto.parseFrom(ner.getConfigProtoBytes().get());
        assertEquals(2, session.getIntraOpParallelismThreads());
        assertEquals(1, session.getInterOpParallelismThreads());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NerModels.limitThreads(List.of(ner), 0))
                .getMessage().contains("got 0"));
    }
}
