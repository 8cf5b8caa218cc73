package org.findinggood.coachdesk.ui.common.json;

import java.util.ArrayList;
import java.util.List;
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

/**
 * Any {@link JsonShape} as indented text lines: the text form behind the Markdown and PDF prep
 * sheets. Line count is bounded by the shape's size (itself bounded by the recognizer).
 */
public final class JsonOutline {

    /** One line of text at an indent level; {@code url} is set when the line is a web address. */
    public record OutlineLine(int depth, String text, String url) {
        public OutlineLine(int depth, String text) {
            this(depth, text, null);
        }
    }

    private JsonOutline() {
    }

    public static List<OutlineLine> lines(JsonShape shape) {
        List<OutlineLine> lines = new ArrayList<>();
        append(shape, 0, lines);
        return lines;
    }

    /** A one-line summary when the shape is a scalar, else {@code null}. */
    public static String inline(JsonShape shape) {
        if (shape instanceof Text text) {
            return text.text();
        }
        if (shape instanceof Link link) {
            return link.url();
        }
        if (shape instanceof Nothing) {
            return "—";
        }
        if (shape instanceof Cut cut) {
            return "… (" + cut.reason() + ")";
        }
        if (shape instanceof Chips chips) {
            return String.join(" · ", chips.items()) + more(chips.more(), " · ");
        }
        return null;
    }

    private static void append(JsonShape shape, int depth, List<OutlineLine> lines) {
        String inline = inline(shape);
        if (inline != null) {
            lines.add(new OutlineLine(depth, inline, shape instanceof Link link ? link.url() : null));
            return;
        }
        if (shape instanceof Bullets bullets) {
            bullets.items().forEach(item -> append(item, depth, lines));
            more(bullets.more(), depth, lines);
        } else if (shape instanceof Bars bars) {
            for (Bar bar : bars.bars()) {
                lines.add(new OutlineLine(depth, bar.label() + ": " + JsonScalars.decimal(bar.value()) + note(bar.note())));
            }
            more(bars.more(), depth, lines);
        } else if (shape instanceof Scores scores) {
            String scale = JsonScalars.decimal(scores.scale());
            for (Score row : scores.rows()) {
                lines.add(new OutlineLine(depth,
                        row.label() + ": " + JsonScalars.decimal(row.score()) + " / " + scale + note(row.note())));
            }
            more(scores.more(), depth, lines);
        } else if (shape instanceof Questions questions) {
            questions.questions().forEach(q -> lines.add(new OutlineLine(depth, q)));
            more(questions.more(), depth, lines);
        } else if (shape instanceof Timeline timeline) {
            for (Moment moment : timeline.moments()) {
                lines.add(new OutlineLine(depth, momentText(moment)));
            }
            more(timeline.more(), depth, lines);
        } else if (shape instanceof Series series) {
            for (int x = 0; x < series.xLabels().size(); x++) {
                List<String> parts = new ArrayList<>();
                for (Line line : series.lines()) {
                    Double value = line.values().get(x);
                    parts.add(line.name() + " " + (value == null ? "—" : JsonScalars.decimal(value)));
                }
                lines.add(new OutlineLine(depth, series.xLabels().get(x) + ": " + String.join(", ", parts)));
            }
            more(series.more(), depth, lines);
        } else if (shape instanceof Fields fields) {
            appendFields(fields, depth, lines);
        } else if (shape instanceof Cards cards) {
            for (Fields card : cards.cards()) {
                List<OutlineLine> cardLines = new ArrayList<>();
                appendFields(card, depth + 1, cardLines);
                if (cardLines.isEmpty()) {
                    continue;
                }
                // the card's first line is its bullet, the rest hang under it
                OutlineLine first = cardLines.get(0);
                lines.add(new OutlineLine(depth, first.text(), first.url()));
                lines.addAll(cardLines.subList(1, cardLines.size()));
            }
            more(cards.more(), depth, lines);
        }
    }

    private static void appendFields(Fields fields, int depth, List<OutlineLine> lines) {
        for (Field field : fields.fields()) {
            String inline = inline(field.value());
            if (inline != null) {
                String url = field.value() instanceof Link link ? link.url() : null;
                lines.add(new OutlineLine(depth, field.label() + ": " + inline, url));
            } else {
                lines.add(new OutlineLine(depth, field.label() + ":"));
                append(field.value(), depth + 1, lines);
            }
        }
        more(fields.more(), depth, lines);
    }

    public static String momentText(Moment moment) {
        StringBuilder text = new StringBuilder(moment.date());
        if (!moment.title().isEmpty()) {
            text.append(" — ").append(moment.title());
        }
        if (!moment.description().isEmpty()) {
            text.append(moment.title().isEmpty() ? " — " : ": ").append(moment.description());
        }
        return text.toString();
    }

    private static String note(String note) {
        return note.isEmpty() ? "" : " (" + note + ")";
    }

    private static void more(int more, int depth, List<OutlineLine> lines) {
        if (more > 0) {
            lines.add(new OutlineLine(depth, "+" + more + " more"));
        }
    }

    private static String more(int more, String separator) {
        return more > 0 ? separator + "+" + more + " more" : "";
    }
}
