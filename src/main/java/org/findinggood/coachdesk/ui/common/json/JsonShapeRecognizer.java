package org.findinggood.coachdesk.ui.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Bar;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Bars;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Bullets;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Cards;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Chips;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Cut;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Field;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Fields;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Line;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Link;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Moment;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Nothing;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Questions;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Score;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Scores;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Series;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Text;
import org.findinggood.coachdesk.ui.common.json.JsonShape.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides how to show any JSON value. The seed gives the JSONB columns no fixed shape, so this
 * reads whatever the server holds: scalars, lists (chips or bullets), objects (labelled fields),
 * lists of objects (cards), and recognises the common shapes for richer display (counts, scores,
 * questions, dated moments, numbers over weeks). A rich shape is chosen only when every key of
 * every item has a place in it, so recognising never hides data.
 *
 * <p>Work is bounded: nesting deeper than {@link Limits#maxDepth()}, lists longer than
 * {@link Limits#maxItems()} and trees larger than {@link Limits#maxElements()} are cut with a
 * visible marker. It never throws.
 */
public final class JsonShapeRecognizer {

    /** Bounds on one recognition; {@link #DEFAULT} suits every tab. */
    public record Limits(int maxDepth, int maxItems, int maxElements, int maxTextLength) {
        public static final Limits DEFAULT = new Limits(6, 200, 4000, 2000);
    }

    static final int CHIP_MAX_LENGTH = 40;
    private static final int MAX_LINES = 12;

    private static final Logger LOG = LoggerFactory.getLogger(JsonShapeRecognizer.class);

    private static final Set<String> LABEL_KEYS = Set.of("focus", "focus_name", "name", "label", "theme", "item",
            "title", "type", "activity", "category", "signal", "pattern", "person", "dimension", "topic", "element");
    private static final Set<String> SCORE_KEYS = Set.of("score", "rating", "value", "level", "strength");
    private static final Set<String> COUNT_KEYS = Set.of("count", "frequency", "mentions", "times",
            "occurrences", "total", "weeks");
    private static final Set<String> TIME_KEYS = Set.of("week", "week_number", "week_start", "date", "period",
            "month", "day", "check_date", "week_of");
    private static final Set<String> MOMENT_DATE_KEYS = Set.of("date", "week", "week_number", "week_start", "at",
            "when", "started_at", "created_at", "period", "month", "day", "since");
    private static final Set<String> MOMENT_TITLE_KEYS = Set.of("title", "name", "theme", "permission", "text",
            "headline", "event", "label", "focus", "summary", "what", "thread", "question");
    private static final Set<String> MOMENT_DESCRIPTION_KEYS = Set.of("description", "detail", "details", "note",
            "notes", "why", "context", "impact", "what_changed", "example", "evidence");
    /** Detail keys whose value reads better with its label in front ("With: Sam"). */
    private static final Set<String> LABELLED_DETAIL_KEYS = Set.of("with", "direction", "source", "who", "trend",
            "role", "status");
    private static final Pattern TIME_LIKE_KEY = Pattern.compile(
            "(?i)(\\d{4}-\\d{2}(-\\d{2})?|\\d{4}-w\\d{1,2}|week[ _-]?\\d{1,4}|w\\d{1,4})");

    private final Limits limits;

    public JsonShapeRecognizer() {
        this(Limits.DEFAULT);
    }

    public JsonShapeRecognizer(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    public JsonShape recognize(JsonNode node) {
        try {
            return new Pass().shape(node, 0);
        } catch (RuntimeException | StackOverflowError e) {
            // Defensive only: every branch is meant to be total. Show a sentence, keep the app running.
            LOG.warn("A JSON value could not be shown ({})", e.toString());
            return new Text("This value could not be shown.");
        }
    }

    /** One recognition with its own element budget. */
    private final class Pass {
        private int budget = limits.maxElements();

        private boolean take() {
            if (budget <= 0) {
                return false;
            }
            budget--;
            return true;
        }

        JsonShape shape(JsonNode node, int depth) {
            if (node == null || node.isNull() || node.isMissingNode()) {
                return new Nothing();
            }
            if (node.isContainerNode() && depth > limits.maxDepth()) {
                return new Cut("nested too deep to show");
            }
            if (!take()) {
                return new Cut("more not shown");
            }
            if (node.isArray()) {
                return array(node, depth);
            }
            if (node.isObject()) {
                return object(node, depth);
            }
            return scalar(node);
        }

        private JsonShape scalar(JsonNode node) {
            String text = JsonScalars.text(node, limits.maxTextLength());
            if (text.isEmpty()) {
                return new Nothing();
            }
            if (node.isTextual() && JsonScalars.isWebAddress(text)) {
                return new Link(text);
            }
            return new Text(text);
        }

        private JsonShape array(JsonNode array, int depth) {
            int total = array.size();
            int considered = Math.min(total, limits.maxItems());
            List<JsonNode> items = new ArrayList<>(considered);
            boolean allScalars = true;
            boolean allObjects = true;
            for (int i = 0; i < considered; i++) {
                JsonNode item = array.get(i);
                if (item == null || item.isNull() || item.isMissingNode()) {
                    continue;
                }
                items.add(item);
                allScalars &= item.isValueNode();
                allObjects &= item.isObject() && item.size() > 0;
            }
            int skipped = total - considered;
            if (items.isEmpty()) {
                return skipped > 0 ? new Bullets(List.of(), skipped) : new Nothing();
            }
            if (allScalars) {
                return scalars(items, skipped);
            }
            if (allObjects) {
                return objects(items, skipped, depth);
            }
            List<JsonShape> bullets = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (budget <= 0) {
                    return new Bullets(bullets, skipped + items.size() - i);
                }
                bullets.add(shape(items.get(i), depth + 1));
            }
            return new Bullets(bullets, skipped);
        }

        private JsonShape scalars(List<JsonNode> items, int skipped) {
            List<String> texts = new ArrayList<>(items.size());
            boolean chips = true;
            for (JsonNode item : items) {
                String text = JsonScalars.text(item, limits.maxTextLength());
                if (text.isEmpty()) {
                    continue;
                }
                texts.add(FieldLabel.ofValue(text));
                chips &= text.length() <= CHIP_MAX_LENGTH && text.indexOf('\n') < 0
                        && !JsonScalars.isWebAddress(text);
            }
            if (texts.isEmpty()) {
                return skipped > 0 ? new Bullets(List.of(), skipped) : new Nothing();
            }
            if (chips) {
                List<String> kept = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    if (!take()) {
                        return new Chips(kept, skipped + texts.size() - i);
                    }
                    kept.add(texts.get(i));
                }
                return new Chips(kept, skipped);
            }
            List<JsonShape> bullets = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (!take()) {
                    return new Bullets(bullets, skipped + texts.size() - i);
                }
                String text = texts.get(i);
                bullets.add(JsonScalars.isWebAddress(text) ? new Link(text) : new Text(text));
            }
            return new Bullets(bullets, skipped);
        }

        private JsonShape objects(List<JsonNode> items, int skipped, int depth) {
            JsonShape rich = series(items, skipped);
            if (rich == null) {
                rich = scores(items, skipped);
            }
            if (rich == null) {
                rich = labelledCounts(items, skipped);
            }
            if (rich == null) {
                rich = questions(items, skipped);
            }
            if (rich == null) {
                rich = timeline(items, skipped);
            }
            if (rich == null) {
                rich = textItems(items, skipped);
            }
            if (rich != null) {
                return rich;
            }
            List<Fields> cards = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!take()) {
                    return new Cards(cards, skipped + items.size() - i);
                }
                cards.add(fields(items.get(i), depth + 1));
            }
            return new Cards(cards, skipped);
        }

        private JsonShape object(JsonNode object, int depth) {
            if (object.size() == 0) {
                return new Nothing();
            }
            JsonShape series = timeKeyedSeries(object);
            if (series != null) {
                return series;
            }
            JsonShape counts = counts(object);
            if (counts != null) {
                return counts;
            }
            return fields(object, depth);
        }

        private Fields fields(JsonNode object, int depth) {
            List<Field> fields = new ArrayList<>();
            int seen = 0;
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (seen >= limits.maxItems() || budget <= 0) {
                    return new Fields(fields, object.size() - seen);
                }
                seen++;
                fields.add(new Field(FieldLabel.of(entry.getKey()), shape(entry.getValue(), depth + 1)));
            }
            return new Fields(fields, 0);
        }

        /** {"predict": 3, "prove": 1}: every value a finite number. */
        private JsonShape counts(JsonNode object) {
            if (object.size() > limits.maxItems()) {
                return null;
            }
            List<Bar> bars = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                Double value = JsonScalars.finiteNumber(entry.getValue());
                if (value == null) {
                    return null;
                }
                bars.add(new Bar(FieldLabel.of(entry.getKey()), value));
            }
            return takeAll(bars.size()) ? new Bars(bars, 0) : null;
        }

        /** [{focus, score}] */
        private JsonShape scores(List<JsonNode> items, int skipped) {
            List<Score> rows = new ArrayList<>();
            for (JsonNode item : items) {
                LabelledNumber row = labelledNumber(item, SCORE_KEYS);
                if (row == null) {
                    return null;
                }
                rows.add(new Score(row.label(), row.number(), row.note()));
            }
            return takeAll(rows.size()) ? new Scores(rows, skipped) : null;
        }

        /** [{theme, count}] */
        private JsonShape labelledCounts(List<JsonNode> items, int skipped) {
            List<Bar> bars = new ArrayList<>();
            for (JsonNode item : items) {
                LabelledNumber row = labelledNumber(item, COUNT_KEYS);
                if (row == null) {
                    return null;
                }
                bars.add(new Bar(row.label(), row.number(), row.note()));
            }
            return takeAll(bars.size()) ? new Bars(bars, skipped) : null;
        }

        /**
         * Exactly one label key (text) and one number key; up to three other scalar keys become the
         * note ("Trend: rising"), so nothing is hidden. Null when the item does not fit.
         */
        private LabelledNumber labelledNumber(JsonNode item, Set<String> numberKeys) {
            if (item.size() < 2 || item.size() > 5) {
                return null;
            }
            String label = null;
            Double number = null;
            List<String> notes = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> entries = item.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                String key = normalise(entry.getKey());
                JsonNode value = entry.getValue();
                if (LABEL_KEYS.contains(key) && value.isTextual() && label == null) {
                    label = FieldLabel.ofValue(JsonScalars.cut(value.textValue().strip(), limits.maxTextLength()));
                } else if (numberKeys.contains(key) && number == null && JsonScalars.finiteNumber(value) != null) {
                    number = JsonScalars.finiteNumber(value);
                } else if (value.isValueNode()) {
                    String text = JsonScalars.text(value, limits.maxTextLength());
                    if (!text.isEmpty()) {
                        notes.add(MOMENT_DESCRIPTION_KEYS.contains(key) ? text : FieldLabel.of(entry.getKey()) + ": " + text);
                    }
                } else {
                    return null;
                }
            }
            return label == null || number == null ? null : new LabelledNumber(label, number, String.join(" · ", notes));
        }

        /** [{question}] */
        private JsonShape questions(List<JsonNode> items, int skipped) {
            List<String> questions = new ArrayList<>();
            for (JsonNode item : items) {
                JsonNode question = item.get("question");
                if (item.size() != 1 || question == null || !question.isTextual()) {
                    return null;
                }
                questions.add(JsonScalars.cut(question.textValue().strip(), limits.maxTextLength()));
            }
            return takeAll(questions.size()) ? new Questions(questions, skipped) : null;
        }

        /** [{text}] */
        private JsonShape textItems(List<JsonNode> items, int skipped) {
            List<JsonShape> bullets = new ArrayList<>();
            for (JsonNode item : items) {
                JsonNode text = item.get("text");
                if (item.size() != 1 || text == null || !text.isValueNode()) {
                    return null;
                }
                bullets.add(scalar(text));
            }
            return takeAll(bullets.size()) ? new Bullets(bullets, skipped) : null;
        }

        /** [{title, description, date}] and kin: every key a date, a title or a description, all scalars. */
        private JsonShape timeline(List<JsonNode> items, int skipped) {
            List<Moment> moments = new ArrayList<>();
            for (JsonNode item : items) {
                List<String> dates = new ArrayList<>();
                String title = null;
                List<String> details = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> entries = item.fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    String key = normalise(entry.getKey());
                    JsonNode value = entry.getValue();
                    if (!value.isValueNode()) {
                        return null;
                    }
                    String text = JsonScalars.text(value, limits.maxTextLength());
                    if (MOMENT_DATE_KEYS.contains(key)) {
                        if (!text.isEmpty()) {
                            dates.add(timeLabel(key, value));
                        }
                    } else if (MOMENT_TITLE_KEYS.contains(key) && title == null) {
                        title = text;
                    } else if (MOMENT_TITLE_KEYS.contains(key) || MOMENT_DESCRIPTION_KEYS.contains(key)) {
                        if (!text.isEmpty()) {
                            details.add(text);
                        }
                    } else if (LABELLED_DETAIL_KEYS.contains(key)) {
                        if (!text.isEmpty()) {
                            details.add(FieldLabel.of(entry.getKey()) + ": " + text);
                        }
                    } else {
                        return null;
                    }
                }
                if (dates.isEmpty() || (title == null && details.isEmpty())) {
                    return null;
                }
                moments.add(new Moment(String.join(" · ", dates), title == null ? "" : title,
                        String.join(" — ", details)));
            }
            return takeAll(moments.size()) ? new Timeline(moments, skipped) : null;
        }

        /** [{week: 1, feelings: 3, influence: 4}, ...]: one time key, every other value a number. */
        private JsonShape series(List<JsonNode> items, int skipped) {
            if (items.size() < 2) {
                return null;
            }
            String timeKey = null;
            LinkedHashSet<String> lineKeys = new LinkedHashSet<>();
            List<String> xValues = new ArrayList<>();
            for (JsonNode item : items) {
                String itemTimeKey = null;
                Iterator<Map.Entry<String, JsonNode>> entries = item.fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    String key = normalise(entry.getKey());
                    JsonNode value = entry.getValue();
                    if (TIME_KEYS.contains(key) && itemTimeKey == null
                            && (value.isTextual() || value.isIntegralNumber())) {
                        itemTimeKey = entry.getKey();
                    } else if (value.isNull() || JsonScalars.finiteNumber(value) != null) {
                        lineKeys.add(entry.getKey());
                    } else {
                        return null;
                    }
                }
                if (itemTimeKey == null || (timeKey != null && !timeKey.equals(itemTimeKey))) {
                    return null;
                }
                timeKey = itemTimeKey;
                xValues.add(axisValue(normalise(itemTimeKey), item.get(itemTimeKey)));
            }
            if (lineKeys.isEmpty() || lineKeys.size() > MAX_LINES) {
                return null;
            }
            List<String> xLabels = TimeAxisLabels.of(xValues);
            List<Line> lines = new ArrayList<>();
            for (String lineKey : lineKeys) {
                List<Double> values = new ArrayList<>(items.size());
                for (JsonNode item : items) {
                    values.add(JsonScalars.finiteNumber(item.get(lineKey)));
                }
                lines.add(new Line(FieldLabel.of(lineKey), values));
            }
            return takeAll(xLabels.size() * lines.size())
                    ? new Series(FieldLabel.of(timeKey), xLabels, lines, skipped) : null;
        }

        /** {"2026-01-05": {"feelings": 3}, "2026-01-12": {...}} or {"week_1": 3, "week_2": 4}. */
        private JsonShape timeKeyedSeries(JsonNode object) {
            if (object.size() < 2 || object.size() > limits.maxItems()) {
                return null;
            }
            Map<String, JsonNode> points = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (!TIME_LIKE_KEY.matcher(entry.getKey().strip()).matches()) {
                    return null;
                }
                points.put(entry.getKey(), entry.getValue());
            }
            LinkedHashSet<String> lineKeys = new LinkedHashSet<>();
            boolean plainNumbers = true;
            for (JsonNode value : points.values()) {
                if (value.isObject()) {
                    plainNumbers = false;
                    Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                    while (fields.hasNext()) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        if (!field.getValue().isNull() && JsonScalars.finiteNumber(field.getValue()) == null) {
                            return null;
                        }
                        lineKeys.add(field.getKey());
                    }
                } else if (JsonScalars.finiteNumber(value) == null) {
                    return null;
                }
            }
            boolean mixed = !plainNumbers && points.values().stream().anyMatch(v -> !v.isObject());
            if (mixed || (!plainNumbers && (lineKeys.isEmpty() || lineKeys.size() > MAX_LINES))) {
                return null;
            }
            List<String> xLabels = TimeAxisLabels.of(points.keySet().stream()
                    .map(k -> Character.isDigit(k.strip().charAt(0)) ? k.strip() : FieldLabel.of(k)).toList());
            List<Line> lines = new ArrayList<>();
            if (plainNumbers) {
                lines.add(new Line("Value", points.values().stream().map(JsonScalars::finiteNumber).toList()));
            } else {
                for (String lineKey : lineKeys) {
                    lines.add(new Line(FieldLabel.of(lineKey),
                            points.values().stream().map(v -> JsonScalars.finiteNumber(v.get(lineKey))).toList()));
                }
            }
            return takeAll(xLabels.size() * lines.size()) ? new Series("Period", xLabels, lines, 0) : null;
        }

        private boolean takeAll(int count) {
            if (budget < count) {
                return false;
            }
            budget -= count;
            return true;
        }
    }

    private record LabelledNumber(String label, double number, String note) {
    }

    /** "Week 3" for week numbers, "Since 16 Nov 2026", a date in the app's day style, other text as it is. */
    static String timeLabel(String key, JsonNode value) {
        String text = JsonScalars.text(value, 60);
        if ((key.equals("week") || key.equals("week_number")) && value.isIntegralNumber()) {
            return "Week " + text;
        }
        if (key.equals("since")) {
            return "Since " + text;
        }
        return text;
    }

    /** A point's place on a chart's time axis before {@link TimeAxisLabels} words it: "Week 3", "2026-09-07". */
    private static String axisValue(String key, JsonNode value) {
        if ((key.equals("week") || key.equals("week_number")) && value.isIntegralNumber()) {
            return "Week " + JsonScalars.number(value);
        }
        return value.isTextual() ? JsonScalars.cut(value.textValue().strip(), 60) : JsonScalars.text(value, 60);
    }

    private static String normalise(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
