package io.newstension.score;

import static io.newstension.schema.Columns.*;

import io.newstension.comention.Party;
import io.newstension.schema.Tables;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The scoring stage: adds tone, event cues, Goldstein weight and quad class (of the sentence), and the pair's
 * relation, source, target and tension ({@link SentenceScorer#scorePair}) to every co-mention; drops the parties.
 */
public final class ScoreCoMentions {
    /** Scored co-mentions: the comentions table without the weights aggregation gives them. */
    public static final org.apache.spark.sql.types.StructType SCORED = org.apache.spark.sql.types.DataTypes.createStructType(
            java.util.Arrays.stream(Tables.COMENTIONS.fields()).filter(f -> !f.name().equals(WEIGHT))
                    .toArray(org.apache.spark.sql.types.StructField[]::new));

    private ScoreCoMentions() {}

    public static Dataset<Row> apply(Dataset<Row> coMentions) {
        Tables.require(coMentions, "score", ARTICLE_ID, DATE, WINDOW, SENTENCE_INDEX, PAIR_TYPE, ENTITY_A, ENTITY_B,
                SENTENCE, PARTIES);
        // Rows reach lambdas without their schema: fields are read by position, looked up here on the driver.
        int[] at = java.util.Arrays.stream(new String[] {ARTICLE_ID, DATE, WINDOW, SENTENCE_INDEX, PAIR_TYPE, ENTITY_A, ENTITY_B,
                        SENTENCE, PARTIES})
                .mapToInt(coMentions.schema()::fieldIndex).toArray();
        int[] party = java.util.Arrays.stream(new String[] {ENTITY_ID, AFFILIATION, BEGIN, END})
                .mapToInt(Tables.PARTY::fieldIndex).toArray();
        return coMentions.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            SentenceScorer scorer = new SentenceScorer(Lexicons.loadDefault());
            return new Iterator<>() {
                // A sentence's pairs arrive together: analyse it once for all of them.
                private String lastSentence;
                private List<Party> lastParties;
                private SentenceScorer.Sentence analysed;

                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    String sentence = r.getString(at[7]);
                    List<Party> parties = new ArrayList<>();
                    for (Row p : r.<Row>getList(at[8])) {
                        parties.add(new Party(p.getString(party[0]), p.getString(party[1]), p.getInt(party[2]),
                                p.getInt(party[3])));
                    }
                    String text = sentence == null ? "" : sentence;
                    if (analysed == null || !text.equals(lastSentence) || !parties.equals(lastParties)) {
                        analysed = scorer.sentence(text, parties);
                        lastSentence = text;
                        lastParties = parties;
                    }
                    PairScore s = analysed.pair(r.getString(at[5]), r.getString(at[6]));
                    Cues cues = s.cues();
                    List<String> cueList = new ArrayList<>(cues.cues());
                    return RowFactory.create(r.get(at[0]), r.get(at[1]), r.get(at[2]), r.get(at[3]), r.get(at[4]),
                            r.get(at[5]), r.get(at[6]), sentence, cues.tone(), cues.goldstein(), cues.quadClass(),
                            Tables.seq(cueList), s.tension(), s.relation(), s.source(), s.target());
                }
            };
        }, Encoders.row(SCORED));
    }
}
