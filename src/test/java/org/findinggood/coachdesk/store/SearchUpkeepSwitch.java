package org.findinggood.coachdesk.store;

import java.sql.Statement;
import java.util.List;

/**
 * For the benchmark's baseline only: removes the search index's triggers from a cache, so the same first
 * sync can be timed with and without keeping the index (the app never runs without them).
 */
public final class SearchUpkeepSwitch {

    static final List<String> TABLES = List.of("clients", "coaching_relationships", "weekly_snapshots", "rolling_aggregates",
            "agreed_activities", "focus_history", "permissions");

    private SearchUpkeepSwitch() {
    }

    public static void dropTriggers(CacheDatabase db) {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                for (String table : TABLES) {
                    for (String event : List.of("insert", "update", "delete")) {
                        st.executeUpdate("DROP TRIGGER IF EXISTS search_" + table + "_" + event);
                    }
                }
            }
            return null;
        });
    }
}
