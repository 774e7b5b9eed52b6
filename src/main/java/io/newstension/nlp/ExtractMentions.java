package io.newstension.nlp;

import static io.newstension.schema.Columns.*;

import io.newstension.config.TensionConfig;
import io.newstension.nlp.gazetteer.CountryGazetteer;
import io.newstension.nlp.ner.NerChunks;
import io.newstension.nlp.ner.ModelStaging;
import io.newstension.nlp.ner.NerModels;
import io.newstension.nlp.persons.PersonFinder;
import io.newstension.schema.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The NLP stage: runs the Spark NLP pipeline over processed articles and links what it finds, giving one row per
 * article with its sentences and entity mentions ({@link Tables#ANNOTATED}). Annotation columns are dropped here so
 * that nothing downstream carries them.
 */
public final class ExtractMentions {
    private final TensionConfig.Nlp nlp;
    private final ModelStaging models;
    private final LongAccumulator sentencesOverCap;
    private final LongAccumulator mentionsOverCap;

    /**
     * {@code models} says where executors load the NER model from; the accumulators count sentences and mentions
     * left out by the per-article caps, for the run report.
     */
    public ExtractMentions(TensionConfig.Nlp nlp, ModelStaging models, LongAccumulator sentencesOverCap,
                           LongAccumulator mentionsOverCap) {
        this.nlp = nlp;
        this.models = models;
        this.sentencesOverCap = sentencesOverCap;
        this.mentionsOverCap = mentionsOverCap;
    }

    public Dataset<Row> apply(Dataset<Row> articles) {
        Tables.require(articles, "nlp", ARTICLE_ID, DATE, TEXT);
        CountryGazetteer countries = CountryGazetteer.loadDefault();
        boolean withCountries = nlp.countries().enabled();
        List<PipelineStage> nerStages = NerModels.stages(nlp.ner().model(), nlp.ner().embeddings(), models,
                NlpPipeline.NER_SENTENCE, NlpPipeline.SENTENCE, NlpPipeline.TOKEN);
        NerModels.limitThreads(nerStages, articles.sparkSession().sparkContext().getConf().getInt("spark.task.cpus", 1));
        PipelineModel model = NlpPipeline.fit(articles.select(ARTICLE_ID, DATE, TEXT).limit(0), TEXT, countries,
                withCountries, nerStages, nlp.maxSentencesPerArticle(), nlp.persons().enabled());
        Linkers linkers = new Linkers(withCountries ? new CountryLinker(countries) : null,
                nlp.persons().enabled() ? PersonFinder.bundled() : null,
                new Caps(nlp.maxSentencesPerArticle(), nlp.maxMentionsPerArticle(), sentencesOverCap, mentionsOverCap));
        // Only the columns toAnnotated reads reach the map: rows converted there would otherwise carry every
        // token, its word vector and the model's tags, which cost more to convert than the linking itself.
        List<String> read = new ArrayList<>(List.of(DATE, TEXT, NlpPipeline.SENTENCE));
        if (withCountries) {
            read.add(NlpPipeline.COUNTRY_CHUNK);
        }
        if (!nerStages.isEmpty()) {
            read.add(NerModels.CHUNK);
        }
        Dataset<Row> annotations = model.transform(articles.select(ARTICLE_ID, DATE, TEXT))
                .select(ARTICLE_ID, read.toArray(String[]::new));
        // Rows reach lambdas without their schema: fields are read by position, looked up here on the driver.
        StructType schema = annotations.schema();
        Fields at = new Fields(schema.fieldIndex(ARTICLE_ID), schema.fieldIndex(DATE), schema.fieldIndex(TEXT),
                schema.fieldIndex(NlpPipeline.SENTENCE), withCountries ? schema.fieldIndex(NlpPipeline.COUNTRY_CHUNK) : -1,
                nerStages.isEmpty() ? -1 : schema.fieldIndex(NerModels.CHUNK));
        return annotations.map((MapFunction<Row, Row>) row -> toAnnotated(row, at, linkers), Encoders.row(Tables.ANNOTATED));
    }

    /** Positions of the columns {@link #toAnnotated} reads; -1 for a column the configuration leaves out. */
    record Fields(int articleId, int date, int text, int sentences, int countryChunks, int nerChunks)
            implements java.io.Serializable {}

    /** The linkers the configuration switches on (null for one switched off) and the per-article caps. */
    record Linkers(CountryLinker countries, PersonFinder persons, Caps caps) implements java.io.Serializable {}

    /** Per-article limits and the counters of what they left out. */
    record Caps(int sentences, int mentions, LongAccumulator sentencesOver, LongAccumulator mentionsOver)
            implements java.io.Serializable {}

    /** Positions inside a Spark NLP annotation struct (annotatorType, begin, end, result, metadata, embeddings). */
    private static final int BEGIN_AT = 1;
    private static final int END_AT = 2;
    private static final int METADATA_AT = 4;

    static Row toAnnotated(Row row, Fields at, Linkers linkers) {
        String text = row.getString(at.text());
        List<Row> sentences = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<Row> detected = row.<Row>getList(at.sentences());
        Caps caps = linkers.caps();
        if (detected.size() > caps.sentences()) {
            caps.sentencesOver().add(detected.size() - caps.sentences());
            detected = detected.subList(0, caps.sentences());
        }
        int analysedEnd = detected.isEmpty() ? 0 : detected.get(detected.size() - 1).getInt(END_AT) + 1;
        for (Row s : detected) {
            int begin = s.getInt(BEGIN_AT);
            int end = s.getInt(END_AT) + 1;
            sentences.add(RowFactory.create(sentences.size(), begin, end, text.substring(begin, end)));
            spans.add(new int[] {begin, end});
        }
        List<Row> nerChunks = at.nerChunks() < 0 ? List.of() : row.<Row>getList(at.nerChunks());
        List<Mention> countries = List.of();
        if (linkers.countries() != null) {
            List<Candidate> candidates = new ArrayList<>();
            for (Row chunk : row.<Row>getList(at.countryChunks())) {
                if (chunk.getInt(END_AT) >= analysedEnd) {
                    continue;
                }
                Map<String, String> meta = chunk.getJavaMap(METADATA_AT);
                candidates.add(new Candidate(chunk.getInt(BEGIN_AT), chunk.getInt(END_AT) + 1,
                        Integer.parseInt(meta.getOrDefault("sentence", "0")), NlpPipeline.COUNTRY_METHOD));
            }
            candidates.addAll(NerChunks.candidates(nerChunks, NerChunks.LOCATION_LABELS, NerChunks.METHOD, spans));
            countries = linkers.countries().link(text, candidates);
        }
        List<Mention> all = new ArrayList<>(countries);
        if (linkers.persons() != null) {
            java.sql.Date date = row.isNullAt(at.date()) ? null : row.getDate(at.date());
            all.addAll(linkers.persons().find(text, spans, countries, date == null ? null : date.toLocalDate(),
                    NerChunks.candidates(nerChunks, NerChunks.PERSON_LABELS, NerChunks.METHOD, spans)));
        }
        all.sort(java.util.Comparator.comparingInt(Mention::begin).thenComparing(Mention::entityType));
        all.removeIf(m -> m.end() > analysedEnd);
        if (all.size() > caps.mentions()) {
            caps.mentionsOver().add(all.size() - caps.mentions());
            all = new ArrayList<>(all.subList(0, caps.mentions()));
        }
        List<Row> mentions = new ArrayList<>(all.size());
        for (Mention m : all) {
            mentions.add(RowFactory.create(m.sentenceIndex(), m.entityType(), m.entityId(), m.entityName(),
                    m.surface(), m.begin(), m.end(), m.method(), m.affiliation()));
        }
        return RowFactory.create(row.get(at.articleId()), row.get(at.date()), Tables.seq(sentences), Tables.seq(mentions));
    }
}
