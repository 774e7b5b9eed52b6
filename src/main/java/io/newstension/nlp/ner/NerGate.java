package io.newstension.nlp.ner;

import io.newstension.nlp.persons.PersonGazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Pipeline stage that writes what the NER model should read ({@link SentenceGate}) as a column of its own, so the
 * model's stages skip the rest: in the first {@code maxSentences} sentences of an article (the ones the job
 * analyses), the words around each capitalised word that neither the country gazetteer, the bundled person gazetteer
 * nor an earlier window of the article explains. A window is an annotation of the sentence column's type with its
 * sentence's metadata, so the model's tags keep their sentence index.
 */
public final class NerGate extends Transformer {
    private static final long serialVersionUID = 1L;
    /** Spark NLP reads an annotation column's type from this metadata. */
    private static final Metadata DOCUMENT_TYPE = Metadata.fromJson("{\"annotatorType\":\"document\"}");
    /** Positions inside a Spark NLP annotation struct (annotatorType, begin, end, result, metadata, embeddings). */
    private static final int TYPE_AT = 0;
    private static final int BEGIN_AT = 1;
    private static final int END_AT = 2;
    private static final int RESULT_AT = 3;
    private static final int METADATA_AT = 4;
    private static final int EMBEDDINGS_AT = 5;

    private final String uid;
    private final String sentenceCol;
    private final String tokenCol;
    private final String explainedCol;
    private final String outputCol;
    private final int maxSentences;
    private final int maxTokens;
    private final int wholeUpTo;
    private final int windowRadius;
    private final boolean personWords;

    /**
     * @param explainedCol gazetteer chunks whose words need no model, or null
     * @param wholeUpTo sentences of at most this many tokens are read whole, longer ones in windows
     * @param windowRadius tokens of context the model reads on each side of an unexplained word in a window
     * @param personWords whether the words of the bundled person gazetteer's names need no model (they do when the
     *                    job finds no persons: then the model's PER tags are all it has)
     */
    public NerGate(String sentenceCol, String tokenCol, String explainedCol, String outputCol, int maxSentences,
                   int maxTokens, int wholeUpTo, int windowRadius, boolean personWords) {
        this(Identifiable$.MODULE$.randomUID("NerGate"), sentenceCol, tokenCol, explainedCol, outputCol, maxSentences,
                maxTokens, wholeUpTo, windowRadius, personWords);
    }

    private NerGate(String uid, String sentenceCol, String tokenCol, String explainedCol, String outputCol,
                    int maxSentences, int maxTokens, int wholeUpTo, int windowRadius, boolean personWords) {
        this.uid = uid;
        this.sentenceCol = sentenceCol;
        this.tokenCol = tokenCol;
        this.explainedCol = explainedCol;
        this.outputCol = outputCol;
        this.maxSentences = maxSentences;
        this.maxTokens = maxTokens;
        this.wholeUpTo = wholeUpTo;
        this.windowRadius = windowRadius;
        this.personWords = personWords;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        int sentences = maxSentences;
        int tokensPerSentence = maxTokens;
        int whole = wholeUpTo;
        int radius = windowRadius;
        boolean known = personWords;
        // The words are looked up on the executor, where the person finder has loaded the bundled gazetteer anyway.
        UserDefinedFunction windows = functions.udf((UDF3<scala.collection.Seq<Row>, scala.collection.Seq<Row>,
                scala.collection.Seq<Row>, List<Row>>) (s, t, e) -> windows(s, t, e, sentences, tokensPerSentence,
                whole, radius, known ? PersonGazetteer.loadDefault().nameWords() : Set.of()),
                dataset.schema().apply(sentenceCol).dataType());
        Column explained = explainedCol == null ? functions.array() : functions.col(explainedCol);
        return dataset.toDF().withColumn(outputCol, windows.apply(functions.col(sentenceCol), functions.col(tokenCol),
                explained).as(outputCol, DOCUMENT_TYPE));
    }

    /** The windows as annotations of the sentence column's type, each with the metadata of its sentence. */
    static List<Row> windows(scala.collection.Seq<Row> sentences, scala.collection.Seq<Row> tokens,
                             scala.collection.Seq<Row> explained, int maxSentences, int maxTokens, int wholeUpTo, int radius,
                             Set<String> knownWords) {
        int n = sentences == null ? 0 : Math.min(sentences.size(), maxSentences);
        List<SentenceGate.Span> analysed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row sentence = sentences.apply(i);
            analysed.add(new SentenceGate.Span(sentence.getString(RESULT_AT), sentence.getInt(BEGIN_AT), sentence.getInt(END_AT)));
        }
        List<Row> out = new ArrayList<>();
        for (SentenceGate.Window w : SentenceGate.windows(analysed, spans(tokens), spans(explained), knownWords,
                maxTokens, wholeUpTo, radius)) {
            Row sentence = sentences.apply(w.sentence());
            String text = sentence.getString(RESULT_AT);
            int from = w.begin() - sentence.getInt(BEGIN_AT);
            out.add(RowFactory.create(sentence.get(TYPE_AT), w.begin(), w.end(),
                    text.substring(from, from + w.end() - w.begin() + 1), sentence.get(METADATA_AT),
                    sentence.get(EMBEDDINGS_AT)));
        }
        return out;
    }

    private static List<SentenceGate.Span> spans(scala.collection.Seq<Row> annotations) {
        List<SentenceGate.Span> spans = new ArrayList<>();
        if (annotations != null) {
            for (int i = 0; i < annotations.size(); i++) {
                Row a = annotations.apply(i);
                spans.add(new SentenceGate.Span(a.getString(RESULT_AT), a.getInt(BEGIN_AT), a.getInt(END_AT)));
            }
        }
        return spans;
    }

    @Override
    public StructType transformSchema(StructType schema) {
        StructField sentence = schema.apply(sentenceCol);
        return schema.add(new StructField(outputCol, sentence.dataType(), true, DOCUMENT_TYPE));
    }

    @Override
    public Transformer copy(ParamMap extra) {
        return new NerGate(uid, sentenceCol, tokenCol, explainedCol, outputCol, maxSentences, maxTokens, wholeUpTo, windowRadius, personWords);
    }

    @Override
    public String uid() {
        return uid;
    }
}
