package io.newstension.nlp.ner;

import com.johnsnowlabs.nlp.AnnotatorModel;
import com.johnsnowlabs.nlp.annotators.ner.NerConverter;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import com.johnsnowlabs.nlp.embeddings.WordEmbeddingsModel;
import io.newstension.config.ConfigException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.SparkSession;
import org.tensorflow.proto.framework.ConfigProto;

/**
 * Loads a pretrained Spark NLP NER model from model folders (no download) and returns the stages to append after the
 * job's Tokenizer, ending in a {@link NerConverter} whose chunk column is {@value #CHUNK}. A folder is a local path or a
 * Hadoop URI ({@code file://}, {@code hdfs://}, {@code s3a://}); {@link ModelStaging} decides where executors read it.
 *
 * <p>{@code nlp.ner.model} is {@code bundled} (the job's own model, {@link BundledModel}), an unzipped {@code NerDLModel} (e.g. {@code ner_dl}), which then needs
 * {@code nlp.ner.embeddings}, the unzipped {@code WordEmbeddingsModel} it was trained with (e.g. {@code glove_100d});
 * or a saved {@code PipelineModel} holding embeddings and a NER model, whose own DocumentAssembler,
 * SentenceDetector and Tokenizer stages are dropped in favour of the job's. Either path may not exist or not be a
 * model: a {@link ConfigException} then names the key. Example: {@code stages("/models/ner_dl",
 * "/models/glove_100d", staging, "ner_sentence", "sentence", "token")} → [WordEmbeddingsModel, NerDLModel, NerConverter].
 */
public final class NerModels {
    public static final String MODEL_KEY = "nlp.ner.model";
    public static final String EMBEDDINGS_KEY = "nlp.ner.embeddings";
    /** Columns the appended stages write. */
    public static final String EMBEDDINGS = "ner_embeddings";
    public static final String NER = "ner";
    public static final String CHUNK = "ner_chunk";
    static final int BATCH_SIZE = 64;

    static final String NER_DL_CLASS = NerDLModel.class.getName();
    static final String WORD_EMBEDDINGS_CLASS = WordEmbeddingsModel.class.getName();
    static final String PIPELINE_CLASS = PipelineModel.class.getName();
    /** Stages of a user's pipeline that the job's own pipeline already runs. */
    private static final Set<String> REPLACED_STAGES = Set.of(
            "com.johnsnowlabs.nlp.DocumentAssembler",
            "com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector",
            "com.johnsnowlabs.nlp.annotators.sentence_detector_dl.SentenceDetectorDLModel",
            "com.johnsnowlabs.nlp.annotators.Tokenizer",
            "com.johnsnowlabs.nlp.annotators.TokenizerModel");
    private static final Pattern CLASS = Pattern.compile("\"class\"\\s*:\\s*\"([^\"]+)\"");

    private NerModels() {}

    /**
     * The stages to append after the job's sentence and token columns; empty when {@code model} is null. A
     * NerDLModel reads {@code nerSentenceCol} (the sentences worth its cost); a user's PipelineModel keeps the
     * column names it was saved with, so it reads every sentence.
     */
    public static List<PipelineStage> stages(String model, String embeddings, ModelStaging staging, String nerSentenceCol,
                                             String sentenceCol, String tokenCol) {
        if (model == null || model.isBlank()) {
            if (embeddings != null && !embeddings.isBlank()) {
                throw new ConfigException(EMBEDDINGS_KEY + ": set, but " + MODEL_KEY + " is not; give the NER model too");
            }
            return List.of();
        }
        if (model.equals(BundledModel.NAME)) {
            return nerDl(staging.locate(BundledModel.nerDl().toString(), BundledModel.NER_DL, MODEL_KEY),
                    staging.locate(BundledModel.embeddings().toString(), BundledModel.EMBEDDINGS, MODEL_KEY),
                    nerSentenceCol, tokenCol);
        }
        String kind = check(model, embeddings, staging.hadoop());
        if (kind.equals(NER_DL_CLASS)) {
            return nerDl(staging.locate(model, "ner_model", MODEL_KEY), staging.locate(embeddings, "ner_embeddings",
                    EMBEDDINGS_KEY), nerSentenceCol, tokenCol);
        }
        return pipeline(staging.locate(model, "ner_pipeline", MODEL_KEY), sentenceCol, tokenCol);
    }

