package io.newstension.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one JSON object (news-please or cc_news style) into a {@link RawArticle} through a {@link FieldMapping}.
 *
 * <p>{@code {"url": "...", "title": "...", "maintext": "...", "date_publish": "2021-05-20 17:00:00"}} gives an
 * article; malformed JSON and a JSON value that is not an object give a quarantine reason. Dates are kept as written
 * ("None" included): resolving them is the cleaning stage's work.
 */
public final class JsonArticleParser {
    /** Deep nesting is an attack, not an article. */
    private static final int MAX_NESTING = 64;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build());

    private JsonArticleParser() {}

    public static ParseResult parse(String json, FieldMapping fields) {
        if (json == null || json.isBlank()) {
            return ParseResult.quarantine("empty record");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return ParseResult.quarantine("malformed JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return ParseResult.quarantine("not a JSON object: "
                    + (node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return fields.article(name -> scalar(node, name));
    }

    /** Whether {@code json} parses as JSON at all (used to tell a pretty-printed document from JSON lines). */
    static boolean isMalformed(String json) {
        try {
            JSON.readTree(json);
            return false;
        } catch (JsonProcessingException e) {
            return true;
        }
    }

    /** A scalar field as text; null when absent, null or a container (these fields never nest). */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.split("\n", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
