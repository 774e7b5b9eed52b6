package io.newstension.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newstension.nlp.Candidate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class NerChunksTest {
    /** A Spark NLP chunk annotation as a row: annotatorType, begin, end (inclusive), result, metadata, embeddings. */
    private static Row chunk(int begin, int end, String entity, String sentence) {
        return RowFactory.create("chunk", begin, end, "x",
                scala.collection.JavaConverters.mapAsScalaMap(Map.of("entity", entity, "sentence", sentence)),
                new float[0]);
    }

    @Test
    void theSentenceIsTheOneHoldingTheChunkNotTheModelsOwnNumbering() {
        // Sentences 0: [0, 20), 1: [21, 40), 2: [41, 60); the model read only sentence 2 and called it sentence 0.
        List<int[]> spans = List.of(new int[] {0, 20}, new int[] {21, 40}, new int[] {41, 60});
        List<Candidate> found = NerChunks.candidates(List.of(chunk(45, 52, "PER", "0"), chunk(53, 58, "LOC", "0")),
                NerChunks.PERSON_LABELS, NerChunks.METHOD, spans);
        assertEquals(List.of(new Candidate(45, 53, 2, NerChunks.METHOD)), found);
    }

    @Test
    void aChunkPastTheAnalysedSentencesIsDropped() {
        assertEquals(List.of(), NerChunks.candidates(List.of(chunk(70, 75, "PER", "3")), NerChunks.PERSON_LABELS,
                NerChunks.METHOD, List.of(new int[] {0, 60})));
    }
}
