package org.findinggood.coachdesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncStatusViewModelTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T14:00:00Z"), ZoneOffset.UTC);
    private final List<String> calls = new ArrayList<>();
    private final SyncStatusViewModel.Actions actions = new SyncStatusViewModel.Actions() {
        @Override
        public void syncNow() {
            calls.add("sync");
        }

        @Override
        public void openConflicts() {
            calls.add("conflicts");
        }
    };

    @Test
    void progressShowsTableAndRowCounts() {
        SyncStatusViewModel model = SyncStatusViewModel.forWorkspace(clock, actions);
        model.show("Receiving changes", "weekly_snapshots", 1200, 4800, null, false, null, null, 0, 0);
        assertThat(model.syncingProperty().get()).isTrue();
        assertThat(model.progressProperty().get()).isEqualTo(0.25);
        assertThat(model.progressTextProperty().get()).isEqualTo("Receiving changes \u00b7 weekly snapshots \u00b7 1,200 of 4,800 rows");
        model.syncNow();
        assertThat(calls).isEmpty(); // no second run while one is going
    }

    @Test
    void idleShowsLastSyncedOfflineErrorsAndCounts() {
        SyncStatusViewModel model = SyncStatusViewModel.forWorkspace(clock, actions);
        assertThat(model.lastSyncedProperty().get()).isEqualTo("Not synced yet");
        model.show(null, null, 0, -1, Instant.parse("2026-11-25T13:42:00Z"), true,
                "The server refused the request; try again later.", "HTTP 500", 3, 1);
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.lastSyncedProperty().get()).isEqualTo("Last synced 13:42");
        assertThat(model.offlineProperty().get()).isTrue();
        assertThat(model.errorProperty().get()).isEqualTo("The server refused the request; try again later.");
        assertThat(model.errorDetailsProperty().get()).isEqualTo("HTTP 500");
        assertThat(model.pendingTextProperty().get()).isEqualTo("3 edits waiting");
        assertThat(model.conflictsTextProperty().get()).isEqualTo("1 conflict");
        model.syncNow();
        model.openConflicts();
        assertThat(calls).containsExactly("sync", "conflicts");
    }

    @Test
    void unknownTotalMeansIndeterminateProgress() {
        SyncStatusViewModel model = SyncStatusViewModel.forWorkspace(clock, actions);
        model.show("Sending edits", null, 0, -1, null, false, null, null, 2, 0);
        assertThat(model.progressProperty().get()).isEqualTo(-1);
        assertThat(model.progressTextProperty().get()).isEqualTo("Sending edits");
    }

    @Test
    void demoNeverSyncs() {
        SyncStatusViewModel model = SyncStatusViewModel.forDemo(clock);
        assertThat(model.syncEnabled()).isFalse();
        // Not a repeat of the demo banner: what sync means here and how to reach real clients.
        assertThat(model.lastSyncedProperty().get()).isEqualTo(SyncStatusViewModel.DEMO_STATUS)
                .doesNotContain(org.findinggood.coachdesk.ui.shell.ShellViewModel.DEMO_BANNER).contains("Sign in");
    }

    @Test
    void engineStatusesAreShownAsTheyCome() {
        SyncStatusViewModel model = SyncStatusViewModel.forWorkspace(clock, actions);
        model.accept(new org.findinggood.coachdesk.sync.SyncStatus(org.findinggood.coachdesk.sync.SyncPhase.PULLING,
                "agreed_activities", 250, 1000, null, false, null, null, 1, 0));
        assertThat(model.syncingProperty().get()).isTrue();
        assertThat(model.progressTextProperty().get()).isEqualTo("Receiving changes \u00b7 agreed activities \u00b7 250 of 1,000 rows");
        model.accept(new org.findinggood.coachdesk.sync.SyncStatus(org.findinggood.coachdesk.sync.SyncPhase.IDLE,
                null, 0, -1, Instant.parse("2026-11-25T13:59:00Z"), true, null, null, 2, 1));
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.lastSyncedProperty().get()).isEqualTo("Last synced 13:59");
        assertThat(model.offlineProperty().get()).isTrue();
        assertThat(model.conflictsTextProperty().get()).isEqualTo("1 conflict");
    }
}
