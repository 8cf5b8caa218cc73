package org.findinggood.coachdesk.app;

import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.sync.ConflictsViewModel;
import org.findinggood.coachdesk.ui.today.TodayViewModel;

/**
 * The small interfaces each screen declares, filled from one open cache's {@link CacheStore}: with the
 * {@code Store*} adapters it hands out, the one place where a view model's port meets the store. Public
 * for the tests and benchmarks that build a screen on a real cache.
 */
public final class StorePorts {

    private static final String RELATIONSHIPS = "coaching_relationships";

    private final CacheStore store;

    public StorePorts(CacheStore store) {
        this.store = store;
    }

    /** The client area's tabs and the change feed that refreshes them. */
    public ClientArea.Sources clientArea() {
        StoreActivities activities = new StoreActivities(store);
        return new ClientArea.Sources(store.weeklySnapshots()::latestByClient, new StoreQuickPrepSource(store),
                new StoreMapSource(store), activities, activities, store.changes()::addListener);
    }

    public RosterViewModel.RosterSource roster() {
        return store.roster()::rows;
    }

    public RosterViewModel.SyncMarks rosterSyncMarks() {
        return () -> store.rowSyncStates().unsynced(RELATIONSHIPS);
    }

    /** Reads the roster with its rows' sync marks, in roster order; off the FX thread. */
    public RosterViewModel.Read readRoster() {
        return RosterViewModel.readSorted(roster(), rosterSyncMarks());
    }

    public ConflictsViewModel.ConflictStore conflicts() {
        return new StoreConflicts(store);
    }

    public TodayViewModel.TodaySource today() {
        return new StoreToday(store);
    }
}
