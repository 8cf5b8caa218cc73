package org.findinggood.coachdesk.sync;

/** Counts the status shows next to the sync state: unsent edits and unresolved conflicts. */
public interface LocalCounts {

    int pendingEdits();

    int conflicts();

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
