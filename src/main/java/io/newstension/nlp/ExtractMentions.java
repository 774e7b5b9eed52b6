package io.newstension.nlp;

import static io.newstension.schema.Columns.*;

import io.newstension.config.TensionConfig;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import io.newstension.schema.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * The NLP stage: runs the Spark NLP pipeline over processed articles and links what it finds, giving one row per
 * article with its sentences and entity mentions ({@link Tables#ANNOTATED}). Annotation columns are dropped here so
 * that nothing downstream carries them.
 */
public final class ExtractMentions {
    private final TensionConfig.Nlp nlp;

    public ExtractMentions(TensionConfig.Nlp nlp) {
        this.nlp = nlp;
    }

    public Dataset<Row> apply(Dataset<Row> articles) {
        Tables.require(articles, "nlp", ARTICLE_ID, DATE, TEXT);
        CountryGazetteer countries = CountryGazetteer.loadDefault();
        boolean withCountries = nlp.countries().enabled();
        PipelineModel model = NlpPipeline.fit(articles.select(ARTICLE_ID, DATE, TEXT).limit(0), TEXT, countries, withCountries);
        CountryLinker linker = withCountries ? new CountryLinker(countries) : null;
        Dataset<Row> annotations = model.transform(articles.select(ARTICLE_ID, DATE, TEXT));
        // Rows reach lambdas without their schema: fields are read by position, looked up here on the driver.
        StructType schema = annotations.schema();
        Fields at = new Fields(schema.fieldIndex(ARTICLE_ID), schema.fieldIndex(DATE), schema.fieldIndex(TEXT),
                schema.fieldIndex(NlpPipeline.SENTENCE), withCountries ? schema.fieldIndex(NlpPipeline.COUNTRY_CHUNK) : -1);
        return annotations.map((MapFunction<Row, Row>) row -> toAnnotated(row, at, linker), Encoders.row(Tables.ANNOTATED));
    }

    /** Positions of the columns {@link #toAnnotated} reads. */
    record Fields(int articleId, int date, int text, int sentences, int countryChunks) implements java.io.Serializable {}

    /** Positions inside a Spark NLP annotation struct (annotatorType, begin, end, result, metadata, embeddings). */
    private static final int BEGIN_AT = 1;
    private static final int END_AT = 2;
    private static final int METADATA_AT = 4;

    static Row toAnnotated(Row row, Fields at, CountryLinker linker) {
        String text = row.getString(at.text());
        List<Row> sentences = new ArrayList<>();
        for (Row s : row.<Row>getList(at.sentences())) {
            int begin = s.getInt(BEGIN_AT);
            int end = s.getInt(END_AT) + 1;
            sentences.add(RowFactory.create(sentences.size(), begin, end, text.substring(begin, end)));
        }
        List<Row> mentions = new ArrayList<>();
        if (linker != null) {
            List<Candidate> candidates = new ArrayList<>();
            for (Row chunk : row.<Row>getList(at.countryChunks())) {
                Map<String, String> meta = chunk.getJavaMap(METADATA_AT);
                candidates.add(new Candidate(chunk.getInt(BEGIN_AT), chunk.getInt(END_AT) + 1,
                        Integer.parseInt(meta.getOrDefault("sentence", "0")), NlpPipeline.COUNTRY_METHOD));
            }
            for (Mention m : linker.link(text, candidates)) {
                mentions.add(RowFactory.create(m.sentenceIndex(), m.entityType(), m.entityId(), m.entityName(),
                        m.surface(), m.begin(), m.end(), m.method(), m.affiliation()));
            }
        }
        return RowFactory.create(row.get(at.articleId()), row.get(at.date()), Tables.seq(sentences), Tables.seq(mentions));
    }
}
