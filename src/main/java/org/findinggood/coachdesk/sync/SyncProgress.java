package org.findinggood.coachdesk.sync;

/** How a sync round reports progress to the engine (which turns it into {@link SyncStatus} events). */
public interface SyncProgress {

    /** A new phase or table begins; {@code total} is -1 when unknown. */
    void begin(SyncPhase phase, String table, long total);

    /** {@code rows} more rows of the current table are done. */
    void advance(long rows);

    /** Discards progress (for code that runs a round outside an engine, such as tests). */
    SyncProgress NONE = new SyncProgress() {
        @Override
        public void begin(SyncPhase phase, String table, long total) {
        }

        @Override
        public void advance(long rows) {
        }
    };
}
