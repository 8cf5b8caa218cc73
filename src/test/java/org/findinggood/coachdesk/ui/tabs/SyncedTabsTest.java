package org.findinggood.coachdesk.ui.tabs;

import org.findinggood.coachdesk.app.StorePorts;
import org.findinggood.coachdesk.store.CacheStore;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.activities.ActivityRow;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.client.SelectedClient;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The three tabs on data synced from the server: rows with unusual JSONB shapes (scalars where
 * lists are usual, maps, mixed and nested arrays, unicode, nulls) are written into PostgreSQL, pulled
 * by the real sync through the local Supabase stand-in into an encrypted cache, and must reach
 * Quick Prep, Map and Activities as shown text. An activity edited in the Activities tab is pushed
 * by the next sync, lands on the server, and the tab then shows it synced.
 */
@ExtendWith(ApplicationExtension.class)
class SyncedTabsTest {

    private static final String COACH = "synced-tabs@example.org";
    private static final String CLIENT = "ana.lima@example.org";
    private static final String NOTE = SecretsLog.coachNote("Ask how the first lunch break went");
    private static LocalSyncStack stack;
    private static UUID coachId;
    private static UUID relationshipId;
    private static UUID activityId;

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private CacheDatabase cache;
    private LocalSyncStack.SignedIn coach;
    private ClientArea area;

