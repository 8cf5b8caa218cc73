package org.findinggood.coachdesk.ui.map;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.findinggood.coachdesk.ui.common.json.JsonRenderer;
import org.findinggood.coachdesk.ui.common.ErrorLine;
import org.findinggood.coachdesk.ui.common.TabSection;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapePane;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/** The Map tab: builds controls and binds them to {@link MapViewModel}. */
public final class MapView extends BorderPane {

    private static final TabSection SECTION = new TabSection("map", 6, new Insets(10), true);

    private static final String STYLESHEET =
            Objects.requireNonNull(MapView.class.getResource("map.css")).toExternalForm();
    private static final DateTimeFormatter DAY = DisplayFormats.DAY_MONTH_YEAR;
    private static final DateTimeFormatter SHORT_DAY = DisplayFormats.DAY_MONTH;
    /** At most this many dates under the engagement chart: more crowd each other at laptop widths. */
    private static final int MAX_DATE_TICKS = 6;

    private final MapViewModel model;
    private final JsonRenderer renderer;

    public MapView(MapViewModel model, JsonRenderer renderer) {
        this.model = model;
        this.renderer = renderer;
        setId("map");
        getStylesheets().add(STYLESHEET);

        Label start = new Label();
        start.setId("mapCoachingStart");
        start.textProperty().bind(model.coachingStartProperty());
        Label weeks = new Label();
        weeks.setId("mapTotalWeeks");
        weeks.textProperty().bind(model.totalWeeksProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("mapLoading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(model.loadingProperty());
        Label none = new Label();
        none.setId("mapNoAggregate");
        none.textProperty().bind(model.noSummaryNote());
        none.visibleProperty().bind(model.noSummary().and(model.errorProperty().isEmpty()));
        none.managedProperty().bind(none.visibleProperty());
        none.setWrapText(true);
        // a card like the sections it stands in for, at the same margin
        none.getStyleClass().add("map-section");
        none.setPadding(new Insets(10));
        none.setMaxWidth(Double.MAX_VALUE);
        // the figures come with the long-term summary; without it, the note says when
        HBox figures = shownWhen(new HBox(10, fieldLabel("Coaching since"), start, fieldLabel("Total"), weeks),
                model.hasAggregateProperty());
        figures.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(10, figures, loading);
        // without figures, an empty header line would push the note down
        header.managedProperty().bind(model.hasAggregateProperty().or(model.loadingProperty()));
        header.visibleProperty().bind(header.managedProperty());
        header.setAlignment(Pos.CENTER_LEFT);
        // the note on a line of its own: beside the figures it was cut, and cut them ("Coaching si…", "T…")
        VBox top = new VBox(4, header, none);
        top.setPadding(new Insets(8, 12, 8, 12));
        setTop(top);

        VBox left = new VBox(12,
                summarySection("Permission evolution", shapeHost("mapPermissionEvolution",
                        model.permissionEvolutionProperty(), MapEmptyTexts.NO_PERMISSION_EVOLUTION)),
                shownWhen(SECTION.of("Focus history", focusTimeline()),
                        model.noSummary().not().or(model.hasFocusHistory())),
                summarySection("Breakthroughs", shapeHost("mapBreakthroughs", model.breakthroughsProperty(),
                        MapEmptyTexts.NO_BREAKTHROUGHS)));
        VBox right = new VBox(12,
                summarySection("Persistent themes", shapeHost("mapPersistentThemes", model.persistentThemesProperty(),
                        MapEmptyTexts.NO_THEMES)),
                summarySection("Relationship map", shapeHost("mapRelationshipMap", model.relationshipMapProperty(),
                        MapEmptyTexts.NO_RELATIONSHIPS)),
                summarySection("Questions explored", shapeHost("mapQuestionsExplored", model.questionsExploredProperty(),
                        MapEmptyTexts.NO_QUESTIONS)));
        GridPane columns = new GridPane();
        columns.setHgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        columns.getColumnConstraints().addAll(half, half);
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);

        VBox page = new VBox(12,
                summarySection("FIRES trajectory", shapeHost("mapFiresTrajectory", model.firesTrajectoryProperty(),
                        MapEmptyTexts.NO_FIRES)),
                shownWhen(SECTION.of("Engagement: daily check-in scores, weekly average", engagementChart()),
                        model.noSummary().not().or(model.hasCheckinsProperty())),
                columns);
        page.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("mapScroll");
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(ErrorLine.forTab("map", model.errorProperty(), model.errorDetailsProperty(), model::refresh));
    }

    private Node focusTimeline() {
        VBox list = new VBox(8);
        list.setId("mapFocusHistory");
        Runnable rebuild = () -> {
            list.getChildren().clear();
            for (FocusTimelineItem item : model.focusTimeline()) {
                Label state = new Label(item.state());
                state.getStyleClass().addAll("focus-state", "focus-" + item.state().toLowerCase(Locale.ROOT));
                state.setMinWidth(78);
                Label name = new Label(item.focus());
                name.setWrapText(true);
                name.getStyleClass().add("focus-name");
                Label period = new Label(item.period() + (item.outcome().isEmpty() ? "" : " · " + item.outcome()));
                period.setWrapText(true);
                period.getStyleClass().add("json-muted");
                VBox text = new VBox(2, name, period);
                HBox row = new HBox(10, state, text);
                row.getStyleClass().add("focus-row");
                list.getChildren().add(row);
            }
            if (model.focusTimeline().isEmpty()) {
                Label none = new Label(MapEmptyTexts.NO_FOCUS_HISTORY);
                none.setWrapText(true);
                none.getStyleClass().add("json-muted");
                list.getChildren().add(none);
            }
        };
        model.focusTimeline().addListener((ListChangeListener<FocusTimelineItem>) c -> rebuild.run());
        rebuild.run();
        return list;
    }

    private Node engagementChart() {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        // fixed range with at most six dates: auto-ranging repeats the same month label many times
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                // "16 Nov": the year only on the first date and where it changes, so the labels keep apart
                double ticks = (epochDay.doubleValue() - x.getLowerBound()) / x.getTickUnit();
                if (Math.abs(ticks - Math.round(ticks)) > 1e-6) {
                    return ""; // the axis always marks its upper bound, which is room, not a date
                }
                LocalDate day = LocalDate.ofEpochDay(epochDay.longValue());
                LocalDate before = LocalDate.ofEpochDay(epochDay.longValue() - (long) x.getTickUnit());
                boolean first = epochDay.doubleValue() - x.getLowerBound() < 1;
                return (first || before.getYear() != day.getYear() ? DAY : SHORT_DAY).format(day);
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel("Score");
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("mapEngagementChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(220);
        Runnable rebuild = () -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName("Weekly average");
            for (EngagementWeek week : model.engagement()) {
                series.getData().add(new XYChart.Data<>(week.weekStart().toEpochDay(), week.averageScore()));
            }
            // a line needs two weeks: with fewer, the points themselves show the scores
            chart.setCreateSymbols(model.engagement().size() < 3);
            chart.getData().setAll(java.util.List.of(series));
            if (!model.engagement().isEmpty()) {
                long first = model.engagement().get(0).weekStart().toEpochDay();
                long last = model.engagement().get(model.engagement().size() - 1).weekStart().toEpochDay();
                long span = Math.max(7, last - first);
                double unit = Math.max(7, Math.ceil(span / (MAX_DATE_TICKS - 1.0) / 7) * 7);
                x.setTickUnit(unit);
                x.setLowerBound(first);
                // half a tick of room after the last week: its date is centred on it and ran over the border
                x.setUpperBound(first + span + unit / 2);
            }
        };
        model.engagement().addListener((ListChangeListener<EngagementWeek>) c -> rebuild.run());
        rebuild.run();
        // no check-ins: no chart (empty, it drew axes from 1 Jan 70 or the previous client's weeks)
        chart.visibleProperty().bind(Bindings.isNotEmpty(model.engagement()));
        chart.managedProperty().bind(chart.visibleProperty());
        Label summary = new Label();
        summary.setWrapText(true);
        summary.setId("mapEngagementSummary");
        summary.getStyleClass().add("json-muted");
        summary.textProperty().bind(model.engagementSummaryProperty());
        return new VBox(4, summary, chart);
    }

    /** A part of the long-term summary; {@code whenEmpty} says what is missing when the summary leaves it out. */
    private Node shapeHost(String id, ObservableValue<JsonShape> shape, String whenEmpty) {
        return new JsonShapePane(id, shape, renderer, whenEmpty);
    }

    /** A section of the long-term summary: without a summary, the note at the top speaks for all of them. */
    private VBox summarySection(String title, Node content) {
        return shownWhen(SECTION.of(title, content), model.noSummary().not());
    }

    private static <T extends Node> T shownWhen(T node, ObservableValue<Boolean> shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("json-field-label");
        return label;
    }
}
