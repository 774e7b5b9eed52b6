package io.newstension.nlp.ner;

import io.newstension.nlp.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Turns the {@value NerModels#CHUNK} annotations of a NER model into {@link Candidate}s (end exclusive) for one
 * entity type. Label sets differ by model: CoNLL models say PER/LOC, OntoNotes models PERSON/GPE.
 */
public final class NerChunks {
    public static final Set<String> PERSON_LABELS = Set.of("PER", "PERSON");
    public static final Set<String> LOCATION_LABELS = Set.of("LOC", "GPE", "LOCATION");
    /** How a mention first proposed by the user's model is labelled in {@code mentions.method}. */
    public static final String METHOD = "ner_model";

    /** Positions inside a Spark NLP annotation struct (annotatorType, begin, end, result, metadata, embeddings). */
    private static final int BEGIN_AT = 1;
    private static final int END_AT = 2;
    private static final int METADATA_AT = 4;

    private NerChunks() {}

    /**
     * The chunks whose {@code entity} metadata is one of {@code labels}: [PER "Jane Doe" 0..7] → Candidate(0, 8, s,
     * method), where s is the index of the sentence in {@code sentenceSpans} (begin, end exclusive) that holds the
     * chunk. The chunk's own sentence metadata is not used: the model reads only the sentences the gate let through
     * and numbers them afresh. A chunk in no listed sentence (past the per-article cap) is dropped.
     */
    public static List<Candidate> candidates(List<Row> chunks, Set<String> labels, String method,
                                             List<int[]> sentenceSpans) {
        List<Candidate> out = new ArrayList<>();
        for (Row chunk : chunks) {
            Map<String, String> meta = chunk.getJavaMap(METADATA_AT);
            if (labels.contains(meta.getOrDefault("entity", ""))) {
                int begin = chunk.getInt(BEGIN_AT);
                int sentence = sentenceOf(begin, sentenceSpans);
                if (sentence >= 0) {
                    out.add(new Candidate(begin, chunk.getInt(END_AT) + 1, sentence, method));
                }
            }
        }
        return out;
    }

    static int sentenceOf(int offset, List<int[]> sentenceSpans) {
        for (int i = 0; i < sentenceSpans.size(); i++) {
            if (sentenceSpans.get(i)[0] <= offset && offset < sentenceSpans.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }
}
