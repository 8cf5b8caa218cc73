package org.findinggood.coachdesk.store;

/** How the coach settles a {@link Conflict}. */
public enum ConflictResolution {
    /** Push my version again, now based on the server's newer row (my columns win, theirs stay for the rest). */
    KEEP_MINE,
    /** Take the server's row and drop my edit. */
    TAKE_THEIRS,
    /** For coach notes: keep both texts, mine first, with a marker line between, and push that. */
    KEEP_BOTH_NOTES
}