    @BeforeAll
    static void server() throws Exception {
        stack = LocalSyncStack.start();
        coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            c.createStatement().executeUpdate("insert into public.clients (email, name, calendar_link) values ('" + CLIENT
                    + "', 'Ana Lima', 'https://cal.example.com/ana')");
            relationshipId = id(c, "insert into public.coaching_relationships (coach_id, client_email, status, started_at) "
                    + "values (?, '" + CLIENT + "', 'active', now() - interval '200 days') returning id");
            c.createStatement().executeUpdate("insert into public.permissions (client_email, practice, permission, focus) "
                    + "values ('" + CLIENT + "', 'Pause before saying yes', 'I give myself permission to rest', "
                    + "'[{\"name\": \"Rest well\", \"since\": \"2025-12-01\"}, \"Ask for help\", {\"focus\": \"Name one win 🎉\"}]')");
            id(c, "insert into public.weekly_snapshots (client_email, coach_id, week_number, week_start, week_end, "
                    + "activity_counts, themes, language_patterns, fires_signals, exchanges, open_threads, coaching_questions) "
                    + "values ('" + CLIENT + "', ?, 12, current_date - 6, current_date, "
                    + "'{\"predictions\": \"7\", \"validations\": 2, \"nested\": {\"deep\": [1, 2, {\"x\": null}]}}', "
                    + "'[{\"theme\": \"Boundaries\", \"count\": 3}, \"Energy ⚡\", {\"label\": \"Saying no\", \"weight\": 0.5}]', "
                    + "'{\"I should\": 4, \"maybe\": 2}', "
                    + "'[{\"element\": \"feelings\", \"signals\": [\"tired\", \"hopeful\"]}, {\"element\": \"resilience\", \"score\": 4}]', "
                    + "'\"Recognised Sam in stand-up\"', "
                    + "'{}', "
                    + "'[\"What helps you rest?\", {\"question\": \"Where did you hold back?\", \"why\": \"pattern\"}, 42, null]') "
                    + "returning id");
            c.createStatement().executeUpdate("insert into public.daily_checkins (client_email, check_date, focus_scores) values "
                    + "('" + CLIENT + "', current_date - 1, '{\"Rest well\": 4, \"Ask for help\": \"3\"}'), "
                    + "('" + CLIENT + "', current_date - 2, '[{\"focus\": \"Rest well\", \"score\": 5}]'), "
                    + "('" + CLIENT + "', current_date - 40, 'null')");
            id(c, "insert into public.rolling_aggregates (client_email, coach_id, coaching_start, total_weeks, "
                    + "permission_evolution, persistent_themes, fires_trajectory, relationship_map, questions_explored, breakthroughs) "
                    + "values ('" + CLIENT + "', ?, current_date - 200, 28, "
                    + "'[{\"week\": 1, \"permission\": \"to rest\"}, {\"week\": 20, \"permission\": \"to ask for help\"}]', "
                    + "'{\"Boundaries\": {\"weeks\": 12, \"trend\": \"rising\"}}', "
                    + "'[{\"week\": 1, \"feelings\": 2, \"influence\": 3}, {\"week\": 2, \"feelings\": 3, \"influence\": 3}, "
                    + "{\"week\": 3, \"feelings\": 4, \"influence\": 2}]', "
                    + "'{\"manager\": {\"name\": \"Priya Raman\", \"tone\": \"supportive\"}, \"peers\": [\"Sam\", \"Lee\"]}', "
                    + "'\"What would rest look like?\"', "
                    + "'[[{\"date\": \"2025-12-10\", \"what\": \"Said no to a standing meeting\"}]]') returning id");
            c.createStatement().executeUpdate("insert into public.focus_history (client_email, focus_name, started_at, "
                    + "ended_at, evolved_into, reason) values "
                    + "('" + CLIENT + "', 'Rest well', current_date - 60, null, null, null), "
                    + "('" + CLIENT + "', 'Sleep earlier', current_date - 150, current_date - 61, 'Rest well', 'evolved')");
            activityId = id(c, "insert into public.agreed_activities (client_email, coach_id, source, activity_text, status, "
                    + "evidence_entries, coach_notes, visibility) values ('" + CLIENT + "', ?, 'session', "
                    + "'Take a real lunch break twice a week', 'pending', "
                    + "'{\"date\": \"2026-01-20\", \"url\": \"https://docs.example.com/lunch\"}', '" + NOTE + "', 'coach_only') "
                    + "returning id");
        }
    }

    private static UUID id(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                ps.setObject(1, coachId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        }
    }

    @AfterAll
    static void stopServer() {
        stack.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("synced-tabs");
        cache = LocalSyncStack.openCache(dir.resolve("synced.db"), SecretsLog.randomCacheKey());
        coach = stack.signIn(COACH);
        coach.sync(cache, SyncSettings.standard()).run(SyncProgress.NONE);

        area = ClientArea.build(new StorePorts(new CacheStore(cache)).clientArea(), Tasks.onFxThread(workers), Clock.systemDefaultZone(),
                url -> { }, Platform::runLater);
        stage.setScene(new Scene(area.view(), 1280, 860));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        // the edit test changes the server row; each test starts from the seeded state
        try (Connection c = stack.sql();
             PreparedStatement ps = c.prepareStatement("update public.agreed_activities set status = 'pending' where id = ?")) {
            ps.setObject(1, activityId);
            ps.executeUpdate();
        }
        area.close();
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        cache.close();
    }

    private void select(FxRobot robot) throws Exception {
        awaitRender(robot, () -> area.quickPrep().renderCountProperty().get(), () -> area.model().selectedProperty().set(
                new SelectedClient(relationshipId, coachId, CLIENT, "Ana Lima", RelationshipStatus.ACTIVE,
                        "https://cal.example.com/ana", null)));
    }

    private void awaitRender(FxRobot robot, IntSupplier renders, Runnable action) throws Exception {
        int before = renders.getAsInt();
        robot.interact(action);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> renders.getAsInt() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every text shown under the node (labels, buttons, check boxes, chart-free text nodes). */
    private static List<String> texts(FxRobot robot, String query) {
        List<String> found = new ArrayList<>();
        collect(robot.lookup(query).query(), found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            found.add(labeled.getText());
        } else if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            found.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static String joined(List<String> texts) {
        return String.join(" | ", texts);
    }

    @Test
    void unusualServerJsonReachesQuickPrepMapAndActivitiesAsShownValues(FxRobot robot) throws Exception {
        select(robot);
        String prep = joined(texts(robot, "#quickPrep"));
        assertThat(prep).contains("I give myself permission to rest", "Pause before saying yes",
                "Rest well", "Ask for help", "Name one win 🎉",
                "Boundaries", "Energy ⚡", "Saying no", "I should",
                "tired", "hopeful", "Recognised Sam in stand-up",
                "What helps you rest?", "Where did you hold back?", "1 pending activity", "Week 12");
        LocalDate today = LocalDate.now();
        assertThat(robot.lookup("#quickPrepCheckins .score-cell").queryAllAs(Label.class)).extracting(Label::getAccessibleText)
                .contains("Rest well " + today.minusDays(1) + ": 4", "Ask for help " + today.minusDays(1) + ": 3",
                        "Rest well " + today.minusDays(2) + ": 5", "Ask for help " + today.minusDays(2) + ": no check-in");
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(robot.lookup("#quickPrep").query(), "synced-quick-prep.png"))
                .get(10, TimeUnit.SECONDS);

        awaitRender(robot, () -> area.map().renderCountProperty().get(), () -> area.view().selectTab(1));
        String map = joined(texts(robot, "#map"));
        assertThat(map).contains("28 weeks", "to rest", "to ask for help", "Boundaries", "rising", "Priya Raman",
                "supportive", "Sam", "What would rest look like?", "Said no to a standing meeting",
                "Sleep earlier", "Rest well");
        assertThat(robot.lookup("#mapFiresTrajectory .chart").tryQuery()).as("FIRES by week is drawn as a chart").isPresent();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(robot.lookup("#map").query(), "synced-map.png"))
                .get(10, TimeUnit.SECONDS);

        awaitRender(robot, () -> area.activities().renderCountProperty().get(), () -> area.view().selectTab(2));
        TableView<ActivityRow> table = table(robot);
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.text()).isEqualTo("Take a real lunch break twice a week");
            assertThat(row.isPrivate()).isTrue();
            assertThat(row.syncState()).isEqualTo(RowSyncState.SYNCED);
        });
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(joined(texts(robot, "#activityEvidence"))).contains("https://docs.example.com/lunch");
    }

    @SuppressWarnings("unchecked")
    private static TableView<ActivityRow> table(FxRobot robot) {
        return robot.lookup("#activityTable").queryAs(TableView.class);
    }

    @Test
    void anActivityEditedInTheTabIsPushedAndThenShownSynced(FxRobot robot) throws Exception {
        select(robot);
        awaitRender(robot, () -> area.activities().renderCountProperty().get(), () -> area.view().selectTab(2));
        TableView<ActivityRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(0));

        @SuppressWarnings("unchecked")
        ComboBox<ActivityStatus> status = robot.lookup("#activityStatus").queryAs(ComboBox.class);
        awaitRender(robot, () -> area.activities().renderCountProperty().get(), () -> {
            status.setValue(ActivityStatus.EVIDENCE_FOUND);
            status.getOnAction().handle(null);
        });
        assertThat(robot.lookup("#activitySyncState").queryAs(Label.class).getText()).startsWith("Waiting to sync");
        assertThat(table.getItems().get(0).syncState()).isEqualTo(RowSyncState.PENDING);

        // the app's sync engine would run this round on its own thread after the edit
        workers.submit(() -> coach.sync(cache, SyncSettings.standard()).run(SyncProgress.NONE)).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "Synced".equals(robot.lookup("#activitySyncState").queryAs(Label.class).getText()));
        assertThat(table.getItems().get(0).syncState()).isEqualTo(RowSyncState.SYNCED);
        assertThat(table.getItems().get(0).status()).isEqualTo(ActivityStatus.EVIDENCE_FOUND);
        try (Connection c = stack.sql();
             PreparedStatement ps = c.prepareStatement("select status, coach_notes from public.agreed_activities where id = ?")) {
            ps.setObject(1, activityId);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("evidence_found");
                assertThat(rs.getString(2)).isEqualTo(NOTE);
            }
        }
    }
}
