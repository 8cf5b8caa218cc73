package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One unsent local edit of one row.
 *
 * @param seq            position in the queue (push in ascending order)
 * @param table          the server table, e.g. {@code agreed_activities}
 * @param rowId          the row's id (client-generated for inserts)
 * @param operation      insert (push as upsert on id, so a retry cannot duplicate) or update (PATCH)
 * @param payload        snake_case JSON: the whole new row for an insert, only the changed columns
 *                       for an update; send it as the request body
 * @param baseUpdatedAt  the row's {@code updated_at} as last pulled when the edit was made: guard
 *                       the PATCH with {@code updated_at=eq.<this>}; null for inserts
 * @param createdAt      when the edit was first made
 * @param attempts       failed push attempts so far
 * @param lastError      the last push error (for the sync status), or null
 * @param revision       bumped when a later edit merges into this entry; see {@link OutboxRepository#confirm}
 */
public record OutboxEntry(
        long seq,
        String table,
        UUID rowId,
        Operation operation,
        ObjectNode payload,
        OffsetDateTime baseUpdatedAt,
        OffsetDateTime createdAt,
        int attempts,
        String lastError,
        int revision) {

    public OutboxEntry {
        payload = payload.deepCopy();
    }

    @Override
    public ObjectNode payload() {
        return payload.deepCopy();
    }

    /** The base as sent to PostgREST ({@code updated_at=eq.} value), exact to the microsecond. */
    public String baseUpdatedAtText() {
        return Columns.timestamp(baseUpdatedAt);
    }

    public enum Operation {
        INSERT("insert"),
        UPDATE("update");

        private final String wire;

        Operation(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        static Operation fromWire(String wire) {
            return "insert".equals(wire) ? INSERT : UPDATE;
        }
    }
}
