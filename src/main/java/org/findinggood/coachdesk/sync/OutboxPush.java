package org.findinggood.coachdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.findinggood.coachdesk.remote.ApiException;
import org.findinggood.coachdesk.remote.AuthExpiredException;
import org.findinggood.coachdesk.remote.ConflictException;
import org.findinggood.coachdesk.remote.ConstraintViolationException;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.PostgrestQuery;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.OutboxEntry;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RowRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox in order. An entry leaves the outbox only once the server confirmed it; a failure
 * on the way (timeout, reset, 5xx) leaves it queued for the next round, which sends it again. An edit the
 * server refuses every time ({@link EditRefusal}) leaves the outbox as a rejected entry the coach sees with
 * the server's reason, and the rest of the outbox goes on. Sending twice is harmless:
 * <ul>
 * <li>an insert carries the client-generated id; if an earlier attempt landed, the server answers
 *     "duplicate key" and the row is read back to confirm (an {@code on_conflict} merge is not used,
 *     as it would overwrite a server edit made between the two attempts);</li>
 * <li>an update is a PATCH filtered by id <em>and</em> {@code updated_at} as last pulled, returning the
 *     row. Zero rows means the row changed since: if it already holds the edit's values (an earlier
 *     attempt landed, only its answer was lost) that is a confirmation; otherwise it is a conflict,
 *     recorded with both versions, and nothing is overwritten.</li>
 * </ul>
 */
