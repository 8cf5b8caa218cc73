package org.findinggood.coachdesk.ui.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.junit.jupiter.api.Test;

/** Which tab reads the cache when: the visible one at once, hidden ones on opening, refreshes after changes. */
class ClientTabLoadsTest {

    private final SimpleObjectProperty<SelectedClient> selected = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty visible = new SimpleIntegerProperty(0);
    private final List<String> calls = new ArrayList<>();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final ClientTabLoads loads = new ClientTabLoads(selected, visible, fxQueue::add, List.of(
            tab("prep", "weekly_snapshots", "daily_checkins"),
            tab("map", "rolling_aggregates", "daily_checkins"),
            tab("activities", "agreed_activities", "outbox")));

    private ClientTabLoads.TabLoad tab(String name, String... tables) {
        return new ClientTabLoads.TabLoad(email -> calls.add(name + " show " + email), () -> calls.add(name + " refresh"),
                Set.of(tables));
    }

    private static SelectedClient client(String email) {
        return new SelectedClient(UUID.randomUUID(), UUID.randomUUID(), email, null, RelationshipStatus.ACTIVE, null, null);
    }

    private void runFx() {
        List<Runnable> queued = new ArrayList<>(fxQueue);
        fxQueue.clear();
        queued.forEach(Runnable::run);
    }

    @Test
    void onlyTheVisibleTabLoadsOnASwitchAndAHiddenTabLoadsWhenOpened() {
        calls.clear();
        selected.set(client("ana@example.com"));
        assertThat(calls).containsExactly("prep show ana@example.com");

        calls.clear();
        visible.set(2);
        assertThat(calls).containsExactly("activities show ana@example.com");

        calls.clear();
        visible.set(0);
        assertThat(calls).as("Quick Prep still shows Ana: nothing to read").isEmpty();
    }

    @Test
    void aHiddenTabThatShowedTheOldClientIsClearedAtOnce() {
        selected.set(client("ana@example.com"));
        visible.set(1);
        visible.set(0);
        calls.clear();

        selected.set(client("ben@example.com"));
        assertThat(calls).containsExactly("prep show ben@example.com", "map show null");
        assertThat(loads.shownClients()).isEqualTo(Arrays.asList("ben@example.com", null, null));

        calls.clear();
        visible.set(1);
        assertThat(calls).containsExactly("map show ben@example.com");
    }

    @Test
    void changesRefreshTheVisibleTabOnceAndHiddenTabsWhenOpened() {
        selected.set(client("ana@example.com"));
        visible.set(1);
        visible.set(2);
        visible.set(0);
        calls.clear();

        loads.tablesChanged(Set.of("daily_checkins"));
        loads.tablesChanged(Set.of("weekly_snapshots", "agreed_activities"));
        assertThat(fxQueue).as("a burst of commits is one refresh").hasSize(1);
        assertThat(calls).as("nothing runs off the FX thread").isEmpty();
        runFx();
        assertThat(calls).containsExactly("prep refresh");

        calls.clear();
        visible.set(1);
        visible.set(2);
        visible.set(1);
        assertThat(calls).containsExactly("map refresh", "activities refresh");

        calls.clear();
        loads.tablesChanged(Set.of("coaches"));
        runFx();
        assertThat(calls).as("no tab reads that table").isEmpty();
    }

    @Test
    void clearingTheSelectionClearsTheVisibleTabAndChangesReadNothing() {
        selected.set(client("ana@example.com"));
        calls.clear();
        selected.set(null);
        assertThat(calls).containsExactly("prep show null");
        calls.clear();
        loads.tablesChanged(Set.of("weekly_snapshots"));
        runFx();
        assertThat(calls).isEmpty();
    }
}
