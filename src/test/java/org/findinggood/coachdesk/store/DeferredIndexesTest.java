package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes set aside for a big backfill come back exactly as they were: after it, or at the next open after a crash. */
class DeferredIndexesTest {

    @TempDir
    Path dir;

    @Test
    void setsAsideOnlyNonUniqueIndexesAndBuildsThemAgainAsTheyWere() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("c.db"), CacheKey.random()).database()) {
            List<String> before = indexes(db);
            DeferredIndexes deferred = new DeferredIndexes(db);

            assertThat(deferred.defer("daily_checkins")).isEqualTo(1);
            assertThat(deferred.defer("coaching_relationships")).isEqualTo(2);
            assertThat(deferred.setAside()).containsExactly("idx_checkins_client_date", "idx_relationships_client",
                    "idx_relationships_status");
            assertThat(indexes(db)).doesNotContain(before.stream().filter(i -> i.startsWith("idx_checkins_client_date")).toArray(String[]::new))
                    .anyMatch(i -> i.startsWith("idx_relationships_invite")); // unique: a constraint, always kept
            // rows still go in, and queries still answer, without the index
            new DailyCheckinRepository(db).upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 3))));
            new RelationshipRepository(db).upsertAll(List.of(Rows.relationship(Rows.ANA, RelationshipStatus.ACTIVE)));

            assertThat(deferred.restoreAll()).isEqualTo(3);
            assertThat(indexes(db)).isEqualTo(before);
            assertThat(deferred.setAside()).isEmpty();
            assertThat(deferred.restoreAll()).isZero();
        }
    }

    @Test
    void aCrashWithIndexesSetAsideIsRepairedAtTheNextOpen() throws Exception {
        Path file = dir.resolve("crash.db");
        CacheKey key = CacheKey.random();
        List<String> before;
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            before = indexes(db);
            new DeferredIndexes(db).defer("weekly_snapshots");
            assertThat(indexes(db)).isNotEqualTo(before);
        } // closed without restoring, as when the app dies mid-backfill

        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            assertThat(indexes(db)).isEqualTo(before);
            assertThat(new DeferredIndexes(db).setAside()).isEmpty();
        }
    }

    @Test
    void pulledChangesToATableBeingBulkFilledAreAnnouncedOnceWhenItsIndexesAreBack() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("n.db"), CacheKey.random()).database()) {
            List<Set<String>> heard = new ArrayList<>();
            db.changes().addListener(heard::add);
            DeferredIndexes deferred = new DeferredIndexes(db);
            DailyCheckinRepository checkins = new DailyCheckinRepository(db);
            deferred.defer("daily_checkins");
            heard.clear();

            // pulled pages: the check-ins are held back, other tables in the same page are not
            db.inRefetchableTransaction(() -> checkins.upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 3)))));
            db.inRefetchableTransaction(() -> {
                checkins.upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 4))));
                new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.ANA, "Ana")));
            });
            assertThat(heard).containsExactly(Set.of("clients"));
            // the coach's own edit of that table is announced at once
            db.inTransaction(() -> checkins.upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 5)))));
            assertThat(heard).last().isEqualTo(Set.of("daily_checkins"));
            heard.clear();

            deferred.restoreAll();
            assertThat(heard).containsExactly(Set.of("daily_checkins"));
            db.inRefetchableTransaction(() -> checkins.upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 6)))));
            assertThat(heard).as("after the fill, pages are announced again").hasSize(2);
        }
    }

    @Test
    void heldChangesAreAnnouncedEvenWhenRebuildingTheIndexesFails() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("f.db"), CacheKey.random()).database()) {
            List<Set<String>> heard = new ArrayList<>();
            db.changes().addListener(heard::add);
            DeferredIndexes deferred = new DeferredIndexes(db);
            deferred.defer("daily_checkins");
            db.inRefetchableTransaction(() -> new DailyCheckinRepository(db)
                    .upsertAll(List.of(Rows.checkin(Rows.ANA, LocalDate.of(2026, 1, 3)))));
            // a DDL that cannot run, as a damaged row in deferred_index would be
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE deferred_index SET sql = 'CREATE INDEX broken ON no_such_table (x)'");
                }
                return null;
            });
            heard.clear();

            assertThatThrownBy(deferred::restoreAll).isInstanceOf(CacheException.class);
            assertThat(heard).containsExactly(Set.of("daily_checkins"));
        }
    }

    /** name + DDL of every index with DDL, sorted. */
    private static List<String> indexes(CacheDatabase db) {
        return db.read(c -> {
            List<String> all = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")) {
                while (rs.next()) {
                    all.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
            return all;
        });
    }
}
