package io.newstension.nlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import io.newstension.nlp.ner.NerGate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import com.johnsnowlabs.nlp.annotators.TokenizerModel;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.ml.PipelineStage;

/**
 * Builds the Spark NLP pipeline: DocumentAssembler → SentenceDetector → Tokenizer → TextMatcher over the country
 * gazetteer → [{@link NerGate} → a NER model, on the sentences the gate lets through]. The default annotators are rule-based and need no download. Annotation offsets are offsets into the input text
 * (the DocumentAssembler does no cleanup, so the cleaned article text is the document).
 */
public final class NlpPipeline {
    public static final String DOCUMENT = "document";
    public static final String SENTENCE = "sentence";
    public static final String TOKEN = "token";
    public static final String COUNTRY_CHUNK = "country_chunk";
    /** The sentences a NER model reads: those {@link NerGate} lets through. */
    public static final String NER_SENTENCE = "ner_sentence";
    /** Longer sentences are lists or boilerplate: the gazetteers handle them, the NER model does not. */
    static final int MAX_NER_TOKENS = 200;
    /** Longer sentences are cut into windows around the words the NER model is run for (see {@link NerGate}). */
    static final int NER_WHOLE_UP_TO = 60;
    /** Tokens a window keeps on each side of such a word. */
    static final int NER_WINDOW_RADIUS = 15;
    /** How a mention found by the country phrase matcher is labelled in {@code mentions.method}. */
    public static final String COUNTRY_METHOD = "gazetteer";

    private NlpPipeline() {}

    /**
     * Fits the pipeline on {@code schemaOnly} (an empty frame with the text column is enough: every annotator is
     * rule-based and fitting reads no rows). {@code withPersons}: the job finds persons, so words of the person
     * gazetteer's names need no model (see {@link NerGate}).
     */
    public static PipelineModel fit(Dataset<Row> schemaOnly, String textColumn, CountryGazetteer countries,
                                    boolean withCountries, List<PipelineStage> nerStages, int maxSentences,
                                    boolean withPersons) {
        DocumentAssembler document = new DocumentAssembler();
        document.setInputCol(textColumn);
        document.setOutputCol(DOCUMENT);
        document.setCleanupMode("disabled");

        SentenceDetector sentences = new SentenceDetector();
        sentences.setInputCols(new String[] {DOCUMENT});
        sentences.setOutputCol(SENTENCE);

        Tokenizer tokens = new Tokenizer();
        tokens.setInputCols(new String[] {SENTENCE});
        tokens.setOutputCol(TOKEN);
        // Split "U.S.-led", "Iran–Iraq", "Afghanistan/Pakistan" and "Russia's" so their country is a token of its own,
        // but keep dotted abbreviations ("U.S.", "U.K.") whole.
        tokens.setSplitChars(new String[] {"-", "/", "\u2013", "\u2014", "'"});
        tokens.setExceptions(countries.aliases().stream().filter(a -> a.contains(".")).sorted().toArray(String[]::new));
        PipelineModel base = new Pipeline().setStages(new PipelineStage[] {document, sentences, tokens}).fit(schemaOnly);
        List<PipelineStage> stages = new ArrayList<>();
        stages.add(base);
        if (withCountries) {
            TextMatcher countryMatcher = new TextMatcher();
            // The phrases must be tokenised exactly as the text is, or "Côte d'Ivoire" could never match.
            countryMatcher.setTokenizer((TokenizerModel) base.stages()[2]);
            countryMatcher.setInputCols(new String[] {SENTENCE, TOKEN});
            countryMatcher.setOutputCol(COUNTRY_CHUNK);
            countryMatcher.setCaseSensitive(true);
            countryMatcher.setMergeOverlapping(false);
            countryMatcher.setEntityValue("COUNTRY");
            countryMatcher.setEntities(phraseFile(countries));
            stages.add(countryMatcher);
        }
        if (!nerStages.isEmpty()) {
            // After the country matcher: the gate leaves out sentences whose capitalised words it already explains.
            stages.add(new NerGate(SENTENCE, TOKEN, withCountries ? COUNTRY_CHUNK : null, NER_SENTENCE,
                    maxSentences, MAX_NER_TOKENS, NER_WHOLE_UP_TO, NER_WINDOW_RADIUS, withPersons));
            stages.addAll(nerStages);
        }
        return new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(schemaOnly);
    }

    /** The matcher reads its phrases from a file on the driver when it is fitted; the fitted model carries them. */
    private static ExternalResource phraseFile(CountryGazetteer countries) {
        TreeSet<String> phrases = new TreeSet<>(countries.aliases());
        for (String alias : countries.aliases()) {
            // Datelines write capitals in upper case ("MOSCOW, May 3 -"); the gazetteer decides whether it counts.
            if (alias.length() >= 4) {
                phrases.add(alias.toUpperCase(Locale.ROOT));
            }
        }
        try {
            Path file = Files.createTempFile("news-tension-countries", ".txt");
            file.toFile().deleteOnExit();
            Files.write(file, phrases, StandardCharsets.UTF_8);
            scala.collection.immutable.Map<String, String> options =
                    scala.collection.immutable.Map$.MODULE$.<String, String>empty().$plus(new scala.Tuple2<>("format", "text"));
            return new ExternalResource(file.toString(), ReadAs.TEXT(), options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the country phrase list for the TextMatcher", e);
        }
    }
}
