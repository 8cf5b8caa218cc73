package org.findinggood.coachdesk.app;

import java.util.List;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.ui.sync.ConflictsViewModel;

/** The conflicts window's port filled from the local cache (off the FX thread). */
final class StoreConflicts implements ConflictsViewModel.ConflictStore {

    private final CacheStore store;

    StoreConflicts(CacheStore store) {
        this.store = store;
    }

    @Override
    public List<Conflict> list() {
        return store.conflicts().list();
    }

    @Override
    public void resolve(Conflict conflict, ConflictResolution resolution) {
        store.conflicts().resolve(conflict, resolution);
    }
}
