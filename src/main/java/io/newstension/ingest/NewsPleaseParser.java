package io.newstension.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one news-please JSON object (the native input format) into a {@link RawArticle}.
 *
 * <p>{@code {"url": "...", "title": "...", "maintext": "...", "date_publish": "2021-05-20 17:00:00"}} gives an
 * article; malformed JSON, a JSON value that is not an object and a missing or empty text give a quarantine reason.
 * The text is {@code maintext}, else {@code text}. Dates are kept as written ("None" included): resolving them is the
 * cleaning stage's work.
 */
public final class NewsPleaseParser {
    /** Deep nesting is an attack, not an article. */
    private static final int MAX_NESTING = 64;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build());

    private NewsPleaseParser() {}

    public static ParseResult parse(String json) {
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
            return ParseResult.quarantine("not a JSON object: " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        return fromNode(node);
    }

    /** Builds the article from an already-parsed JSON object (also used for one-object-per-file input). */
    public static ParseResult fromNode(JsonNode node) {
        String text = text(node, "maintext");
        if (text == null || text.isBlank()) {
            text = text(node, "text");
        }
        if (text == null || text.isBlank()) {
            return ParseResult.quarantine("missing or empty text (maintext/text)");
        }
        return ParseResult.ok(new RawArticle(
                text(node, "id"),
                text(node, "url"),
                text(node, "source_domain"),
                text(node, "title"),
                text,
                text(node, "description"),
                text(node, "date_publish"),
                text(node, "date_modify"),
                text(node, "date_download"),
                text(node, "language")));
    }

    /** A scalar field as text; null when absent, null or a container (news-please never nests these fields). */
    private static String text(JsonNode node, String field) {
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
