package org.findinggood.coachdesk.testsupport.career;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What {@link CareerWorkspace} wrote: this coach's client e-mails (roster order), the longest client, the
 * other coaches, and rows and JSON bytes per table (this coach's scope and everything written).
 *
 * @param coachId       the coach whose career it is
 * @param clientEmails  this coach's clients, the longest first
 * @param otherCoaches  the colleagues' ids; their per-coach rows must never reach this coach's cache
 * @param tables        per table, in write order
 */
public record Career(UUID coachId, List<String> clientEmails, List<UUID> otherCoaches, Map<String, TableFigures> tables) {

    /** The client with the most weeks of history (five years at career scale), always active. */
    public String longestClient() {
        return clientEmails.get(0);
    }

    /** Rows this coach's first sync should receive, over every table. */
    public long rowsInScope() {
        return tables.values().stream().mapToLong(TableFigures::rowsInScope).sum();
    }

    public long rowsWritten() {
        return tables.values().stream().mapToLong(TableFigures::rowsWritten).sum();
    }

    /** One line per table: rows in this coach's scope, rows written, JSON bytes in scope (as PostgREST sends them). */
    public String summary() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %9s %9s %12s%n", "table", "in scope",
                "written", "JSON bytes"));
        tables.forEach((name, t) -> out.append(String.format(Locale.ROOT, "%-24s %9d %9d %12d%n", name, t.rowsInScope(),
                t.rowsWritten(), t.jsonBytesInScope())));
        out.append(String.format(Locale.ROOT, "%-24s %9d %9d %12d", "total", rowsInScope(), rowsWritten(),
                tables.values().stream().mapToLong(TableFigures::jsonBytesInScope).sum()));
        return out.toString();
    }

    /** Rows and bytes of one table. */
    public record TableFigures(long rowsInScope, long rowsWritten, long jsonBytesInScope) {
    }
}
