package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The UI's queries must use the indexes (SQLite's own EXPLAIN QUERY PLAN decides, not us). */
class QueryPlanTest {

    @TempDir
    static Path dir;
    static CacheDatabase db;

    @BeforeAll
    static void open() {
        db = CacheDatabase.open(dir.resolve("w.db"), CacheKey.forDemo()).database();
        db.inTransaction(() -> db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("ANALYZE");
            }
            return null;
        }));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static String plan(String sql) {
        return db.read(c -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString("detail"));
                }
            }
            return String.join("\n", lines);
        });
    }

    @Test
    void rosterUsesTheCheckinActivityAndClientIndexes() {
        String plan = plan(RosterQuery.sqlForPlan());
        assertThat(plan).contains("idx_checkins_client_date").contains("idx_activities_client_status")
                .contains("idx_clients_email");
        assertThat(plan(RelationshipRepository.BY_STATUS)).contains("idx_relationships_status");
    }

    @Test
    void perClientReadsUseTheirIndexes() {
        assertThat(plan(WeeklySnapshotRepository.BY_CLIENT)).contains("idx_snapshots_client_week");
        assertThat(plan(WeeklySnapshotRepository.LATEST_BY_CLIENT)).contains("idx_snapshots_client_week");
        assertThat(plan(WeeklySnapshotRepository.WEEKS_BY_CLIENT)).contains("idx_snapshots_client_week");
        assertThat(plan(AgreedActivityRepository.BY_CLIENT_AND_STATUS)).contains("idx_activities_client_status");
        assertThat(plan(AgreedActivityRepository.OPEN_BY_CLIENT)).contains("idx_activities_client_status");
        assertThat(plan(AgreedActivityRepository.BY_CLIENT)).contains("idx_activities_client_status");
        assertThat(plan(DailyCheckinRepository.BETWEEN)).contains("idx_checkins_client_date");
        assertThat(plan(PermissionRepository.LATEST_BY_CLIENT)).contains("idx_permissions_client_updated");
        assertThat(plan(RollingAggregateRepository.BY_CLIENT)).contains("idx_aggregates_client");
        assertThat(plan(FocusHistoryRepository.BY_CLIENT)).contains("idx_focus_client");
    }
}
