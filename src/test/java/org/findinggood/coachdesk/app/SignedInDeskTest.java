package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The real app on the signed-in path, headless, against the local Supabase stand-in (embedded
 * PostgreSQL with the project's migrations, HTTP on loopback): sign in through the sign-in screen,
 * watch the first sync fill the roster (the stand-in holds chosen requests so the status bar is
 * looked at mid-sync, not hoped for), edit offline with the server's port closed, reconnect, and
 * resolve a conflict made by a real server-side edit. No keyring in tests: secrets go to the
 * passphrase file, so the passphrase dialog is part of the path.
 */
class SignedInDeskTest extends SignedInDeskTestCase {

    private static final String COACH = "desk.coach@example.org";
    private static final String PASSPHRASE = "desk test passphrase 7421";
    /** 12 clients; per client 1 permission, 3 activities, 4 snapshots, 5 check-ins, 2 focus items. */
    private static final ServerSeed SEED = new ServerSeed(12, 1, 3, 4, 5, 2);

    SignedInDeskTest() {
        super("coach-desk-signed-in", COACH, SEED, PASSPHRASE);
    }

    @Start
    void start(Stage stage) throws Exception {
        startDesk(stage);
    }

    @Test
    void signInFillsTheRosterFromTheFirstSyncWithProgressInTheStatusBar(FxRobot robot) throws Exception {
        DeskRobot desk = desk(robot);
        // The first sync stops at the clients table, then again before the check-ins: the status bar
        // is looked at while the sync really is at those points.
        supabase.hold("/rest/v1/clients");
        desk.signIn(COACH, PASSPHRASE);
        assertThat(supabase.awaitHeld(WAIT)).as("the app's first sync reached the clients table").isTrue();
        desk.waitUntil(() -> desk.text("#syncProgressText").equals("Receiving changes \u00b7 clients \u00b7 0 of 12 rows"));
        assertThat(robot.lookup("#syncProgress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#syncNowButton").query().isDisabled()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Coach Desk \u2014 " + COACH);

        supabase.hold("/rest/v1/daily_checkins");
        assertThat(supabase.awaitHeld(WAIT)).as("the sync went on to the check-ins").isTrue();
        // Weekly snapshots, the table before, are done: 12 clients x 4.
        desk.waitUntil(() -> desk.text("#syncProgressText")
                .equals("Receiving changes \u00b7 weekly snapshots \u00b7 48 of 48 rows"));
        // The roster already shows what arrived (relationships and clients), while the sync goes on.
        desk.waitUntil(() -> desk.roster().getItems().size() == 12
                && desk.roster().getItems().stream().allMatch(r -> r.client() != null));

        supabase.release();
        desk.waitUntil(() -> desk.text("#lastSyncedLabel").startsWith("Last synced"));
        assertThat(robot.lookup("#syncProgress").query().isVisible()).isFalse();
        assertThat(robot.lookup("#offlineIndicator").query().isVisible()).isFalse();
        ListView<RosterRow> list = desk.roster();
        assertThat(list.getItems()).extracting(RosterRow::displayName).contains("Client 1", "Client 12");
        assertThat(list.getItems()).allMatch(r -> r.relationship().status() == RelationshipStatus.ACTIVE);
        // Five check-ins per client, the latest yesterday; three activities (evidence_found, resolved,
        // deprioritized) of which the evidence_found one is open.
        desk.waitUntil(() -> list.getItems().stream().allMatch(r -> r.lastCheckin() != null && r.openActivities() > 0));
        assertThat(robot.lookup(".client-meta").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Checked in") && t.contains("open activit"));
        assertThat(robot.lookup(".roster-sync-mark").queryAllAs(Label.class)).noneMatch(Node::isVisible);
        desk.clickClient(desk.rowOf("client1@example.org"));
        desk.waitUntil(() -> desk.text("#clientLatestWeek").startsWith("Week "));
        desk.capture("signed-in-roster.png");

        // The interval from Settings applies to the running engine, not only to the next workspace.
        assertThat(fixture.app.shell().syncEngine().schedule().interval()).isEqualTo(Duration.ofMinutes(5));
        robot.interact(() -> fixture.app.shell().settings().syncIntervalMinutesProperty().set(15));
        assertThat(fixture.app.shell().syncEngine().schedule().interval()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anOfflineEditIsKeptAndSentOnReconnect(FxRobot robot) throws Exception {
        DeskRobot desk = desk(robot);
        desk.signIn(COACH, PASSPHRASE);
        desk.waitForFirstSync(12);
        RosterRow row = desk.rowOf("client3@example.org");

        // The server's port closes: connections are refused, as with a dropped network.
        supabase.outage(LocalSupabase.Outage.DOWN);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        desk.waitUntil(() -> robot.lookup("#offlineIndicator").query().isVisible());

        desk.clickClient(row);
        robot.clickOn("#pauseButton");
        desk.waitUntil(() -> desk.statusOf(row) == RelationshipStatus.PAUSED);
        desk.waitUntil(() -> desk.syncMark(row).map(Label::getText).orElse("").equals("Not synced yet"));
        desk.waitUntil(() -> desk.text("#pendingEditsLabel").equals("1 edit waiting"));
        assertThat(robot.lookup("#pendingEditsLabel").query().isVisible()).isTrue();
        assertThat(desk.serverStatus(row.relationship().id())).isEqualTo("active");
        desk.capture("signed-in-offline-edit.png");

        supabase.outage(LocalSupabase.Outage.NONE);
        robot.type(KeyCode.F5);
        desk.waitUntil(() -> "paused".equals(desk.serverStatus(row.relationship().id())));
        desk.waitUntil(() -> !robot.lookup("#pendingEditsLabel").query().isVisible()
                && !robot.lookup("#offlineIndicator").query().isVisible());
        assertThat(fixture.app.shell().syncEngine().status().pendingEdits()).isZero();
        desk.waitUntil(() -> desk.syncMark(row).isEmpty());
        assertThat(desk.statusOf(row)).isEqualTo(RelationshipStatus.PAUSED);
    }

    @Test
    void aServerSideEditOfTheSameRowReachesTheConflictView(FxRobot robot) throws Exception {
        DeskRobot desk = desk(robot);
        desk.signIn(COACH, PASSPHRASE);
        desk.waitForFirstSync(12);
        RosterRow row = desk.rowOf("client5@example.org");
        UUID id = row.relationship().id();

        supabase.outage(LocalSupabase.Outage.DOWN);
        robot.type(KeyCode.F5);
        desk.waitUntil(() -> robot.lookup("#offlineIndicator").query().isVisible());
        desk.clickClient(row);
        robot.clickOn("#pauseButton");
        desk.waitUntil(() -> desk.text("#pendingEditsLabel").equals("1 edit waiting"));

        // Meanwhile another device completes the same relationship on the server.
        try (Connection c = stack.sql();
                PreparedStatement ps = c.prepareStatement("update public.coaching_relationships set status = 'completed', "
                        + "ended_at = now() where id = ?")) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        supabase.outage(LocalSupabase.Outage.NONE);
        robot.type(KeyCode.F5);
        desk.waitUntil(() -> robot.lookup("#conflictsLink").query().isVisible());
        assertThat(desk.text("#conflictsLink")).isEqualTo("1 conflict");
        assertThat(desk.serverStatus(id)).as("nothing was overwritten").isEqualTo("completed");
        desk.waitUntil(() -> desk.syncMark(row).map(Label::getText).orElse("").equals("Conflict"));

        robot.clickOn("#conflictsLink");
        desk.waitUntil(() -> robot.lookup("#conflictList").tryQuery().isPresent()
                && !robot.lookup("#conflictList").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn(robot.lookup("#conflictList .list-cell").nth(0).queryAs(Node.class));
        desk.waitUntil(() -> robot.lookup("#mine-status").tryQuery().isPresent());
        assertThat(robot.lookup("#mine-status").queryAs(TextArea.class).getText()).isEqualTo("paused");
        assertThat(robot.lookup("#theirs-status").queryAs(TextArea.class).getText()).isEqualTo("completed");
        robot.clickOn("#keepMineButton");
        desk.waitUntil(() -> "paused".equals(desk.serverStatus(id)));
        robot.clickOn("#conflictsCloseButton");
        desk.waitUntil(() -> !robot.lookup("#conflictsLink").query().isVisible()
                && !robot.lookup("#pendingEditsLabel").query().isVisible());
        desk.waitUntil(() -> desk.syncMark(row).isEmpty() && desk.statusOf(row) == RelationshipStatus.PAUSED);
    }
}
