package io.newstension.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a document-level gold file: one JSON object per line, {@code {"url": ..., "countries": ["USA", ...],
 * "persons": ["Antony Blinken", ...]}}; other keys (a title, notes) are ignored, blank lines skipped.
 */
public final class GoldJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldJsonl() {}

    public static List<GoldArticle> parse(List<String> lines, String source) {
        List<GoldArticle> articles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                articles.add(new GoldArticle(node.path("url").asText(null), strings(node.path("countries")),
                        List.copyOf(strings(node.path("persons")))));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return articles;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
