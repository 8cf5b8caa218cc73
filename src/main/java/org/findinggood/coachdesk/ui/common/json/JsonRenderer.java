package org.findinggood.coachdesk.ui.common.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
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
 * Builds JavaFX controls for a {@link JsonShape}: chips, bullets, labelled fields, cards, small
 * bar charts, score rows, timelines and line charts. Colours come from the stylesheet
 * ({@code json.css}, AtlantaFX looked-up colours), never from Java. Call on the FX thread.
 */
public final class JsonRenderer {

    private static final String STYLESHEET =
            Objects.requireNonNull(JsonRenderer.class.getResource("json.css")).toExternalForm();

    private final JsonShapeRecognizer recognizer;
    private final LinkOpener linkOpener;

    public JsonRenderer(JsonShapeRecognizer recognizer, LinkOpener linkOpener) {
        this.recognizer = recognizer;
        this.linkOpener = linkOpener;
    }

    public JsonShapeRecognizer recognizer() {
        return recognizer;
    }

    /** Recognises and renders any JSON value (null included). */
    public Node render(JsonNode json) {
        return render(recognizer.recognize(json));
    }

    public Node render(JsonShape shape) {
        VBox root = new VBox(node(shape));
        root.getStyleClass().add("json-view");
        root.getStylesheets().add(STYLESHEET);
        return root;
    }

    private Node node(JsonShape shape) {
        if (shape instanceof Nothing) {
            return muted("—");
        } else if (shape instanceof Text text) {
            return wrapped(text.text());
        } else if (shape instanceof Link link) {
            return link(link.url());
        } else if (shape instanceof Cut cut) {
            return muted("… " + cut.reason());
        } else if (shape instanceof Chips chips) {
            return chips(chips);
        } else if (shape instanceof Bullets bullets) {
            return bullets(bullets);
        } else if (shape instanceof Bars bars) {
            return bars(bars);
        } else if (shape instanceof Scores scores) {
            return scores(scores);
        } else if (shape instanceof Questions questions) {
            return questions(questions);
        } else if (shape instanceof Timeline timeline) {
            return timeline(timeline);
        } else if (shape instanceof Series series) {
            return series(series);
        } else if (shape instanceof Fields fields) {
            return fields(fields);
        } else if (shape instanceof Cards cards) {
            return cards(cards);
        }
        return muted(String.valueOf(shape));
    }

    private Node chips(Chips chips) {
        FlowPane pane = new FlowPane(6, 6);
        for (String item : chips.items()) {
            Label chip = new Label(item);
            chip.getStyleClass().add("json-chip");
            pane.getChildren().add(chip);
        }
        addMore(pane, chips.more());
        return pane;
    }

    private Node bullets(Bullets bullets) {
        VBox box = new VBox(4);
        for (JsonShape item : bullets.items()) {
            Label dot = new Label("•");
            dot.getStyleClass().add("json-bullet");
            Node content = node(item);
            HBox row = new HBox(6, dot, content);
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(row);
        }
        addMore(box, bullets.more());
        return box;
    }

    private Node bars(Bars bars) {
        GridPane grid = barGrid();
        double max = bars.max();
        int row = 0;
        for (Bar bar : bars.bars()) {
            addBarRow(grid, row++, bar.label(), bar.value(), max, JsonScalars.decimal(bar.value()), bar.note());
        }
        addMore(grid, bars.more(), row);
        grid.getStyleClass().add("json-bars");
        return grid;
    }

    private Node scores(Scores scores) {
        GridPane grid = barGrid();
        double scale = scores.scale();
        int row = 0;
        for (Score score : scores.rows()) {
            addBarRow(grid, row++, score.label(), score.score(), scale,
                    JsonScalars.decimal(score.score()) + " / " + JsonScalars.decimal(scale), score.note());
        }
        addMore(grid, scores.more(), row);
        grid.getStyleClass().add("json-scores");
        return grid;
    }

