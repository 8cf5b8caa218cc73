package org.findinggood.coachdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Answers {@link RowSyncState} per row from the outbox and the conflict table. */
public final class RowSyncStates {

    private final CacheDatabase db;

    public RowSyncStates(CacheDatabase db) {
        this.db = db;
    }

    public RowSyncState of(String table, UUID rowId) {
        return unsynced(table).getOrDefault(rowId, RowSyncState.SYNCED);
    }

    /** Rows of {@code table} that are pending or in conflict; every other row is {@link RowSyncState#SYNCED}. */
    public Map<UUID, RowSyncState> unsynced(String table) {
        return db.read(c -> {
            Map<UUID, RowSyncState> states = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT row_id FROM outbox WHERE table_name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        states.put(UUID.fromString(rs.getString(1)), RowSyncState.PENDING);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT row_id FROM conflict WHERE table_name = ?")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        states.put(UUID.fromString(rs.getString(1)), RowSyncState.CONFLICT);
                    }
                }
            }
            return states;
        });
    }
}
