package org.findinggood.coachdesk.ui.quickprep.since;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.findinggood.coachdesk.ui.common.json.FieldLabel;
import org.findinggood.coachdesk.ui.common.json.JsonScalars;

/**
 * This week's numbers beside last week's: the numeric fields of {@code activity_counts} and
 * {@code fires_signals} (nested ones by their path, e.g. "influence · score"), each as "value (+change)".
 */
public final class WeekOverWeek {

    private WeekOverWeek() {
    }

    /** "Reflections 5 (+2)" per number of {@code thisWeek} (keys sentence-case); "(new)" where last week had none. */
    public static List<String> lines(JsonNode thisWeek, JsonNode lastWeek) {
        Map<String, Double> now = numbers(thisWeek);
        Map<String, Double> before = numbers(lastWeek);
        List<String> lines = new ArrayList<>();
        now.forEach((name, value) -> {
            Double previous = before.get(name);
            String change = previous == null ? "new" : signed(value - previous);
            lines.add(name + " " + JsonScalars.decimal(value) + " (" + change + ")");
        });
        return lines;
    }

    /** "Score" -> "score" inside a line; "FIRES", "AI" stay as they are. */
    private static String inSentence(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String signed(double delta) {
        if (Math.abs(delta) < 1e-9) {
            return "\u00b10";
        }
        return (delta > 0 ? "+" : "\u2212") + JsonScalars.decimal(Math.abs(delta));
    }

    static Map<String, Double> numbers(JsonNode node) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        collect(node, "", numbers, 0);
        return numbers;
    }

    private static void collect(JsonNode node, String path, Map<String, Double> into, int depth) {
        if (node == null || depth > 2 || into.size() >= 40) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                // keys read as words: "influence_score" -> "Influence score", nested "Influence · score"
                String key = path.isEmpty() ? FieldLabel.of(field.getKey())
                        : path + " \u00b7 " + inSentence(FieldLabel.of(field.getKey()));
                collect(field.getValue(), key, into, depth + 1);
            }
        } else if (!path.isEmpty()) {
            Double value = JsonScalars.finiteNumber(node);
            if (value != null) {
                into.put(path, value);
            }
        }
    }
}
