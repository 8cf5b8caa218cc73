package org.findinggood.coachdesk.ui.common.json;

import java.util.List;

/**
 * What a JSON value looks like to a reader, decided once by {@link JsonShapeRecognizer} and then
 * drawn by any renderer (JavaFX nodes, Markdown, plain outline). Pure data: no {@code Node}s.
 * Every list-bearing shape carries {@code more}: how many items were left out to keep work bounded.
 */
public sealed interface JsonShape {

    /** Number of shape elements in this tree (itself included); bounded by the recognizer's budget. */
    int size();

    /** null, missing, empty string, empty list or empty object. */
    record Nothing() implements JsonShape {
        public int size() {
            return 1;
        }
    }

    /** A string, number or boolean, already formatted for reading. */
    record Text(String text) implements JsonShape {
        public int size() {
            return 1;
        }
    }

    /** An http(s) address, shown as a hyperlink. */
    record Link(String url) implements JsonShape {
        public int size() {
            return 1;
        }
    }

    /** Work stopped here: nesting too deep or the budget spent. */
    record Cut(String reason) implements JsonShape {
        public int size() {
            return 1;
        }
    }

    /** A list of short scalars, shown as chips. */
    record Chips(List<String> items, int more) implements JsonShape {
        public int size() {
            return 1 + items.size();
        }
    }

    /** A list of anything else, shown as bullets. */
    record Bullets(List<JsonShape> items, int more) implements JsonShape {
        public int size() {
            return 1 + items.stream().mapToInt(JsonShape::size).sum();
        }
    }

    /** Label to count: {"predict": 3, ...} or [{theme, count}], shown as a small bar chart. */
    record Bars(List<Bar> bars, int more) implements JsonShape {
        public int size() {
            return 1 + bars.size();
        }

        public double max() {
            return bars.stream().mapToDouble(Bar::value).filter(Double::isFinite).max().orElse(0);
        }
    }

    /** One bar; {@code note} holds the item's other fields ("Trend: rising"), empty when none. */
    record Bar(String label, double value, String note) {
        public Bar(String label, double value) {
            this(label, value, "");
        }
    }

    /** [{focus, score}]: one row per item with its score. */
    record Scores(List<Score> rows, int more) implements JsonShape {
        public int size() {
            return 1 + rows.size();
        }

        /** The scale the scores are on: 5 or 10 when every score fits, else the largest score. */
        public double scale() {
            double max = rows.stream().mapToDouble(Score::score).filter(Double::isFinite).max().orElse(0);
            if (max <= 5) {
                return 5;
            }
            return max <= 10 ? 10 : max;
        }
    }

    /** One score row; {@code note} holds the item's other fields (evidence, notes), empty when none. */
    record Score(String label, double score, String note) {
        public Score(String label, double score) {
            this(label, score, "");
        }
    }

    /** [{question}]: a numbered list of questions. */
    record Questions(List<String> questions, int more) implements JsonShape {
        public int size() {
            return 1 + questions.size();
        }
    }

    /** [{title, description, date}]: dated moments in order. */
    record Timeline(List<Moment> moments, int more) implements JsonShape {
        public int size() {
            return 1 + moments.size();
        }
    }

    /** One dated moment; any part may be empty but not all of them. */
    record Moment(String date, String title, String description) {
    }

    /** Numbers over a time axis (weeks or dates): a line chart. */
    record Series(String axisLabel, List<String> xLabels, List<Line> lines, int more) implements JsonShape {
        public int size() {
            return 1 + xLabels.size() * Math.max(1, lines.size());
        }
    }

    /** One line of a {@link Series}; {@code null} where a point has no value. */
    record Line(String name, List<Double> values) {
    }

    /** An object: labelled fields. */
    record Fields(List<Field> fields, int more) implements JsonShape {
        public int size() {
            return 1 + fields.stream().mapToInt(f -> f.value().size()).sum();
        }
    }

    record Field(String label, JsonShape value) {
    }

    /** A list of objects: one card per object. */
    record Cards(List<Fields> cards, int more) implements JsonShape {
        public int size() {
            return 1 + cards.stream().mapToInt(Fields::size).sum();
        }
    }
}
