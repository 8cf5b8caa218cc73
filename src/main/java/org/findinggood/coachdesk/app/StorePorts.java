package org.findinggood.coachdesk.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.sync.ConflictsViewModel;
import org.findinggood.coachdesk.ui.today.TodayViewModel;

/**
 * The small interfaces each screen declares, filled from one open cache's {@link CacheStore}: the only
 * place a view model's port meets a repository. Public for the tests and benchmarks that build a
 * screen on a real cache.
 */
public final class StorePorts {

    private static final String RELATIONSHIPS = "coaching_relationships";

    private final CacheStore store;

    public StorePorts(CacheStore store) {
        this.store = store;
    }

    /** The client area's tabs and the change feed that refreshes them. */
    public ClientArea.Sources clientArea() {
        return new ClientArea.Sources(store.weeklySnapshots()::latestByClient, new StoreQuickPrepSource(store),
                new StoreMapSource(store), new StoreActivities(store), store.changes()::addListener);
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
        return new ConflictsViewModel.ConflictStore() {
            @Override
            public List<Conflict> list() {
                return store.conflicts().list();
            }

            @Override
            public void resolve(Conflict conflict, ConflictResolution resolution) {
                store.conflicts().resolve(conflict, resolution);
            }
        };
    }

    public TodayViewModel.TodaySource today() {
        return new TodayViewModel.TodaySource() {
            @Override
            public List<ClientFacts> facts(LocalDate day) {
                return store.todayFacts().facts(day);
            }

            @Override
            public void dismiss(String clientEmail, Instant at) {
                store.todayDismissals().dismiss(clientEmail, at);
            }
        };
    }
}
