package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON the cache writes: snake_case rows as PostgREST sends them, ISO timestamps. */
final class CacheJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CacheJson() {
    }

    static String write(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.toString();
    }

    static JsonNode read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // A cache value we wrote ourselves should always parse; keep it visible as text, never crash.
            return MAPPER.getNodeFactory().textNode(text);
        }
    }

    static ObjectNode object(String text) {
        JsonNode node = read(text);
        return node instanceof ObjectNode object ? object : MAPPER.createObjectNode();
    }

    static ObjectNode rowToJson(Object row) {
        return MAPPER.valueToTree(row);
    }

    static <T> T rowFromJson(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a " + type.getSimpleName() + " row: " + e.getOriginalMessage(), e);
        }
    }
}