final class OutboxPush {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxPush.class);

    private final PostgrestClient rest;
    private final CacheDatabase db;
    private final OutboxRepository outbox;
    private final ConflictRepository conflicts;
    private final Map<String, RowRepository<?>> repositories;

    OutboxPush(PostgrestClient rest, CacheDatabase db, OutboxRepository outbox, ConflictRepository conflicts,
            Map<String, RowRepository<?>> repositories) {
        this.rest = rest;
        this.db = db;
        this.outbox = outbox;
        this.conflicts = conflicts;
        this.repositories = repositories;
    }

    /** Pushes every queued entry in order; returns how many were confirmed or turned into conflicts. */
    int push(SyncProgress progress) {
        List<OutboxEntry> entries = outbox.pending();
        if (entries.isEmpty()) {
            return 0;
        }
        progress.begin(SyncPhase.PUSHING, null, entries.size());
        int done = 0;
        RuntimeException failed = null;
        for (OutboxEntry entry : entries) {
            try {
                if (entry.operation() == OutboxEntry.Operation.INSERT) {
                    pushInsert(entry);
                } else {
                    pushUpdate(entry, true);
                }
            } catch (RuntimeException e) {
                if (EditRefusal.isRefusal(e)) {
                    reject(entry, (ApiException) e);
                } else {
                    outbox.recordFailure(entry, e.getClass().getSimpleName());
                    if (failed == null) {
                        failed = e;
                    } else {
                        failed.addSuppressed(e);
                    }
                    if (stopsThePush(e)) {
                        break;
                    }
                    continue;
                }
            }
            done++;
            progress.advance(1);
        }
        if (failed != null) {
            throw failed;
        }
        return done;
    }

    /**
     * Offline, overloaded or signed out: the other entries would fail the same way (each after its timeout).
     * Anything else concerned this entry only, so the rest of the outbox still goes out.
     */
    private static boolean stopsThePush(RuntimeException failure) {
        return !(failure instanceof ApiException api) || api.retryable() || api.status() == 0
                || failure instanceof AuthExpiredException;
    }

    /** The server refuses this edit every time: it leaves the outbox as a rejected entry with the server's reason. */
    private void reject(OutboxEntry entry, ApiException refused) {
        LOG.warn("The server refused an edit of {} (HTTP {}, code {}); kept as a rejected edit for the coach",
                entry.table(), refused.status(), refused.code());
        EditRefusal refusal = EditRefusal.of(refused);
        JsonNode current = shownRow(entry);
        db.inTransaction(() -> conflicts.reject(entry, current, refusal.reason(), refusal.details()));
    }

    /** The server's row, or null when it does not show it to this coach (a refused read is no reason to retry). */
    private JsonNode shownRow(OutboxEntry entry) {
        try {
            return serverRow(entry).orElse(null);
        } catch (RuntimeException unreadable) {
            if (EditRefusal.isRefusal(unreadable)) {
                return null;
            }
            throw unreadable;
        }
    }

    private void pushInsert(OutboxEntry entry) {
        OutboxEntry earlier = sending(entry);
        ObjectNode row = entry.payload();
        row.put("id", entry.rowId().toString());
        // The server stamps its own times: a laptop's clock must not place rows behind other devices' cursors.
        row.remove(List.of("created_at", "updated_at"));
        JsonNode stored;
        try {
            List<JsonNode> inserted = rest.from(entry.table()).insert(row, JsonNode.class);
            stored = inserted.isEmpty() ? serverRow(entry).orElse(null) : inserted.get(0);
        } catch (ConflictException duplicate) {
            // An earlier attempt landed (its answer was lost), or another unique value collides: a refusal.
            stored = serverRow(entry).orElseThrow(() -> duplicate);
        } catch (ConstraintViolationException refused) {
            if (!EditRefusal.CHECK_VIOLATION.equals(refused.code())) {
                throw refused;
            }
            LOG.warn("The server refused a new {} row: {}", entry.table(), refused.code());
            db.inTransaction(() -> conflicts.record(entry, null));
            return;
        }
        if (stored == null) {
            throw new IllegalStateException("The server accepted a new " + entry.table() + " row but does not list it.");
        }
        if (holds(stored, stripped(entry))) {
            confirm(entry, stored);
        } else if (earlier != null && earlier.seq() == entry.seq() && earlier.revision() < entry.revision()
                && holds(stored, stripped(earlier))) {
            // An earlier attempt inserted an older version and the coach edited the row since: the newer
            // values become an update on the row the server has, sent now.
            rebase(entry, stored);
            outbox.forRow(entry.table(), entry.rowId()).ifPresent(rebased -> pushUpdate(rebased, false));
        } else {
            LOG.info("A new {} row was changed on the server before its insert was confirmed", entry.table());
            JsonNode server = stored;
            db.inTransaction(() -> conflicts.record(entry, server));
        }
    }

    /** Confirms an older revision: the store keeps the entry, now as an update based on the server's row. */
    private void rebase(OutboxEntry entry, JsonNode serverRow) {
        OutboxEntry older = new OutboxEntry(entry.seq(), entry.table(), entry.rowId(), entry.operation(),
                entry.payload(), entry.baseUpdatedAt(), entry.createdAt(), entry.attempts(), entry.lastError(),
                entry.revision() - 1);
        confirm(older, serverRow);
    }

    private void pushUpdate(OutboxEntry entry, boolean mayRebase) {
        OutboxEntry earlier = sending(entry);
        ObjectNode patch = stripped(entry);
        PostgrestQuery guarded = rest.from(entry.table()).eq("id", entry.rowId());
        guarded = entry.baseUpdatedAt() == null ? guarded.is("updated_at", null)
                : guarded.eq("updated_at", entry.baseUpdatedAtText());
        List<JsonNode> updated;
        try {
            updated = guarded.update(patch, JsonNode.class);
        } catch (ConstraintViolationException refused) {
            if (!EditRefusal.CHECK_VIOLATION.equals(refused.code())) {
                throw refused;
            }
            LOG.warn("The server refused an edit of {}: {}", entry.table(), refused.code());
            JsonNode current = serverRow(entry).orElse(null);
            db.inTransaction(() -> conflicts.record(entry, current));
            return;
        }
        if (!updated.isEmpty()) {
            confirm(entry, updated.get(0));
            return;
        }
        Optional<JsonNode> current = serverRow(entry);
        if (current.isPresent() && holds(current.get(), patch)) {
            confirm(entry, current.get());
            return;
        }
        if (mayRebase && current.isPresent() && earlier != null && earlier.seq() == entry.seq()
                && earlier.revision() < entry.revision()
                && holds(current.get(), stripped(earlier))) {
            // Our earlier attempt landed (its answer was lost) and the coach edited the row again since:
            // rebase the newer edit on the server's row and send it now.
            rebase(entry, current.get());
            OutboxEntry rebased = outbox.forRow(entry.table(), entry.rowId()).orElse(null);
            if (rebased != null) {
                pushUpdate(rebased, false);
            }
            return;
        }
        LOG.info("An edit of {} conflicts with a newer server version; kept for the coach to resolve", entry.table());
        db.inTransaction(() -> conflicts.record(entry, current.orElse(null)));
    }

    /**
     * The version an earlier attempt sent for this entry (null if none), and records this attempt first: it
     * tells our own landed write from someone else's edit, also after a restart (the store keeps it).
     */
    private OutboxEntry sending(OutboxEntry entry) {
        OutboxEntry earlier = outbox.lastAttempt(entry).orElse(null);
        outbox.recordAttempt(entry);
        return earlier;
    }

    private static ObjectNode stripped(OutboxEntry entry) {
        ObjectNode patch = entry.payload();
        patch.remove(List.of("id", "created_at", "updated_at"));
        return patch;
    }

    private Optional<JsonNode> serverRow(OutboxEntry entry) {
        List<JsonNode> rows = rest.from(entry.table()).eq("id", entry.rowId()).list(JsonNode.class);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The server's row and the queue entry's confirmation, in one cache transaction. */
    private void confirm(OutboxEntry entry, JsonNode serverRow) {
        RowRepository<?> rows = repositories.get(entry.table());
        OffsetDateTime serverUpdatedAt = timestamp(serverRow.get("updated_at"));
        db.inTransaction(() -> {
            if (rows != null) {
                rows.upsertJson(serverRow);
            }
            outbox.confirm(entry, serverUpdatedAt);
        });
    }

    /** True when every column of {@code patch} already has that value on the server. */
    static boolean holds(JsonNode serverRow, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode server = serverRow.get(field.getKey());
            if (!sameValue(server, field.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(JsonNode server, JsonNode mine) {
        boolean serverNull = server == null || server.isNull();
        boolean mineNull = mine == null || mine.isNull();
        if (serverNull || mineNull) {
            return serverNull == mineNull;
        }
        if (server.equals(mine)) {
            return true;
        }
        if (server.isTextual() && mine.isTextual()) {
            // Timestamps come back in the server's notation (+00:00 rather than Z).
            OffsetDateTime a = timestamp(server);
            OffsetDateTime b = timestamp(mine);
            return a != null && b != null && a.isEqual(b);
        }
        return false;
    }

    private static OffsetDateTime timestamp(JsonNode node) {
        if (node == null || node.isNull() || !node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText());
        } catch (DateTimeParseException notATimestamp) {
            return null;
        }
    }
}