    /**
     * Checks the configured folders without Spark (the job calls this before its session starts), through the Hadoop
     * file system of each path's scheme, and returns the model's class; {@code bundled} is checked to be in the jar.
     * Throws a {@link ConfigException} naming the key.
     */
    public static String check(String model, String embeddings, Configuration hadoop) {
        if (model == null || model.isBlank()) {
            return "";
        }
        if (model.equals(BundledModel.NAME)) {
            if (embeddings != null && !embeddings.isBlank()) {
                throw new ConfigException(EMBEDDINGS_KEY + ": leave it null with " + MODEL_KEY + ": bundled (the bundled"
                        + " model carries its own vectors), got " + embeddings);
            }
            if (!BundledModel.present()) {
                throw new ConfigException(MODEL_KEY + ": bundled, but this jar carries no NER model; set it to null or"
                        + " to a model folder");
            }
            return NER_DL_CLASS;
        }
        String kind = savedClass(model, MODEL_KEY, hadoop);
        if (kind.equals(NER_DL_CLASS)) {
            if (embeddings == null || embeddings.isBlank()) {
                throw new ConfigException(EMBEDDINGS_KEY + ": required when " + MODEL_KEY + " is a NerDLModel; give the "
                        + "WordEmbeddingsModel directory it was trained with (glove_100d for ner_dl)");
            }
            String vectors = savedClass(embeddings, EMBEDDINGS_KEY, hadoop);
            if (!vectors.equals(WORD_EMBEDDINGS_CLASS)) {
                throw new ConfigException(EMBEDDINGS_KEY + ": expected a WordEmbeddingsModel at " + embeddings
                        + ", got a saved " + vectors + " (for other embeddings, save embeddings + NER as one PipelineModel)");
            }
        } else if (kind.equals(PIPELINE_CLASS)) {
            if (embeddings != null && !embeddings.isBlank()) {
                throw new ConfigException(EMBEDDINGS_KEY + ": leave it empty when " + MODEL_KEY
                        + " is a PipelineModel (the pipeline holds its embeddings), got " + embeddings);
            }
        } else {
            throw new ConfigException(MODEL_KEY + ": expected a Spark NLP NerDLModel or a Spark ML PipelineModel at "
                    + model + ", got a saved " + kind);
        }
        return kind;
    }

    /**
     * Gives the TensorFlow session of every NER model among {@code stages} {@code threads} threads for an operation
     * and runs one operation at a time. TensorFlow's default is a pool as wide as the machine per session, on top of
     * the executor's task slots: on 2 cores with both slots busy the load stood near 4. A task is granted
     * {@code spark.task.cpus} cores, so that is what its model calls get. Sessions read this when first opened.
     */
    public static void limitThreads(List<PipelineStage> stages, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        byte[] config = ConfigProto.newBuilder()
                .setIntraOpParallelismThreads(threads)
                .setInterOpParallelismThreads(1)
                .setAllowSoftPlacement(true)
                .build()
                .toByteArray();
        int[] asInts = new int[config.length];
        for (int i = 0; i < config.length; i++) {
            asInts[i] = config[i];
        }
        for (PipelineStage stage : stages) {
            if (stage instanceof NerDLModel ner) {
                ner.setConfigProtoBytes(asInts);
            }
        }
    }

