package io.newstension.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Pipeline stage that writes the sentences the NER model should read ({@link SentenceGate}) as a column of its own,
 * so the model's stages skip the rest: the first {@code maxSentences} sentences of an article (the ones the job
 * analyses) that hold a capitalised word the country gazetteer does not explain.
 */
public final class NerGate extends Transformer {
    private static final long serialVersionUID = 1L;
    /** Spark NLP reads an annotation column's type from this metadata. */
    private static final Metadata DOCUMENT_TYPE = Metadata.fromJson("{\"annotatorType\":\"document\"}");
    private static final String KEEP = "_ner_keep";
    /** Positions inside a Spark NLP annotation struct (annotatorType, begin, end, result, metadata, embeddings). */
    private static final int BEGIN_AT = 1;
    private static final int END_AT = 2;
    private static final int RESULT_AT = 3;

    private final String uid;
    private final String sentenceCol;
    private final String tokenCol;
    private final String explainedCol;
    private final String outputCol;
    private final int maxSentences;
    private final int maxTokens;

    /** @param explainedCol gazetteer chunks whose words need no model, or null */
    public NerGate(String sentenceCol, String tokenCol, String explainedCol, String outputCol, int maxSentences, int maxTokens) {
        this(Identifiable$.MODULE$.randomUID("NerGate"), sentenceCol, tokenCol, explainedCol, outputCol, maxSentences, maxTokens);
    }

    private NerGate(String uid, String sentenceCol, String tokenCol, String explainedCol, String outputCol,
                    int maxSentences, int maxTokens) {
        this.uid = uid;
        this.sentenceCol = sentenceCol;
        this.tokenCol = tokenCol;
        this.explainedCol = explainedCol;
        this.outputCol = outputCol;
        this.maxSentences = maxSentences;
        this.maxTokens = maxTokens;
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        int sentences = maxSentences;
        int tokensPerSentence = maxTokens;
        UserDefinedFunction keep = functions.udf((UDF3<scala.collection.Seq<Row>, scala.collection.Seq<Row>,
                scala.collection.Seq<Row>, List<Integer>>) (s, t, e) -> kept(s, t, e, sentences, tokensPerSentence),
                DataTypes.createArrayType(DataTypes.IntegerType));
        Column explained = explainedCol == null ? functions.array() : functions.col(explainedCol);
        return dataset.toDF()
                .withColumn(KEEP, keep.apply(functions.col(sentenceCol), functions.col(tokenCol), explained))
                .withColumn(outputCol, functions.expr("filter(" + sentenceCol + ", s -> array_contains(" + KEEP
                        + ", s.begin))").as(outputCol, DOCUMENT_TYPE))
                .drop(KEEP);
    }

    /** Begin offsets of the sentences to keep. */
    static List<Integer> kept(scala.collection.Seq<Row> sentences, scala.collection.Seq<Row> tokens,
                              scala.collection.Seq<Row> explained, int maxSentences, int maxTokens) {
        List<SentenceGate.Span> tokenSpans = spans(tokens);
        List<SentenceGate.Span> explainedSpans = spans(explained);
        int n = sentences == null ? 0 : Math.min(sentences.size(), maxSentences);
        List<SentenceGate.Span> analysed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row sentence = sentences.apply(i);
            analysed.add(new SentenceGate.Span(sentence.getString(RESULT_AT), sentence.getInt(BEGIN_AT), sentence.getInt(END_AT)));
        }
        boolean[] needs = SentenceGate.needsModel(analysed, tokenSpans, explainedSpans, maxTokens);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (needs[i]) {
                keep.add(analysed.get(i).begin());
            }
        }
        return keep;
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
        return new NerGate(uid, sentenceCol, tokenCol, explainedCol, outputCol, maxSentences, maxTokens);
    }

    @Override
    public String uid() {
        return uid;
    }
}
