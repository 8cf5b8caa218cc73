package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.security.KeyringSecretStore;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on the signed-in path, headless, against the local Supabase stand-in (embedded
 * PostgreSQL with the project's migrations, HTTP on loopback): sign in through the sign-in screen,
 * watch the first sync fill the roster (the stand-in holds chosen requests so the status bar is
 * looked at mid-sync, not hoped for), edit offline with the server's port closed, reconnect, and
 * resolve a conflict made by a real server-side edit. No keyring in tests: secrets go to the
 * passphrase file, so the passphrase dialog is part of the path.
 */
@ExtendWith(ApplicationExtension.class)
class SignedInDeskTest {

    private static final String COACH = "desk.coach@example.org";
    private static final String PASSPHRASE = "desk test passphrase 7421";
    /** 12 clients; per client 1 permission, 3 activities, 4 snapshots, 5 check-ins, 2 focus items. */
    private static final ServerSeed SEED = new ServerSeed(12, 1, 3, 4, 5, 2);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private LocalSyncStack stack;
    private LocalSupabase supabase;
    private CoachDeskApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path home = Files.createTempDirectory("coach-desk-signed-in");
        app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()), Clock.systemUTC(),
                () -> new KeyringSecretStore.ProbeResult(Optional.empty(), "no keyring in tests"));
        app.start(stage);
    }

    @BeforeEach
    void server() throws Exception {
        stack = LocalSyncStack.start();
        supabase = stack.supabase();
        UUID coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            SEED.write(c, coachId, "client");
        }
        SecretsLog.record(LocalSyncStack.PASSWORD);
        SecretsLog.record(PASSPHRASE);
    }

    @AfterEach
    void stop() throws Exception {
        supabase.release();
        supabase.outage(LocalSupabase.Outage.NONE);
        WaitForAsyncUtils.asyncFx(() -> app.stop()).get(60, TimeUnit.SECONDS);
        stack.close();
    }

    @Test
    void signInFillsTheRosterFromTheFirstSyncWithProgressInTheStatusBar(FxRobot robot) throws Exception {
        // The first sync stops at the clients table, then again before the check-ins: the status bar
        // is looked at while the sync really is at those points.
        supabase.hold("/rest/v1/clients");
        signIn(robot);
        assertThat(supabase.awaitHeld(WAIT)).as("the app's first sync reached the clients table").isTrue();
        waitUntil(() -> text(robot, "#syncProgressText").equals("Receiving changes \u00b7 clients \u00b7 0 of 12 rows"));
        assertThat(robot.lookup("#syncProgress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#syncNowButton").query().isDisabled()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Coach Desk \u2014 " + COACH);

        supabase.hold("/rest/v1/daily_checkins");
        assertThat(supabase.awaitHeld(WAIT)).as("the sync went on to the check-ins").isTrue();
        // Weekly snapshots, the table before, are done: 12 clients x 4.
        waitUntil(() -> text(robot, "#syncProgressText")
                .equals("Receiving changes \u00b7 weekly snapshots \u00b7 48 of 48 rows"));
        // The roster already shows what arrived (relationships and clients), while the sync goes on.
        waitUntil(() -> roster(robot).getItems().size() == 12
                && roster(robot).getItems().stream().allMatch(r -> r.client() != null));

        supabase.release();
        waitUntil(() -> text(robot, "#lastSyncedLabel").startsWith("Last synced"));
        assertThat(robot.lookup("#syncProgress").query().isVisible()).isFalse();
        assertThat(robot.lookup("#offlineIndicator").query().isVisible()).isFalse();
        ListView<RosterRow> list = roster(robot);
        assertThat(list.getItems()).extracting(RosterRow::displayName).contains("Client 1", "Client 12");
        assertThat(list.getItems()).allMatch(r -> r.relationship().status() == RelationshipStatus.ACTIVE);
        // Five check-ins per client, the latest yesterday; three activities (evidence_found, resolved,
        // deprioritized) of which the evidence_found one is open.
        waitUntil(() -> list.getItems().stream().allMatch(r -> r.lastCheckin() != null && r.openActivities() > 0));
        assertThat(robot.lookup(".client-meta").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Checked in") && t.contains("open activit"));
        assertThat(robot.lookup(".roster-sync-mark").queryAllAs(Label.class)).noneMatch(Node::isVisible);
        clickClient(robot, rowOf(robot, "client1@example.org"));
        waitUntil(() -> text(robot, "#clientLatestWeek").startsWith("Week "));
        capture(robot, "signed-in-roster.png");

        // The interval from Settings applies to the running engine, not only to the next workspace.
        assertThat(app.shell().syncEngine().schedule().interval()).isEqualTo(Duration.ofMinutes(5));
        robot.interact(() -> app.shell().settings().syncIntervalMinutesProperty().set(15));
        assertThat(app.shell().syncEngine().schedule().interval()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anOfflineEditIsKeptAndSentOnReconnect(FxRobot robot) throws Exception {
        signIn(robot);
        waitForFirstSync(robot);
        RosterRow row = rowOf(robot, "client3@example.org");

        // The server's port closes: connections are refused, as with a dropped network.
        supabase.outage(LocalSupabase.Outage.DOWN);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#offlineIndicator").query().isVisible());

        clickClient(robot, row);
        robot.clickOn("#pauseButton");
        waitUntil(() -> statusOf(robot, row) == RelationshipStatus.PAUSED);
        waitUntil(() -> syncMark(robot, row).map(Label::getText).orElse("").equals("Not synced yet"));
        waitUntil(() -> text(robot, "#pendingEditsLabel").equals("1 edit waiting"));
        assertThat(robot.lookup("#pendingEditsLabel").query().isVisible()).isTrue();
        assertThat(serverStatus(row.relationship().id())).isEqualTo("active");
        capture(robot, "signed-in-offline-edit.png");

        supabase.outage(LocalSupabase.Outage.NONE);
        robot.type(KeyCode.F5);
        waitUntil(() -> "paused".equals(serverStatus(row.relationship().id())));
        waitUntil(() -> !robot.lookup("#pendingEditsLabel").query().isVisible()
                && !robot.lookup("#offlineIndicator").query().isVisible());
        assertThat(app.shell().syncEngine().status().pendingEdits()).isZero();
        waitUntil(() -> syncMark(robot, row).isEmpty());
        assertThat(statusOf(robot, row)).isEqualTo(RelationshipStatus.PAUSED);
    }

    @Test
    void aServerSideEditOfTheSameRowReachesTheConflictView(FxRobot robot) throws Exception {
        signIn(robot);
        waitForFirstSync(robot);
        RosterRow row = rowOf(robot, "client5@example.org");
        UUID id = row.relationship().id();

        supabase.outage(LocalSupabase.Outage.DOWN);
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#offlineIndicator").query().isVisible());
        clickClient(robot, row);
        robot.clickOn("#pauseButton");
        waitUntil(() -> text(robot, "#pendingEditsLabel").equals("1 edit waiting"));

        // Meanwhile another device completes the same relationship on the server.
        try (Connection c = stack.sql();
                PreparedStatement ps = c.prepareStatement("update public.coaching_relationships set status = 'completed', "
                        + "ended_at = now() where id = ?")) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        supabase.outage(LocalSupabase.Outage.NONE);
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#conflictsLink").query().isVisible());
        assertThat(text(robot, "#conflictsLink")).isEqualTo("1 conflict");
        assertThat(serverStatus(id)).as("nothing was overwritten").isEqualTo("completed");
        waitUntil(() -> syncMark(robot, row).map(Label::getText).orElse("").equals("Conflict"));

        robot.clickOn("#conflictsLink");
        waitUntil(() -> robot.lookup("#conflictList").tryQuery().isPresent()
                && !robot.lookup("#conflictList").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn(robot.lookup("#conflictList .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> robot.lookup("#mine-status").tryQuery().isPresent());
        assertThat(robot.lookup("#mine-status").queryAs(TextArea.class).getText()).isEqualTo("paused");
        assertThat(robot.lookup("#theirs-status").queryAs(TextArea.class).getText()).isEqualTo("completed");
        robot.clickOn("#keepMineButton");
        waitUntil(() -> "paused".equals(serverStatus(id)));
        robot.clickOn("#conflictsCloseButton");
        waitUntil(() -> !robot.lookup("#conflictsLink").query().isVisible()
                && !robot.lookup("#pendingEditsLabel").query().isVisible());
        waitUntil(() -> syncMark(robot, row).isEmpty() && statusOf(robot, row) == RelationshipStatus.PAUSED);
    }

    // ---- driving the app ----------------------------------------------------------------------------

    /** First run opens the demo; File > Sign in to Finding Good... leads to the sign-in screen. */
    private void signIn(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#rosterList").tryQuery().isPresent() && !roster(robot).getItems().isEmpty());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Labeled l && "File".equals(
                l.getText() == null ? null : l.getText().replace("_", ""))).queryAs(Node.class));
        robot.clickOn("Sign in to Finding Good\u2026");
        waitUntil(() -> robot.lookup("#signInView").tryQuery().isPresent());
        paste(robot, "#projectUrlField", supabase.baseUrl().toString());
        paste(robot, "#anonKeyField", supabase.anonKey());
        robot.clickOn("#emailField").write(COACH);
        robot.clickOn("#passwordField").write(LocalSyncStack.PASSWORD);
        robot.clickOn("#signInButton");
        // No keyring: the app asks for a new passphrase for its secrets file.
        waitUntil(() -> robot.lookup("#passphraseField").tryQuery().isPresent());
        robot.clickOn("#passphraseField").write(PASSPHRASE);
        robot.clickOn("#passphraseRepeatField").write(PASSPHRASE);
        robot.clickOn("#passphraseOkButton");
        waitUntil(() -> robot.lookup("#mainWindow").tryQuery().isPresent() && !stage.getTitle().contains("Demo"));
    }

    /** A long key is pasted, as a coach would from the project's settings page. */
    private void paste(FxRobot robot, String field, String text) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForFirstSync(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#lastSyncedLabel").startsWith("Last synced") && roster(robot).getItems().size() == 12);
    }

    @SuppressWarnings("unchecked")
    private ListView<RosterRow> roster(FxRobot robot) {
        return robot.lookup("#rosterList").queryAs(ListView.class);
    }

    private RosterRow rowOf(FxRobot robot, String email) {
        return roster(robot).getItems().stream().filter(r -> r.relationship().clientEmail().equals(email))
                .findFirst().orElseThrow();
    }

    private RelationshipStatus statusOf(FxRobot robot, RosterRow row) {
        return rowOf(robot, row.relationship().clientEmail()).relationship().status();
    }

    private void clickClient(FxRobot robot, RosterRow row) {
        ListView<RosterRow> list = roster(robot);
        robot.interact(() -> list.scrollTo(rowOf(robot, row.relationship().clientEmail())));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".client-name").match((Label l) -> l.getText().equals(row.displayName())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The roster line's sync mark when it shows one. */
    private Optional<Label> syncMark(FxRobot robot, RosterRow row) {
        UUID id = row.relationship().id();
        return robot.lookup("#rosterList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof RosterRow r && r.relationship().id().equals(id))
                .findFirst()
                .map(cell -> (Label) cell.lookup(".roster-sync-mark"))
                .filter(Node::isVisible);
    }

    /** For looking at: target/screenshots (the README's screenshots come from CoachDeskAppTest). */
    private void capture(FxRobot robot, String name) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null))
                .get(10, TimeUnit.SECONDS);
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private String serverStatus(UUID relationshipId) throws Exception {
        try (Connection c = stack.sql();
                PreparedStatement ps = c.prepareStatement("select status from public.coaching_relationships where id = ?")) {
            ps.setObject(1, relationshipId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
