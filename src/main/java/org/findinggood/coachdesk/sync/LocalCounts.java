package org.findinggood.coachdesk.sync;

import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.OutboxRepository;

/** Counts the status shows next to the sync state: unsent edits and unresolved conflicts. */
public interface LocalCounts {

    int pendingEdits();

    int conflicts();

    /** The counts as the cache holds them now: outbox entries and unresolved conflicts. */
    static LocalCounts of(CacheDatabase db) {
        return of(new CacheStore(db));
    }

    /** The same, on the open cache's one entrance. */
    static LocalCounts of(CacheStore store) {
        OutboxRepository outbox = store.outbox();
        ConflictRepository conflicts = store.conflicts();
        return new LocalCounts() {
            @Override
            public int pendingEdits() {
                return outbox.count();
            }

            @Override
            public int conflicts() {
                return conflicts.count();
            }
        };
    }

    LocalCounts NONE = new LocalCounts() {
        @Override
        public int pendingEdits() {
            return 0;
        }

        @Override
        public int conflicts() {
            return 0;
        }
    };
}