    private static List<PipelineStage> nerDl(String model, String embeddings, String sentenceCol, String tokenCol) {
        WordEmbeddingsModel vectors = WordEmbeddingsModel.read().load(embeddings);
        // The vectors travel to executors as a broadcast map. Kept in RocksDB (the default), they would be an index
        // in the driver's own Spark files folder when the default file system is local, which no executor on another
        // machine can open ("Storage not found under given ref"); a lookup in memory is also cheaper than one in RocksDB.
        vectors.setEnableInMemoryStorage(true);
        vectors.setInputCols(new String[] {sentenceCol, tokenCol});
        vectors.setOutputCol(EMBEDDINGS);
        NerDLModel ner = LengthSortedNerDL.of(NerDLModel.read().load(model), SparkSession.active());
        // Rows per batch and sentences per TensorFlow call: the default of 8 leaves most of each call's fixed cost
        // unshared, and a batch of rows gives the length sort more sentences to order.
        ner.setBatchSize(BATCH_SIZE);
        ner.setInputCols(new String[] {sentenceCol, tokenCol, EMBEDDINGS});
        ner.setOutputCol(NER);
        return List.of(vectors, ner, converter(sentenceCol, tokenCol, NER));
    }

    private static List<PipelineStage> pipeline(String model, String sentenceCol, String tokenCol) {
        PipelineModel loaded = PipelineModel.load(model);
        List<PipelineStage> kept = new ArrayList<>();
        Set<String> available = new HashSet<>(Set.of("document", sentenceCol, tokenCol));
        String nerColumn = null;
        for (Transformer stage : loaded.stages()) {
            if (REPLACED_STAGES.contains(stage.getClass().getName())) {
                continue;
            }
            if (stage instanceof NerConverter) {
                continue;  // re-added below on the job's column names
            }
            if (!(stage instanceof AnnotatorModel<?> annotator)) {
                throw new ConfigException(MODEL_KEY + ": the PipelineModel at " + model + " holds a "
                        + stage.getClass().getName() + " stage; expected Spark NLP annotators only");
            }
            List<String> missing = Stream.of(annotator.getInputCols()).filter(c -> !available.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ConfigException(MODEL_KEY + ": stage " + stage.uid() + " of the PipelineModel at " + model
                        + " reads " + missing + ", expected only document, " + sentenceCol + ", " + tokenCol
                        + " or columns of its earlier stages");
            }
            available.add(annotator.getOutputCol());
            if ("named_entity".equals(annotator.outputAnnotatorType())) {
                nerColumn = annotator.getOutputCol();
            }
            kept.add(stage);
        }
        if (nerColumn == null) {
            throw new ConfigException(MODEL_KEY + ": the PipelineModel at " + model + " has no NER stage (no stage "
                    + "writes named_entity annotations)");
        }
        kept.add(converter(sentenceCol, tokenCol, nerColumn));
        return kept;
    }

    private static NerConverter converter(String sentenceCol, String tokenCol, String nerCol) {
        NerConverter converter = new NerConverter();
        converter.setInputCols(new String[] {sentenceCol, tokenCol, nerCol});
        converter.setOutputCol(CHUNK);
        return converter;
    }

    /** The class a Spark ML directory was saved from, read from its metadata, or a ConfigException naming {@code key}. */
    static String savedClass(String path, String key, Configuration hadoop) {
        Path dir = new Path(path);
        try {
            FileSystem fs = dir.getFileSystem(hadoop);
            if (!fs.getFileStatus(dir).isDirectory()) {
                throw new FileNotFoundException(path);
            }
            FileStatus[] parts = fs.globStatus(new Path(new Path(dir, "metadata"), "part-*"));
            FileStatus part = parts == null ? null
                    : Arrays.stream(parts).min(Comparator.comparing(p -> p.getPath().getName())).orElse(null);
            if (part == null) {
                throw new ConfigException(key + ": " + path + " is not a saved Spark ML model "
                        + "(no metadata/part-* file); unzip the downloaded model and point at its folder");
            }
            try (InputStream in = fs.open(part.getPath())) {
                Matcher m = CLASS.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (!m.find()) {
                    throw new ConfigException(key + ": " + part.getPath() + " names no model class");
                }
                return m.group(1);
            }
        } catch (FileNotFoundException e) {
            throw new ConfigException(key + ": no such directory: " + path + " (give an unzipped Spark NLP model folder:"
                    + " a local path, or a file://, hdfs:// or s3a:// URI)");
        } catch (IOException e) {
            throw new ConfigException(key + ": cannot read the model metadata under " + path + ": " + e
                    + " (for hdfs:// or s3a:// the cluster's Hadoop client and connector must be on the classpath)", e);
        }
    }
}