    private static GridPane barGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setMaxWidth(240);
        ColumnConstraints bar = new ColumnConstraints(60, 140, 200);
        bar.setHgrow(Priority.NEVER);
        ColumnConstraints note = new ColumnConstraints();
        note.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, bar, new ColumnConstraints(), note);
        return grid;
    }

    private static void addBarRow(GridPane grid, int row, String label, double value, double max, String valueText,
                                  String note) {
        Label name = new Label(label);
        name.setWrapText(true);
        // short labels never wrap mid-word; long ones wrap from a readable width
        name.setMinWidth(label.length() <= 24 ? Region.USE_PREF_SIZE : 120);
        ProgressBar bar = new ProgressBar(max > 0 && value > 0 ? Math.min(1, value / max) : 0);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("json-bar");
        bar.setAccessibleText(label + " " + valueText);
        Label number = new Label(valueText);
        number.getStyleClass().add("json-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        if (note.isEmpty()) {
            grid.addRow(row, name, bar, number);
        } else {
            Label detail = new Label(note);
            detail.setWrapText(true);
            detail.getStyleClass().add("json-muted");
            grid.addRow(row, name, bar, number, detail);
        }
    }

    private Node questions(Questions questions) {
        VBox box = new VBox(4);
        int number = 1;
        for (String question : questions.questions()) {
            box.getChildren().add(wrapped(number++ + ". " + question));
        }
        addMore(box, questions.more());
        return box;
    }

    private Node timeline(Timeline timeline) {
        VBox box = new VBox(6);
        for (Moment moment : timeline.moments()) {
            Label date = new Label(moment.date());
            date.getStyleClass().add("json-date");
            // whole ("Week 10 · 14 Oct"): a fixed 90 px cut the date off
            date.setMinWidth(Region.USE_PREF_SIZE);
            VBox body = new VBox(2);
            if (!moment.title().isEmpty()) {
                Label title = wrapped(moment.title());
                title.getStyleClass().add("json-title");
                body.getChildren().add(title);
            }
            if (!moment.description().isEmpty()) {
                body.getChildren().add(wrapped(moment.description()));
            }
            HBox row = new HBox(10, date, body);
            row.getStyleClass().add("json-moment");
            HBox.setHgrow(body, Priority.ALWAYS);
            box.getChildren().add(row);
        }
        addMore(box, timeline.more());
        return box;
    }

    private Node series(Series series) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(series.axisLabel());
        NumberAxis y = new NumberAxis();
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setPrefHeight(240);
        chart.setMinHeight(180);
        chart.getStyleClass().add("json-series");
        List<String> categories = TimeAxisLabels.distinctKeys(series.xLabels());
        for (Line line : series.lines()) {
            XYChart.Series<String, Number> data = new XYChart.Series<>();
            data.setName(line.name());
            for (int i = 0; i < categories.size(); i++) {
                Double value = line.values().get(i);
                if (value != null) {
                    data.getData().add(new XYChart.Data<>(categories.get(i), value));
                }
            }
            chart.getData().add(data);
        }
        if (series.more() <= 0) {
            return chart;
        }
        VBox box = new VBox(chart);
        addMore(box, series.more());
        return box;
    }

    private Node fields(Fields fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setMaxWidth(200);
        // never narrower than the labels' words ("Na/m/e" wrapped letter by letter beside a long value)
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value);
        int row = 0;
        for (Field field : fields.fields()) {
            Label name = new Label(field.label());
            name.getStyleClass().add("json-field-label");
            name.setWrapText(true);
            grid.addRow(row++, name, node(field.value()));
        }
        addMore(grid, fields.more(), row);
        grid.getStyleClass().add("json-fields");
        return grid;
    }

    private Node cards(Cards cards) {
        VBox box = new VBox(8);
        for (Fields card : cards.cards()) {
            VBox frame = new VBox(fields(card));
            frame.getStyleClass().add("json-card");
            frame.setPadding(new Insets(8));
            box.getChildren().add(frame);
        }
        addMore(box, cards.more());
        return box;
    }

    private Hyperlink link(String url) {
        Hyperlink link = new Hyperlink(url);
        link.setWrapText(true);
        link.getStyleClass().add("json-link");
        link.setOnAction(event -> linkOpener.open(url));
        return link;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("json-muted");
        return label;
    }

    private static void addMore(javafx.scene.layout.Pane pane, int more) {
        if (more > 0) {
            pane.getChildren().add(muted("+" + more + " more"));
        }
    }

    private static void addMore(GridPane grid, int more, int row) {
        if (more > 0) {
            grid.add(muted("+" + more + " more"), 0, row, 2, 1);
        }
    }
}
