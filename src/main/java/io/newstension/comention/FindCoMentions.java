package io.newstension.comention;

import static io.newstension.schema.Columns.*;

import io.newstension.config.TensionConfig;
import io.newstension.nlp.Mention;
import io.newstension.schema.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * The co-mention stage: annotated articles to one row per co-mention of two entities (not yet scored), with the
 * sentence's entities and their offsets in it ({@code parties}, for the score stage; not written).
 */
public final class FindCoMentions {
    /** Co-mention rows before scoring. */
    public static final StructType UNSCORED = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
            Tables.COMENTIONS.apply(ARTICLE_ID), Tables.COMENTIONS.apply(DATE), Tables.COMENTIONS.apply(WINDOW),
            Tables.COMENTIONS.apply(SENTENCE_INDEX), Tables.COMENTIONS.apply(PAIR_TYPE), Tables.COMENTIONS.apply(ENTITY_A),
            Tables.COMENTIONS.apply(ENTITY_B), Tables.COMENTIONS.apply(SENTENCE),
            DataTypes.createStructField(PARTIES, DataTypes.createArrayType(Tables.PARTY, false), false)});

    private final CoMentionFinder finder;
    private final LongAccumulator droppedByCap;

    public FindCoMentions(TensionConfig config, LongAccumulator droppedByCap) {
        this.finder = new CoMentionFinder(config.comention().window(), config.comention().maxPairsPerArticle());
        this.droppedByCap = droppedByCap;
    }

    public Dataset<Row> apply(Dataset<Row> annotated) {
        Tables.require(annotated, "comention", ARTICLE_ID, DATE, SENTENCES, MENTIONS);
        CoMentionFinder f = finder;
        LongAccumulator dropped = droppedByCap;
        // Rows reach lambdas without their schema: fields are read by position, looked up here on the driver.
        StructType in = annotated.schema();
        int articleId = in.fieldIndex(ARTICLE_ID);
        int date = in.fieldIndex(DATE);
        int sentencesAt = in.fieldIndex(SENTENCES);
        int mentionsAt = in.fieldIndex(MENTIONS);
        return annotated.flatMap((FlatMapFunction<Row, Row>) row -> {
            List<String> sentences = new ArrayList<>();
            List<Integer> begins = new ArrayList<>();
            int text = Tables.SENTENCE_STRUCT.fieldIndex(TEXT);
            int begin = Tables.SENTENCE_STRUCT.fieldIndex(BEGIN);
            for (Row s : row.<Row>getList(sentencesAt)) {
                sentences.add(s.getString(text));
                begins.add(s.getInt(begin));
            }
            List<Mention> mentions = new ArrayList<>();
            StructType m = Tables.MENTION;
            for (Row r : row.<Row>getList(mentionsAt)) {
                mentions.add(new Mention(r.getInt(m.fieldIndex(SENTENCE_INDEX)), r.getString(m.fieldIndex(ENTITY_TYPE)),
                        r.getString(m.fieldIndex(ENTITY_ID)), r.getString(m.fieldIndex(ENTITY_NAME)),
                        r.getString(m.fieldIndex(SURFACE)), r.getInt(m.fieldIndex(BEGIN)), r.getInt(m.fieldIndex(END)),
                        r.getString(m.fieldIndex(METHOD)), r.getString(m.fieldIndex(AFFILIATION))));
            }
            CoMentionFinder.Result result = f.find(sentences, begins, mentions);
            dropped.add(result.dropped());
            List<Row> out = new ArrayList<>(result.coMentions().size());
            for (CoMention c : result.coMentions()) {
                out.add(RowFactory.create(row.get(articleId), row.get(date), c.window(), c.sentenceIndex(),
                        c.pairType(), c.entityA(), c.entityB(), c.sentence(), Tables.seq(c.parties().stream()
                                .map(p -> RowFactory.create(p.entityId(), p.affiliation(), p.begin(), p.end())).toList())));
            }
            return out.iterator();
        }, Encoders.row(UNSCORED));
    }
}
