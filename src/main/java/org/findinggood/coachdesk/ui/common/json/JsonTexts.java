package org.findinggood.coachdesk.ui.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads short texts out of any JSON for places that need plain items: theme chips, question
 * checklists, focus items, check-in scores. Every item keeps its other scalar fields as a detail,
 * so reading never hides data. Bounded like the recognizer.
 */
public final class JsonTexts {

    /** One item: its label, and the rest of it as a readable detail (empty when none). */
    public record LabelledText(String label, String detail) {
    }

    private static final int MAX_TEXT = 600;
    private static final List<String> LABEL_KEYS = List.of("theme", "pattern", "question", "text", "focus",
            "focus_name", "name", "title", "label", "thread", "element", "item", "topic", "summary", "what");
    private static final List<String> COUNT_KEYS = List.of("count", "mentions", "frequency", "times");
    private static final Set<String> SCORE_KEYS = Set.of("score", "rating", "value", "level");

    private JsonTexts() {
    }

    /**
     * Items of a list (strings, or objects named by theme/pattern/question/text/focus/name/title...),
     * the fields of an object ("Key: value"), or a single scalar. At most {@code max} items.
     */
    public static List<LabelledText> items(JsonNode node, int max) {
        List<LabelledText> items = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return items;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size() && items.size() < max; i++) {
                LabelledText item = item(node.get(i));
                if (item != null) {
                    items.add(item);
                }
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext() && items.size() < max) {
                Map.Entry<String, JsonNode> field = fields.next();
                String value = compact(field.getValue());
                if (!value.isEmpty()) {
                    items.add(new LabelledText(FieldLabel.of(field.getKey()) + ": " + value, ""));
                }
            }
        } else {
            LabelledText item = item(node);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** How many items {@link #items} would find without a cap (for "+N more"). */
    public static int itemCount(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return 0;
        }
        return node.isContainerNode() ? node.size() : 1;
    }

    private static LabelledText item(JsonNode item) {
        if (item == null || item.isNull()) {
            return null;
        }
        if (item.isValueNode()) {
            String text = FieldLabel.ofValue(JsonScalars.text(item, MAX_TEXT));
            return text.isEmpty() ? null : new LabelledText(text, "");
        }
        if (item.isArray()) {
            String text = compact(item);
            return text.isEmpty() ? null : new LabelledText(text, "");
        }
        String labelKey = null;
        for (String key : LABEL_KEYS) {
            JsonNode value = item.get(key);
            if (value != null && value.isValueNode() && !JsonScalars.text(value, MAX_TEXT).isEmpty()) {
                labelKey = key;
                break;
            }
        }
        if (labelKey == null) {
            String text = compact(item);
            return text.isEmpty() ? null : new LabelledText(text, "");
        }
        String label = FieldLabel.ofValue(JsonScalars.text(item.get(labelKey), MAX_TEXT));
        List<String> details = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(labelKey)) {
                continue;
            }
            String value = compact(field.getValue());
            if (value.isEmpty()) {
                continue;
            }
            if (COUNT_KEYS.contains(field.getKey()) && field.getValue().isNumber()) {
                label = label + " ×" + value;
            } else {
                details.add(FieldLabel.of(field.getKey()) + ": " + value);
            }
        }
        return new LabelledText(label, String.join(" · ", details));
    }

    /** A short one-line text for any value: scalars as they read, containers as "a, b; K: v". */
    public static String compact(JsonNode node) {
        StringBuilder out = new StringBuilder();
        compact(node, out, 0);
        return JsonScalars.cut(out.toString().strip(), MAX_TEXT);
    }

    private static void compact(JsonNode node, StringBuilder out, int depth) {
        if (node == null || node.isNull() || out.length() > MAX_TEXT) {
            return;
        }
        if (depth > 4) {
            out.append('…');
            return;
        }
        if (node.isValueNode()) {
            out.append(JsonScalars.text(node, MAX_TEXT));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size() && out.length() <= MAX_TEXT; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                compact(node.get(i), out, depth + 1);
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean first = true;
            while (fields.hasNext() && out.length() <= MAX_TEXT) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(first ? "" : "; ").append(FieldLabel.of(field.getKey())).append(": ");
                compact(field.getValue(), out, depth + 1);
                first = false;
            }
        }
    }

    /**
     * Scores per focus item from {@code daily_checkins.focus_scores}: [{focus, score}] as the seed says,
     * or {"focus": score}; a score may be a number or a number in text ("3"). Items without a finite
     * score are skipped. Insertion order kept.
     */
    public static Map<String, Double> scores(JsonNode node) {
        Map<String, Double> scores = new LinkedHashMap<>();
        if (node == null) {
            return scores;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size() && i < 200; i++) {
                JsonNode item = node.get(i);
                if (item == null || !item.isObject()) {
                    continue;
                }
                String focus = null;
                Double score = null;
                Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String key = field.getKey().toLowerCase(Locale.ROOT);
                    if (SCORE_KEYS.contains(key) && score == null) {
                        score = JsonScalars.score(field.getValue());
                    } else if (focus == null && field.getValue().isTextual() && LABEL_KEYS.contains(key)) {
                        focus = JsonScalars.cut(field.getValue().textValue().strip(), 200);
                    }
                }
                if (focus != null && !focus.isEmpty() && score != null) {
                    scores.put(focus, score);
                }
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            int seen = 0;
            while (fields.hasNext() && seen++ < 200) {
                Map.Entry<String, JsonNode> field = fields.next();
                Double score = JsonScalars.score(field.getValue());
                if (score != null) {
                    scores.put(JsonScalars.cut(field.getKey().strip(), 200), score);
                }
            }
        }
        return scores;
    }
}
