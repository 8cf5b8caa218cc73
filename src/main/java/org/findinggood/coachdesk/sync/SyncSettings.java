package org.findinggood.coachdesk.sync;

import java.time.Duration;

/**
 * Tuning of the pull. Defaults fit Supabase: pages of its 1,000-row cap, {@code in} lists short
 * enough for any gateway's URL limit.
 *
 * @param pageSize        rows per request (never above the server's cap)
 * @param inListChunk     client e-mails per {@code client_email=in.(...)} filter
 * @param overlap         how far behind its cursor an incremental pull re-reads: a row stamped by a
 *                        transaction that started earlier but committed later than the rows already seen
 *                        is still found when that transaction took less than this
 * @param reconcileEvery  how often the id reconciliation (deletions, rows changed without a timestamp) runs
 * @param checkinDays     how many recent days of check-ins are re-read every sync (a client may check in
 *                        again the same day, which updates the row without a new timestamp)
 * @param bulkRows        a backfill of at least this many rows (and at least as many as the table holds) sets
 *                        the table's secondary indexes aside and builds them after ({@code DeferredIndexes}),
 *                        and reads the table in {@code readers} id ranges side by side ({@link IdRange})
 * @param readers         how many requests a bulk backfill keeps in flight: while one answer is parsed and
 *                        another written, the server works on the next; two keep a laptop's two cores and the
 *                        server busy without crowding the UI thread
 * @param roundDeadline   how long one round (push and pull) may take: every request of the round ends by then
 *                        at the latest, and the round ends as "unavailable" (the app retries later; the headless
 *                        command exits 3). A first sync cut off here resumes at its last page next round.
 *                        Each request also has its own limits ({@code RequestDeadlines}).
 */
public record SyncSettings(int pageSize, int inListChunk, Duration overlap, Duration reconcileEvery, int checkinDays,
        int bulkRows, int readers, Duration roundDeadline) {

    public SyncSettings {
        if (pageSize < 1 || inListChunk < 1 || readers < 1) {
            throw new IllegalArgumentException("pageSize, inListChunk and readers must be positive");
        }
        if (roundDeadline.isZero() || roundDeadline.isNegative()) {
            throw new IllegalArgumentException("roundDeadline must be positive");
        }
    }

    /** Pages of 1,000, a round of at most 10 minutes. */
    public static SyncSettings standard() {
        return new SyncSettings(1000, 100, Duration.ofMinutes(10), Duration.ofHours(1), 2, 5_000, 2,
                Duration.ofMinutes(10));
    }

    public SyncSettings withRoundDeadline(Duration limit) {
        return new SyncSettings(pageSize, inListChunk, overlap, reconcileEvery, checkinDays, bulkRows, readers, limit);
    }

    public SyncSettings withPageSize(int rows) {
        return new SyncSettings(rows, inListChunk, overlap, reconcileEvery, checkinDays, bulkRows, readers, roundDeadline);
    }

    public SyncSettings withInListChunk(int emails) {
        return new SyncSettings(pageSize, emails, overlap, reconcileEvery, checkinDays, bulkRows, readers, roundDeadline);
    }

    public SyncSettings withOverlap(Duration window) {
        return new SyncSettings(pageSize, inListChunk, window, reconcileEvery, checkinDays, bulkRows, readers, roundDeadline);
    }

    public SyncSettings withReconcileEvery(Duration every) {
        return new SyncSettings(pageSize, inListChunk, overlap, every, checkinDays, bulkRows, readers, roundDeadline);
    }

    public SyncSettings withBulkRows(int rows) {
        return new SyncSettings(pageSize, inListChunk, overlap, reconcileEvery, checkinDays, rows, readers, roundDeadline);
    }

    public SyncSettings withReaders(int count) {
        return new SyncSettings(pageSize, inListChunk, overlap, reconcileEvery, checkinDays, bulkRows, count, roundDeadline);
    }
}
