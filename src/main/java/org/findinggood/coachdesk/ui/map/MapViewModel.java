package org.findinggood.coachdesk.ui.map;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.ui.common.TabLoad;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonScalars;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.common.json.JsonTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/**
 * The Map tab: the long view of one client (rolling aggregate, focus history, every check-in).
 * JSON columns become {@link JsonShape}s: the FIRES trajectory is a line chart when it has a time
 * axis and plain data otherwise. Loads off the FX thread; a newer selection wins (generation count).
 */
public final class MapViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MapViewModel.class);
    private static final DateTimeFormatter DAY = DisplayFormats.DAY_MONTH_YEAR;

    private final MapSource source;
    private final TabLoad tabLoad;
    private final JsonShapeRecognizer recognizer;

    private final StringProperty clientEmail = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper hasAggregate = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper coachingStart = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalWeeks = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<JsonShape> permissionEvolution = nothing();
    private final ReadOnlyObjectWrapper<JsonShape> persistentThemes = nothing();
    private final ReadOnlyObjectWrapper<JsonShape> firesTrajectory = nothing();
    private final ReadOnlyObjectWrapper<JsonShape> relationshipMap = nothing();
    private final ReadOnlyObjectWrapper<JsonShape> questionsExplored = nothing();
    private final ReadOnlyObjectWrapper<JsonShape> breakthroughs = nothing();
    private final ObservableList<FocusTimelineItem> focusTimeline = FXCollections.observableArrayList();
    private final ObservableList<EngagementWeek> engagement = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper engagementSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper renderCount = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<RelationshipStatus> relationshipStatus = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper read = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasCheckins = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding noSummary = read.and(hasAggregate.not());
    private final BooleanBinding hasFocusHistory = Bindings.isNotEmpty(focusTimeline);
    private final StringBinding noSummaryNote = Bindings.createStringBinding(() -> noSummary.get()
            ? MapEmptyTexts.noSummary(relationshipStatus.get(), focusTimeline.isEmpty() && !hasCheckins.get())
            : "", noSummary, relationshipStatus, focusTimeline, hasCheckins);
    // one read-only wrapper per list: a wrapper made per call would drop listeners when collected
    private final ObservableList<FocusTimelineItem> focusTimelineView;
    private final ObservableList<EngagementWeek> engagementView;

    public MapViewModel(MapSource source, Tasks tasks, JsonShapeRecognizer recognizer) {
        this.source = source;
        this.tabLoad = new TabLoad(tasks);
        this.recognizer = recognizer;
        focusTimelineView = FXCollections.unmodifiableObservableList(focusTimeline);
        engagementView = FXCollections.unmodifiableObservableList(engagement);
        clientEmail.addListener((obs, old, now) -> load(now, true));
    }

    private static ReadOnlyObjectWrapper<JsonShape> nothing() {
        return new ReadOnlyObjectWrapper<>(new JsonShape.Nothing());
    }

    public StringProperty clientEmailProperty() {
        return clientEmail;
    }

    public void show(String email) {
        clientEmail.set(email);
    }

    public void refresh() {
        load(clientEmail.get(), false);
    }

    private void load(String email, boolean clear) {
        tabLoad.startOver();
        if (clear) {
            clearAll();
        }
        if (email == null || email.isBlank()) {
            tabLoad.idle();
            return;
        }
        tabLoad.run(() -> source.load(email), this::apply, failure -> {
            LOG.warn("The Map could not be read from the cache: {}", failure.getClass().getSimpleName());
            clearAll();
            tabLoad.fail("The Map could not be read from the local cache. Open the client again; if it keeps failing, restart Coach Desk.", failure);
        });
    }

    private void clearAll() {
        hasAggregate.set(false);
        read.set(false);
        hasCheckins.set(false);
        coachingStart.set("");
        totalWeeks.set("");
        for (ReadOnlyObjectWrapper<JsonShape> shape : List.of(permissionEvolution, persistentThemes, firesTrajectory,
                relationshipMap, questionsExplored, breakthroughs)) {
            shape.set(new JsonShape.Nothing());
        }
        focusTimeline.clear();
        engagement.clear();
        engagementSummary.set("");
    }

    private void apply(MapData data) {
        RollingAggregate aggregate = data.aggregate();
        hasAggregate.set(aggregate != null);
        if (aggregate != null) {
            coachingStart.set(aggregate.coachingStart() == null ? MapEmptyTexts.NOT_RECORDED
                    : DAY.format(aggregate.coachingStart()));
            totalWeeks.set(aggregate.totalWeeks() == null ? MapEmptyTexts.NOT_RECORDED
                    : aggregate.totalWeeks() + (aggregate.totalWeeks() == 1 ? " week" : " weeks"));
            permissionEvolution.set(recognizer.recognize(aggregate.permissionEvolution()));
            persistentThemes.set(recognizer.recognize(aggregate.persistentThemes()));
            firesTrajectory.set(recognizer.recognize(aggregate.firesTrajectory()));
            relationshipMap.set(recognizer.recognize(aggregate.relationshipMap()));
            questionsExplored.set(recognizer.recognize(aggregate.questionsExplored()));
            breakthroughs.set(recognizer.recognize(aggregate.breakthroughs()));
        } else {
            // no figures to show: the header gives way to the note saying when they come
            coachingStart.set("");
            totalWeeks.set("");
        }
        focusTimeline.setAll(data.focusHistory().stream().map(FocusTimelineItem::of)
                .sorted(Comparator.comparing(FocusTimelineItem::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(FocusTimelineItem::focus))
                .toList());
        applyEngagement(data.checkins());
        read.set(true);
        renderCount.set(renderCount.get() + 1);
    }

    private void applyEngagement(List<DailyCheckin> checkins) {
        Map<LocalDate, double[]> weeks = new TreeMap<>(); // week start -> {sum, scores, checkins}
        for (DailyCheckin checkin : checkins) {
            if (checkin.checkDate() == null) {
                continue;
            }
            Map<String, Double> scores = JsonTexts.scores(checkin.focusScores());
            LocalDate week = checkin.checkDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            double[] acc = weeks.computeIfAbsent(week, w -> new double[3]);
            for (double score : scores.values()) {
                acc[0] += score;
                acc[1]++;
            }
            acc[2]++;
        }
        List<EngagementWeek> points = new ArrayList<>();
        double sum = 0;
        long count = 0;
        int days = 0;
        for (Map.Entry<LocalDate, double[]> week : weeks.entrySet()) {
            double[] acc = week.getValue();
            days += (int) acc[2];
            if (acc[1] > 0) {
                points.add(new EngagementWeek(week.getKey(), acc[0] / acc[1], (int) acc[2]));
                sum += acc[0];
                count += (long) acc[1];
            }
        }
        engagement.setAll(points);
        hasCheckins.set(days > 0);
        if (days == 0) {
            engagementSummary.set("No check-ins yet. Each daily check-in score the client gives in Together appears here, with the week's average.");
        } else {
            engagementSummary.set(days + (days == 1 ? " check-in" : " check-ins") + " over " + weeks.size()
                    + (weeks.size() == 1 ? " week" : " weeks")
                    + (count == 0 ? "" : ", average score " + JsonScalars.decimal(sum / count)));
        }
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return tabLoad.loadingProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return tabLoad.errorProperty();
    }

    public ReadOnlyStringProperty errorDetailsProperty() {
        return tabLoad.errorDetailsProperty();
    }

    public ReadOnlyBooleanProperty hasAggregateProperty() {
        return hasAggregate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty coachingStartProperty() {
        return coachingStart.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalWeeksProperty() {
        return totalWeeks.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> permissionEvolutionProperty() {
        return permissionEvolution.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> persistentThemesProperty() {
        return persistentThemes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> firesTrajectoryProperty() {
        return firesTrajectory.getReadOnlyProperty();
    }

    /** True when the FIRES trajectory has a time axis and is drawn as a line chart. */
    public boolean firesIsChart() {
        return firesTrajectory.get() instanceof JsonShape.Series;
    }

    public ReadOnlyObjectProperty<JsonShape> relationshipMapProperty() {
        return relationshipMap.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> questionsExploredProperty() {
        return questionsExplored.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JsonShape> breakthroughsProperty() {
        return breakthroughs.getReadOnlyProperty();
    }

    public ObservableList<FocusTimelineItem> focusTimeline() {
        return focusTimelineView;
    }

    public ObservableList<EngagementWeek> engagement() {
        return engagementView;
    }

    public ReadOnlyStringProperty engagementSummaryProperty() {
        return engagementSummary.getReadOnlyProperty();
    }

    /** The relationship's status (the roster's, set by the client area); words the no-summary note. */
    public ObjectProperty<RelationshipStatus> relationshipStatusProperty() {
        return relationshipStatus;
    }

    /** True once the client is read and has no long-term summary: its sections and figures give way to a note. */
    public BooleanBinding noSummary() {
        return noSummary;
    }

    /** Empty while there is a summary; otherwise what will appear and when, for the relationship's status. */
    public StringBinding noSummaryNote() {
        return noSummaryNote;
    }

    public BooleanBinding hasFocusHistory() {
        return hasFocusHistory;
    }

    /** True when the client has sent at least one check-in. */
    public ReadOnlyBooleanProperty hasCheckinsProperty() {
        return hasCheckins.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty renderCountProperty() {
        return renderCount.getReadOnlyProperty();
    }
}
