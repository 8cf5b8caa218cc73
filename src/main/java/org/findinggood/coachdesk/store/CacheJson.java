package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.findinggood.coachdesk.model.ServerTimestampModule;
import java.util.Map;
import org.findinggood.coachdesk.model.KeepsUnknownValues;

/** The JSON the cache writes: snake_case rows as PostgREST sends them, ISO timestamps. */
final class CacheJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // a conflict keeps the server's row as sent: infinity, a space for the T
            .registerModule(new ServerTimestampModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CacheJson() {
    }

    /**
     * Compact JSON text, the same as {@code node.toString()} writes. Written by hand for the common node kinds
     * because a first sync writes some 100,000 JSON columns and {@code toString()} (a generator and a
     * serializer wrapper per call) was half of the cache writer's time; anything unusual goes to Jackson.
     */
    static String write(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        StringBuilder out = new StringBuilder(64);
        append(node, out);
        return out.toString();
    }

    private static void append(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quoted(field.getKey(), out);
                    out.append(':');
                    append(field.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    append(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> quoted(node.textValue(), out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> {
                if (node.isIntegralNumber() || (node.isBigDecimal())) {
                    out.append(node.asText());
                } else if (node.isDouble() && Double.isFinite(node.doubleValue())) {
                    out.append(node.doubleValue());
                } else {
                    out.append(node.toString()); // float, NaN/Infinity: Jackson's own rules
                }
            }
            default -> out.append(node.toString());
        }
    }

    private static void quoted(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
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

    /** The row as PostgREST JSON; an enum value this version does not know is written as the server's text. */
    static ObjectNode rowToJson(Object row) {
        ObjectNode json = MAPPER.valueToTree(row);
        if (row instanceof KeepsUnknownValues kept) {
            kept.unknown().byColumn().forEach(json::put);
        }
        return json;
    }

    static <T> T rowFromJson(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a " + type.getSimpleName() + " row: " + e.getOriginalMessage(), e);
        }
    }
}
