package org.findinggood.coachdesk.store;

/** Whether a row's local edits reached the server (shown per row in the Activities tab). */
public enum RowSyncState {
    /** No unsent edits: the cached row is what the server has (as of the last pull). */
    SYNCED,
    /** Edited here; waiting in the outbox to be pushed. */
    PENDING,
    /** The server changed the row too; the coach must choose which version wins. */
    CONFLICT
}
