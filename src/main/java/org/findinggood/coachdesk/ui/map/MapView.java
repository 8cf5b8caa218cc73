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
        Label none = new Label("No long-term summary from the server yet; focus history and check-ins are below.");
        none.setId("mapNoAggregate");
        none.getStyleClass().add("json-muted");
        none.visibleProperty().bind(model.hasAggregateProperty().not().and(model.loadingProperty().not())
                .and(model.clientEmailProperty().isNotEmpty()).and(model.errorProperty().isEmpty()));
        none.managedProperty().bind(none.visibleProperty());
        none.setWrapText(true);
        HBox header = new HBox(10, fieldLabel("Coaching since"), start, fieldLabel("Total"), weeks, loading);
        header.setAlignment(Pos.CENTER_LEFT);
        // the note on a line of its own: beside the figures it was cut, and cut them ("Coaching si…", "T…")
        VBox top = new VBox(4, header, none);
        top.setPadding(new Insets(8, 12, 8, 12));
        setTop(top);

        VBox left = new VBox(12,
                SECTION.of("Permission evolution", shapeHost("mapPermissionEvolution", model.permissionEvolutionProperty(),
                        "How the client's permission statements change")),
                SECTION.of("Focus history", focusTimeline()),
                SECTION.of("Breakthroughs", shapeHost("mapBreakthroughs", model.breakthroughsProperty(),
                        "The client's breakthroughs, week by week,")));
        VBox right = new VBox(12,
                SECTION.of("Persistent themes", shapeHost("mapPersistentThemes", model.persistentThemesProperty(),
                        "Themes that keep coming back")),
                SECTION.of("Relationship map", shapeHost("mapRelationshipMap", model.relationshipMapProperty(),
                        "The people in the client's story")),
                SECTION.of("Questions explored", shapeHost("mapQuestionsExplored", model.questionsExploredProperty(),
                        "The questions explored in sessions")));
        GridPane columns = new GridPane();
        columns.setHgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        columns.getColumnConstraints().addAll(half, half);
        columns.add(left, 0, 0);
        columns.add(right, 1, 0);

        VBox page = new VBox(12,
                SECTION.of("FIRES trajectory", shapeHost("mapFiresTrajectory", model.firesTrajectoryProperty(),
                        "The client's FIRES scores over time")),
                SECTION.of("Engagement: daily check-in scores, weekly average", engagementChart()),
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
                Label none = new Label("No focus history yet");
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
        // fixed range with about eight ticks: auto-ranging repeats the same month label many times
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DAY.format(LocalDate.ofEpochDay(epochDay.longValue()));
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
                x.setLowerBound(first);
                x.setUpperBound(first + span);
                x.setTickUnit(Math.max(7, Math.ceil(span / 8.0 / 7) * 7));
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

    /** A section of the long-term summary; while there is none, {@code what} says what will appear and when. */
    private Node shapeHost(String id, ObservableValue<JsonShape> shape, String what) {
        return new JsonShapePane(id, shape, renderer,
                what + " will appear here once Finding Good has built this client's long-term summary from their weekly snapshots.");
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("json-field-label");
        return label;
    }
}
