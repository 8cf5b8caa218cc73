package org.findinggood.coachdesk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A server row the cache could not store, kept aside ({@link QuarantineRepository}).
 *
 * @param table     its server table
 * @param rowId     its id
 * @param error     why it could not be stored
 * @param raw       its text as the server sent it (cut when very long)
 * @param firstSeen when a pull first met it
 * @param lastSeen  when a pull last met it
 */
public record QuarantinedRow(String table, UUID rowId, String error, String raw, Instant firstSeen, Instant lastSeen) {

    /** One block of copyable details: which row, why, and what the server sent. */
    public String details() {
        return table + " " + rowId + "\n  error: " + error + "\n  first seen " + firstSeen + ", last seen " + lastSeen
                + "\n  as sent: " + (raw.length() > 2_000 ? raw.substring(0, 2_000) + " ... (" + raw.length() + " characters)" : raw);
    }
}
