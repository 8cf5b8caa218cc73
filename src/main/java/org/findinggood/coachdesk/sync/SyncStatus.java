package org.findinggood.coachdesk.sync;

import java.time.Instant;

/**
 * A snapshot of the sync engine's state for the UI. Immutable; the engine publishes a new one on
 * every change.
 *
 * @param phase        what runs now ({@link SyncPhase#IDLE} between runs)
 * @param table        the server table being pulled or pushed, or null
 * @param rowsDone     rows handled so far in this phase
 * @param rowsTotal    rows expected in this phase, or -1 when unknown
 * @param lastSuccess  when the last complete run finished, or null if none yet (this session or stored)
 * @param offline      the server could not be reached on the last attempt (edits stay queued)
 * @param errorSentence what went wrong and what to do, in one sentence; null when the last run succeeded
 *                     or only failed because the machine is offline
 * @param errorDetails copyable technical details for a support request; null with no error
 * @param pendingEdits local edits waiting in the outbox
 * @param conflicts    edits the server refused because the row changed there, waiting for the coach
 */
public record SyncStatus(
        SyncPhase phase,
        String table,
        long rowsDone,
        long rowsTotal,
        Instant lastSuccess,
        boolean offline,
        String errorSentence,
        String errorDetails,
        int pendingEdits,
        int conflicts) {

    public static SyncStatus initial() {
        return new SyncStatus(SyncPhase.IDLE, null, 0, -1, null, false, null, null, 0, 0);
    }

    public boolean running() {
        return phase != SyncPhase.IDLE;
    }

    public boolean hasError() {
        return errorSentence != null;
    }

    SyncStatus progress(SyncPhase nextPhase, String nextTable, long done, long total) {
        return new SyncStatus(nextPhase, nextTable, done, total, lastSuccess, offline, errorSentence, errorDetails,
                pendingEdits, conflicts);
    }

    SyncStatus succeeded(Instant at) {
        return new SyncStatus(SyncPhase.IDLE, null, 0, -1, at, false, null, null, pendingEdits, conflicts);
    }

    /** A round that succeeded, with something the coach should still know (rows kept aside), as its sentence. */
    SyncStatus noticed(SyncFailure notice) {
        return new SyncStatus(phase, table, rowsDone, rowsTotal, lastSuccess, offline, notice.sentence(), notice.details(),
                pendingEdits, conflicts);
    }

    SyncStatus failed(SyncFailure failure) {
        // Offline is not an error: edits wait in the outbox and the engine retries on reconnect.
        return failure.offline()
                ? new SyncStatus(SyncPhase.IDLE, null, 0, -1, lastSuccess, true, null, null, pendingEdits, conflicts)
                : new SyncStatus(SyncPhase.IDLE, null, 0, -1, lastSuccess, false, failure.sentence(),
                        failure.details(), pendingEdits, conflicts);
    }

    SyncStatus counts(int pending, int conflictCount) {
        return new SyncStatus(phase, table, rowsDone, rowsTotal, lastSuccess, offline, errorSentence, errorDetails,
                pending, conflictCount);
    }

    SyncStatus online() {
        return new SyncStatus(phase, table, rowsDone, rowsTotal, lastSuccess, false, errorSentence, errorDetails,
                pendingEdits, conflicts);
    }
}
