package io.newstension.nlp.ner;

import com.johnsnowlabs.nlp.annotators.common.TaggedSentence;
import com.johnsnowlabs.nlp.annotators.common.WordpieceEmbeddingsSentence;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.SparkSession;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * A {@link NerDLModel} that hands TensorFlow its sentences ordered by length. NerDL pads every sentence of a call to
 * the longest one in it and takes them in row order, so a call mixing an 8-token sentence with a 50-token one runs the
 * LSTM over 42 tokens of padding; sorted, a call's sentences are of about one length. Tags and their order per row
 * are those of the wrapped model: each sentence is tagged alone within its call (lengths are masked).
 */
public final class LengthSortedNerDL extends NerDLModel {

    private LengthSortedNerDL(String uid) {
        super(uid);
    }

    /** The same model (parameters, tag set, TensorFlow graph), tagging in length order. */
    public static LengthSortedNerDL of(NerDLModel loaded, SparkSession spark) {
        LengthSortedNerDL sorted = new LengthSortedNerDL(loaded.uid());
        loaded.copyValues(sorted, ParamMap.empty());
        sorted.setDatasetParams(loaded.datasetParams().getOrDefault());
        sorted.setModelIfNotSet(spark, loaded.getModelIfNotSet().tensorflow());
        return sorted;
    }

    @Override
    public Seq<TaggedSentence[]> tag(WordpieceEmbeddingsSentence[][] rows) {
        int total = 0;
        for (WordpieceEmbeddingsSentence[] row : rows) {
            total += row.length;
        }
        int[][] origin = new int[total][];
        WordpieceEmbeddingsSentence[] flat = new WordpieceEmbeddingsSentence[total];
        int k = 0;
        for (int r = 0; r < rows.length; r++) {
            for (int s = 0; s < rows[r].length; s++) {
                origin[k] = new int[] {r, s};
                flat[k++] = rows[r][s];
            }
        }
        Integer[] order = new Integer[total];
        Arrays.setAll(order, i -> i);
        // Stable: sentences of one length keep their row order, so the calls are the same from run to run.
        Arrays.sort(order, Comparator.comparingInt(i -> flat[i].tokens().length));
        WordpieceEmbeddingsSentence[][] single = new WordpieceEmbeddingsSentence[total][];
        for (int i = 0; i < total; i++) {
            single[i] = new WordpieceEmbeddingsSentence[] {flat[order[i]]};
        }
        Seq<TaggedSentence[]> tagged = super.tag(single);
        TaggedSentence[][][] bySentence = new TaggedSentence[rows.length][][];
        for (int r = 0; r < rows.length; r++) {
            bySentence[r] = new TaggedSentence[rows[r].length][];
        }
        for (int i = 0; i < total; i++) {
            int[] at = origin[order[i]];
            bySentence[at[0]][at[1]] = tagged.apply(i);
        }
        List<TaggedSentence[]> out = new ArrayList<>(rows.length);
        for (TaggedSentence[][] row : bySentence) {
            out.add(Arrays.stream(row).flatMap(Arrays::stream).toArray(TaggedSentence[]::new));
        }
        return JavaConverters.asScalaBuffer(out).toSeq();
    }
}
