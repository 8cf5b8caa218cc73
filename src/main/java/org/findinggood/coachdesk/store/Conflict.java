package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A local edit the server did not take: either the row changed there since it was pulled (a conflict
 * between two versions), or the server refuses the edit itself every time (a <em>rejected</em> edit:
 * {@code refusal} holds the server's reason). Either way it waits here, out of the outbox, for the coach.
 *
 * @param localChanges    the coach's changed columns (snake_case JSON), kept until resolved
 * @param localBase       the {@code updated_at} the edit was based on
 * @param serverRow       the server's current row, or null when the row was deleted on the server (or,
 *                        for a rejected edit, when the server does not show it)
 * @param refusal         for a rejected edit, the server's reason as it said it; null for a conflict
 * @param refusalDetails  for a rejected edit, the status, code, details and hint the server sent (copyable)
 */
public record Conflict(
        long id,
        String table,
        UUID rowId,
        OutboxEntry.Operation operation,
        ObjectNode localChanges,
        OffsetDateTime localBase,
        ObjectNode serverRow,
        OffsetDateTime detectedAt,
        String refusal,
        String refusalDetails) {

    public Conflict {
        localChanges = localChanges.deepCopy();
        serverRow = serverRow == null ? null : serverRow.deepCopy();
    }

    @Override
    public ObjectNode localChanges() {
        return localChanges.deepCopy();
    }

    @Override
    public ObjectNode serverRow() {
        return serverRow == null ? null : serverRow.deepCopy();
    }

    public boolean deletedOnServer() {
        return serverRow == null;
    }

    /** True when the server refused the edit itself (not a newer version): retry after editing, or discard. */
    public boolean rejected() {
        return refusal != null;
    }

    /** The columns the coach changed, in the order edited. */
    public List<String> changedColumns() {
        List<String> names = new ArrayList<>();
        localChanges.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The coach's value for a column (as JSON), if they changed it. */
    public Optional<JsonNode> localValue(String column) {
        return Optional.ofNullable(localChanges.get(column));
    }

    /** The server's value for a column (as JSON), if the row still exists there. */
    public Optional<JsonNode> serverValue(String column) {
        return serverRow == null ? Optional.empty() : Optional.ofNullable(serverRow.get(column));
    }

    /** Keep-both-notes is offered only when the coach edited the coach notes. */
    public boolean canKeepBothNotes() {
        return localChanges.has("coach_notes");
    }
}
