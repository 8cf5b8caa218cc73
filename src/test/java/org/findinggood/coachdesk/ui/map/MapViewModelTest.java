package org.findinggood.coachdesk.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonOutline;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.junit.jupiter.api.Test;

class MapViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EMAIL = "ana@example.com";

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static RollingAggregate aggregate(String fires) {
        return new RollingAggregate(UUID.randomUUID(), EMAIL, null, LocalDate.of(2025, 9, 1), 20,
                json("[{\"week\": 1, \"permission\": \"I may ask\"}, {\"week\": 9, \"permission\": \"I may rest\"}]"),
                json("[\"rest\", \"voice\"]"), json(fires),
                json("[{\"name\": \"Sam\", \"role\": \"manager\", \"note\": \"supportive\", \"tags\": [\"work\"]}]"),
                json("[{\"question\": \"What would rest look like?\", \"week\": 3}]"),
                json("[{\"week\": 6, \"date\": \"2025-10-08\", \"summary\": \"Said no to the offsite\"}]"), null);
    }

    private static final List<FocusHistoryEntry> FOCUS = List.of(
            new FocusHistoryEntry(UUID.randomUUID(), EMAIL, "Walk daily", LocalDate.of(2025, 10, 1), null, null, null),
            new FocusHistoryEntry(UUID.randomUUID(), EMAIL, "Figure out: walking", LocalDate.of(2025, 9, 1),
                    LocalDate.of(2025, 10, 1), "Walk daily", FocusEndReason.EVOLVED),
            new FocusHistoryEntry(UUID.randomUUID(), EMAIL, "Journal", LocalDate.of(2025, 9, 8),
                    LocalDate.of(2025, 11, 1), null, FocusEndReason.PAUSED),
            new FocusHistoryEntry(UUID.randomUUID(), EMAIL, "Read", LocalDate.of(2025, 9, 9),
                    LocalDate.of(2025, 11, 2), null, FocusEndReason.UNKNOWN));

    private static DailyCheckin checkin(LocalDate day, String scores) {
        return new DailyCheckin(UUID.randomUUID(), EMAIL, null, day, json(scores), null);
    }

    private static final List<DailyCheckin> CHECKINS = List.of(
            checkin(LocalDate.of(2025, 9, 2), "[{\"focus\": \"a\", \"score\": 2}, {\"focus\": \"b\", \"score\": 4}]"),
            checkin(LocalDate.of(2025, 9, 4), "[{\"focus\": \"a\", \"score\": 3}]"),
            checkin(LocalDate.of(2025, 9, 9), "[{\"focus\": \"a\", \"score\": 5}]"),
            checkin(LocalDate.of(2025, 9, 10), "[]"));

    private MapViewModel model(MapSource source) {
        return new MapViewModel(source, Tasks.sameThread(), new JsonShapeRecognizer());
    }

    @Test
    void firesTrajectoryWithATimeAxisIsAChart() {
        MapViewModel model = model(email -> new MapData(email, aggregate(
                "[{\"month\": \"2025-09\", \"feelings\": 2, \"influence\": 3}, {\"month\": \"2025-10\", \"feelings\": 4, \"influence\": 3}]"),
                FOCUS, CHECKINS));
        model.show(EMAIL);

        assertThat(model.coachingStartProperty().get()).isEqualTo("1 Sep 2025");
        assertThat(model.totalWeeksProperty().get()).isEqualTo("20 weeks");
        assertThat(model.firesIsChart()).isTrue();
        JsonShape.Series fires = (JsonShape.Series) model.firesTrajectoryProperty().get();
        assertThat(fires.xLabels()).containsExactly("Sep 2025", "Oct 2025");
        assertThat(fires.lines()).extracting(JsonShape.Line::name).containsExactly("Feelings", "Influence");
        assertThat(JsonOutline.lines(model.permissionEvolutionProperty().get())).extracting(JsonOutline.OutlineLine::text)
                .containsExactly("Week 1 — I may ask", "Week 9 — I may rest");
        assertThat(model.persistentThemesProperty().get()).isEqualTo(new JsonShape.Chips(List.of("rest", "voice"), 0));
        assertThat(model.relationshipMapProperty().get()).isInstanceOf(JsonShape.Cards.class);
        assertThat(JsonOutline.lines(model.breakthroughsProperty().get())).extracting(JsonOutline.OutlineLine::text)
                .containsExactly("Week 6 · 8 Oct 2025 — Said no to the offsite");
    }

    @Test
    void firesTrajectoryWithoutATimeAxisIsShownAsData() {
        MapViewModel model = model(email -> new MapData(email,
                aggregate("{\"feelings\": \"more named\", \"influence\": \"growing\"}"), FOCUS, CHECKINS));
        model.show(EMAIL);
        assertThat(model.firesIsChart()).isFalse();
        assertThat(JsonOutline.lines(model.firesTrajectoryProperty().get())).extracting(JsonOutline.OutlineLine::text)
                .containsExactly("Feelings: more named", "Influence: growing");
    }

    @Test
    void focusHistoryIsATimelineWithReasonsAndWhatItBecame() {
        MapViewModel model = model(email -> new MapData(email, null, FOCUS, List.of()));
        model.show(EMAIL);
        assertThat(model.focusTimeline()).extracting(FocusTimelineItem::focus)
                .containsExactly("Figure out: walking", "Journal", "Read", "Walk daily");
        FocusTimelineItem evolved = model.focusTimeline().get(0);
        assertThat(evolved.state()).isEqualTo("Evolved");
        assertThat(evolved.outcome()).isEqualTo("evolved into “Walk daily”");
        assertThat(evolved.period()).isEqualTo("1 Sep 2025 – 1 Oct 2025");
        assertThat(model.focusTimeline().get(1).state()).isEqualTo("Paused");
        assertThat(model.focusTimeline().get(2).state()).isEqualTo("Ended");
        assertThat(model.focusTimeline().get(3).state()).isEqualTo("Active");
        assertThat(model.focusTimeline().get(3).period()).isEqualTo("1 Oct 2025 – now");
        assertThat(model.hasAggregateProperty().get()).isFalse();
        // no summary: no figures, and a note that does not point at the (empty) check-ins
        assertThat(model.coachingStartProperty().get()).isEmpty();
        assertThat(model.engagementSummaryProperty().get()).startsWith("No check-ins yet. Each daily check-in score");
        assertThat(model.noSummary().get()).isTrue();
        assertThat(model.noSummaryNote().get()).startsWith("No long-term summary yet: the client's FIRES trajectory")
                .doesNotContain("below").doesNotContain("server");
    }

    @Test
    void aClientWithNothingToMapIsToldWhatWillAppearAndWhen() {
        MapViewModel model = model(email -> new MapData(email, null, List.of(), List.of()));
        assertThat(model.noSummary().get()).as("nothing read yet: no note").isFalse();
        model.relationshipStatusProperty().set(org.findinggood.coachdesk.model.RelationshipStatus.PENDING_COACH_INVITE);
        model.show(EMAIL);

        assertThat(model.noSummary().get()).isTrue();
        assertThat(model.hasFocusHistory().get()).isFalse();
        assertThat(model.hasCheckinsProperty().get()).isFalse();
        assertThat(model.noSummaryNote().get()).isEqualTo("This client has not accepted your invitation yet. Once they"
                + " do, their check-in scores appear here as they send them, their focus items as they set them in"
                + " Together, and the long-term summary (FIRES trajectory, themes, relationships and breakthroughs)"
                + " once Finding Good has built it from their weekly snapshots.");
        model.relationshipStatusProperty().set(org.findinggood.coachdesk.model.RelationshipStatus.ACTIVE);
        assertThat(model.noSummaryNote().get()).startsWith("Nothing to map yet: their check-in scores appear here");
        assertThat(model.coachingStartProperty().get()).isEmpty();
        assertThat(model.totalWeeksProperty().get()).isEmpty();
    }

    @Test
    void engagementAveragesEveryScoreOfEachWeek() {
        MapViewModel model = model(email -> new MapData(email, null, List.of(), CHECKINS));
        model.show(EMAIL);
        assertThat(model.engagement()).containsExactly(
                new EngagementWeek(LocalDate.of(2025, 9, 1), 3.0, 2),
                new EngagementWeek(LocalDate.of(2025, 9, 8), 5.0, 2));
        assertThat(model.engagementSummaryProperty().get()).isEqualTo("4 check-ins over 2 weeks, average score 3.5");
    }

    @Test
    void aFailedReadIsASentence() {
        MapViewModel model = model(email -> {
            throw new IllegalStateException("database disk image is malformed");
        });
        model.show(EMAIL);
        assertThat(model.errorProperty().get()).startsWith("The Map could not be read from the local cache.");
        assertThat(model.errorDetailsProperty().get()).contains("malformed");
    }

    /** Slow first load held on a latch (deterministic race, not timing); the later selection wins. */
    @Test
    void aSlowLoadForThePreviousClientIsDropped() throws Exception {
        ExecutorService background = Executors.newCachedThreadPool();
        ExecutorService ui = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            MapViewModel model = new MapViewModel(email -> {
                if (email.equals("slow@example.com")) {
                    release.await(30, TimeUnit.SECONDS);
                    return new MapData(email, aggregate("[]"), FOCUS, CHECKINS);
                }
                return new MapData(email, null, List.of(), List.of());
            }, new Tasks(background, ui), new JsonShapeRecognizer());
            ui.submit(() -> model.show("slow@example.com")).get();
            ui.submit(() -> model.show("fast@example.com")).get();
            release.countDown();
            background.shutdown();
            assertThat(background.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            ui.submit(() -> { }).get();
            assertThat(ui.submit(() -> model.hasAggregateProperty().get()).get()).isFalse();
            assertThat(ui.submit(() -> model.focusTimeline().size()).get()).isZero();
            assertThat(ui.submit(() -> model.renderCountProperty().get()).get()).isEqualTo(1);
        } finally {
            release.countDown();
            background.shutdownNow();
            ui.shutdownNow();
        }
    }
}
