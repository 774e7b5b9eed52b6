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

    /** The chunks whose {@code entity} metadata is one of {@code labels}: [PER "Jane Doe" 0..7] → Candidate(0, 8, s, method). */
    public static List<Candidate> candidates(List<Row> chunks, Set<String> labels, String method) {
        List<Candidate> out = new ArrayList<>();
        for (Row chunk : chunks) {
            Map<String, String> meta = chunk.getJavaMap(METADATA_AT);
            if (labels.contains(meta.getOrDefault("entity", ""))) {
                out.add(new Candidate(chunk.getInt(BEGIN_AT), chunk.getInt(END_AT) + 1,
                        Integer.parseInt(meta.getOrDefault("sentence", "0")), method));
            }
        }
        return out;
    }
}
