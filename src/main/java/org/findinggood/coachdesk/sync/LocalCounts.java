package org.findinggood.coachdesk.sync;

import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.OutboxRepository;

/** Counts the status shows next to the sync state: unsent edits and unresolved conflicts. */
public interface LocalCounts {

    int pendingEdits();

    int conflicts();

    /** The counts as the cache holds them now: outbox entries and unresolved conflicts. */
    static LocalCounts of(CacheDatabase db) {
        OutboxRepository outbox = new OutboxRepository(db);
        ConflictRepository conflicts = new ConflictRepository(db);
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
