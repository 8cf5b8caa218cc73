package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The network comes back and the desk notices by itself: an edit made while the stand-in's port is
 * closed is sent once the port opens again, with nobody pressing "Sync now" at any point (going
 * offline is found by the push the edit itself triggers; coming back by the engine's connectivity
 * probe). The real app, signed in through its screens, against the local Supabase stand-in.
 */
class AutoReconnectDeskTest extends SignedInDeskTestCase {

    private static final String COACH = "reconnect.coach@example.org";
    private static final String PASSPHRASE = "reconnect test passphrase 5190";
    private static final ServerSeed SEED = new ServerSeed(4, 1, 1, 1, 1, 1);

    AutoReconnectDeskTest() {
        super("coach-desk-reconnect", COACH, SEED, PASSPHRASE);
    }

    @Start
    void start(Stage stage) throws Exception {
        startDesk(stage);
    }

    @Test
    void anOfflineEditReachesTheServerWhenTheNetworkReturnsWithoutSyncNow(FxRobot robot) throws Exception {
        DeskRobot desk = desk(robot);
        desk.signIn(COACH, PASSPHRASE);
        desk.waitForFirstSync(4);
        RosterRow row = desk.rowOf("client2@example.org");
        UUID id = row.relationship().id();

        // The port closes; the push the edit schedules finds the server gone.
        supabase.outage(LocalSupabase.Outage.DOWN);
        desk.clickClient(row);
        robot.clickOn("#pauseButton");
        desk.waitUntil(() -> desk.statusOf(row) == RelationshipStatus.PAUSED);
        desk.waitUntil(() -> desk.visible("#offlineIndicator"));
        desk.waitUntil(() -> desk.text("#pendingEditsLabel").equals("1 edit waiting"));
        assertThat(desk.serverStatus(id)).isEqualTo("active");
        assertThat(desk.syncMark(row).map(Label::getText)).contains("Not synced yet");

        // The port opens again. Nobody touches the desk: the probe finds the server and syncs.
        supabase.outage(LocalSupabase.Outage.NONE);
        Duration probe = fixture.app.shell().syncEngine().schedule().probeInterval();
        desk.waitUntil(probe.multipliedBy(3).plus(WAIT), () -> "paused".equals(desk.serverStatus(id)));
        desk.waitUntil(() -> !desk.visible("#offlineIndicator") && !desk.visible("#pendingEditsLabel"));
        assertThat(desk.text("#lastSyncedLabel")).startsWith("Last synced");
        assertThat(fixture.app.shell().syncEngine().status().offline()).isFalse();
        assertThat(fixture.app.shell().syncEngine().status().pendingEdits()).isZero();
        desk.waitUntil(() -> desk.syncMark(row).isEmpty());
        desk.capture("reconnected-by-itself.png");
    }
}
