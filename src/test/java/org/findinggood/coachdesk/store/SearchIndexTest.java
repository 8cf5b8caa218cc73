package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FTS5 index in a real encrypted cache: prefix matching and folded accents, and the index in step with
 * every write path (a pulled page, a local edit, a conflict's server row, a reconciliation delete, a failed
 * transaction), and built by migration 009 for a cache written before it.
 */
class SearchIndexTest {

    @TempDir
    Path dir;
    CacheKey key = SecretsLog.randomCacheKey();
    CacheDatabase db;
    SearchIndex index;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir.resolve("w.db"), key).database();
        new CoachRepository(db).upsertAll(List.of(Rows.coach()));
        index = new SearchIndex(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Set<String> clientsFound(String query) {
        return Set.copyOf(index.search(query, 50).stream().map(SearchIndex.SearchHit::clientEmail).toList());
    }

    @Test
    void prefixesAndFoldedAccentsFindNamesAndText() {
        new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.ANA, "José Álvarez")));
        WeeklySnapshot week = snapshotWithTheme(Rows.BEN, "Resilience under pressure");
        new WeeklySnapshotRepository(db).upsertAll(List.of(week));

        assertThat(clientsFound("jose")).containsExactly(Rows.ANA);
        assertThat(clientsFound("alv")).containsExactly(Rows.ANA);
        assertThat(clientsFound("resil")).containsExactly(Rows.BEN);
        assertThat(clientsFound("RESIL press")).containsExactly(Rows.BEN);
        assertThat(clientsFound("resil nothing-like-this")).isEmpty();
        SearchIndex.SearchHit hit = index.search("resil", 5).get(0);
        assertThat(hit.table()).isEqualTo("weekly_snapshots");
        assertThat(hit.rowId()).isEqualTo(week.id());
        assertThat(hit.date()).isEqualTo(week.weekStart());
        // the row's label names the week ("Week 16 · 23 Nov – 29 Nov 2026")
        assertThat(hit.weekNumber()).isEqualTo(week.weekNumber());
        assertThat(hit.weekEnd()).isEqualTo(week.weekEnd());
        assertThat(hit.snippet()).contains(SearchIndex.MATCH_START + "Resilience" + SearchIndex.MATCH_END);
    }

    @Test
    void jsonKeysAreNotIndexedOnlyTheirText() {
        new WeeklySnapshotRepository(db).upsertAll(List.of(Rows.snapshot(Rows.ANA, LocalDate.of(2026, 1, 5))));
        // Rows.snapshot has themes ["courage","rest"] and the key "repeated" in language_patterns
        assertThat(clientsFound("courage")).containsExactly(Rows.ANA);
        assertThat(clientsFound("repeated")).isEmpty();
    }

    @Test
    void anyTypedTextIsAValidQuery() {
        new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.ANA, "Ana")));
        for (String odd : List.of("\"", "ana\"", "-", "a:b", "*", "NOT", "(ana", "ana AND", "^ana", "''", "   ")) {
            index.search(odd, 10);
        }
        assertThat(clientsFound("\"ana\"")).containsExactly(Rows.ANA);
        assertThat(SearchIndex.matchExpression("resil jo")).isEqualTo("\"resil\"* \"jo\"*");
        assertThat(SearchIndex.matchExpression("say \"open thread\"")).isEqualTo("\"say\"* \"open thread\"*");
        assertThat(SearchIndex.matchExpression(" -- ")).isEmpty();
    }

    @Test
    void invitesAreFoundByCodeAndEmail() {
        RelationshipRepository relationships = new RelationshipRepository(db);
        var invite = Rows.relationship("new.client@example.com", RelationshipStatus.PENDING_COACH_INVITE);
        invite = new org.findinggood.coachdesk.model.CoachingRelationship(invite.id(), invite.coachId(), invite.clientEmail(),
                invite.status(), null, null, "FG-AB12-CD34", invite.createdAt(), invite.updatedAt());
        relationships.upsertAll(List.of(invite));
        assertThat(clientsFound("FG-AB12")).containsExactly("new.client@example.com");
        assertThat(clientsFound("new.cli")).containsExactly("new.client@example.com");
    }

    @Test
    void aPulledPageReplacesTheRowsTextAndADeleteRemovesIt() {
        AgreedActivityRepository activities = new AgreedActivityRepository(db);
        AgreedActivity walk = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        activities.upsertAll(List.of(walk));
        assertThat(clientsFound("walk")).containsExactly(Rows.ANA);

        // the next page brings the row with new text: the old words go, the new ones are found
        activities.upsertAll(List.of(withText(walk, "Swim on Sundays")));
        assertThat(clientsFound("walk")).isEmpty();
        assertThat(clientsFound("sund")).containsExactly(Rows.ANA);
        assertThat(index.search("swim", 10)).hasSize(1);

        // reconciliation: the server no longer has it
        assertThat(activities.deleteByIds(List.of(walk.id()))).isEqualTo(1);
        assertThat(clientsFound("swim")).isEmpty();
    }

    @Test
    void aLocalEditIsFoundAtOnceAndSurvivesAPullOfTheOldServerText() {
        AgreedActivityRepository activities = new AgreedActivityRepository(db);
        AgreedActivity walk = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        activities.upsertAll(List.of(walk));
        new LocalEdits(db).editCoachNotes(walk.id(), "Ask about the marathon");
        assertThat(clientsFound("marath")).containsExactly(Rows.ANA);

        // a pull of the server's older row: the unsent edit is laid over it again, and so is its text
        activities.upsertAll(List.of(walk));
        assertThat(clientsFound("marath")).containsExactly(Rows.ANA);
        // the edit is unsent: reconciliation keeps the row and its text
        activities.deleteByIds(List.of(walk.id()));
        assertThat(clientsFound("marath")).containsExactly(Rows.ANA);
    }

    @Test
    void aConflictsServerRowIsIndexed() {
        AgreedActivityRepository activities = new AgreedActivityRepository(db);
        AgreedActivity walk = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        activities.upsertAll(List.of(walk));
        ObjectNode server = CacheJson.rowToJson(withText(walk, "Cycle to the office"));
        activities.upsertJson(server);
        assertThat(clientsFound("cycl")).containsExactly(Rows.ANA);
        assertThat(clientsFound("walk")).isEmpty();
    }

    @Test
    void aFailedTransactionLeavesTheIndexAsItWas() {
        AgreedActivityRepository activities = new AgreedActivityRepository(db);
        AgreedActivity walk = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        assertThatThrownBy(() -> db.inTransaction(() -> {
            activities.upsertAll(List.of(walk));
            throw new IllegalStateException("the page's cursor could not be written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(clientsFound("walk")).isEmpty();
    }

    @Test
    void aCacheFromBeforeTheIndexGetsItBuiltAtOpen() throws Exception {
        new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.ANA, "Zoë Quartz")));
        new WeeklySnapshotRepository(db).upsertAll(List.of(snapshotWithTheme(Rows.BEN, "Boundaries")));
        // back to a cache from before migration 009: no index, no triggers
        SearchUpkeepSwitch.dropTriggers(db);
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DROP TABLE search_text");
                st.executeUpdate("DROP TABLE search_client");
                st.executeUpdate("PRAGMA user_version = " + SchemaMigrations.names().indexOf("009_search_index.sql"));
            }
            return null;
        });
        db.close();

        db = CacheDatabase.open(dir.resolve("w.db"), key).database();
        index = new SearchIndex(db);
        assertThat(clientsFound("zoe")).containsExactly(Rows.ANA);
        assertThat(clientsFound("bound")).containsExactly(Rows.BEN);
        new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.BEN, "Ben Újvári")));
        assertThat(clientsFound("ujv")).containsExactly(Rows.BEN);
    }

    @Test
    void aBulkFillWithoutTriggersIsIndexedWhenItsIndexesAreRebuilt() {
        List<String> triggers = searchTriggers();
        WeeklySnapshot before = snapshotWithTheme(Rows.ANA, "Gratitude");
        new WeeklySnapshotRepository(db).upsertAll(List.of(before));
        DeferredIndexes deferred = new DeferredIndexes(db);
        deferred.defer("weekly_snapshots");
        deferred.defer("clients");
        assertThat(searchTriggers()).noneMatch(t -> t.startsWith("search_weekly_snapshots_") || t.startsWith("search_clients_"))
                .anyMatch(t -> t.startsWith("search_agreed_activities_")); // other tables keep theirs
        assertThat(deferred.setAside()).as("only indexes are reported").noneMatch(n -> n.startsWith("search_"));

        // the fill: a new row, a changed row, both unindexed until the rebuild
        new WeeklySnapshotRepository(db).upsertAll(List.of(snapshotWithTheme(Rows.BEN, "Resilience"),
                withTheme(before, "Courage")));
        new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.ANA, "Zoë Quartz")));
        assertThat(clientsFound("resil")).isEmpty();

        deferred.restoreAll();
        assertThat(searchTriggers()).isEqualTo(triggers);
        assertThat(clientsFound("resil")).containsExactly(Rows.BEN);
        assertThat(clientsFound("courage")).contains(Rows.ANA);
        assertThat(clientsFound("gratitude")).as("the changed row's old document is gone").isEmpty();
        assertThat(clientsFound("zoe")).containsExactly(Rows.ANA);
        assertThat(documents("weekly_snapshots")).isEqualTo(2);
        // the triggers work again
        new WeeklySnapshotRepository(db).upsertAll(List.of(snapshotWithTheme("cara@example.com", "Patience")));
        assertThat(clientsFound("patience")).containsExactly("cara@example.com");
    }

    @Test
    void aCrashMidFillLeavesTriggersAndDocumentsRestoredAtTheNextOpen() {
        List<String> triggers = searchTriggers();
        new DeferredIndexes(db).defer("weekly_snapshots");
        new WeeklySnapshotRepository(db).upsertAll(List.of(snapshotWithTheme(Rows.BEN, "Resilience")));
        db.close(); // without restoring, as when the app dies mid-backfill

        db = CacheDatabase.open(dir.resolve("w.db"), key).database();
        index = new SearchIndex(db);
        assertThat(searchTriggers()).isEqualTo(triggers);
        assertThat(clientsFound("resil")).containsExactly(Rows.BEN);
        new WeeklySnapshotRepository(db).upsertAll(List.of(snapshotWithTheme(Rows.ANA, "Patience")));
        assertThat(clientsFound("patience")).containsExactly(Rows.ANA);
    }

    /** name + DDL of every search trigger, sorted. */
    private List<String> searchTriggers() {
        return db.read(c -> {
            List<String> all = new java.util.ArrayList<>();
            try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%' ORDER BY name")) {
                while (rs.next()) {
                    all.add(rs.getString(1) + ": " + rs.getString(2));
                }
            }
            return all;
        });
    }

    private int documents(String source) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); java.sql.ResultSet rs = st.executeQuery(
                    "SELECT count(*) FROM search_text WHERE source = '" + source + "'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static WeeklySnapshot snapshotWithTheme(String email, String theme) {
        return withTheme(Rows.snapshot(email, LocalDate.of(2026, 1, 12)), theme);
    }

    private static WeeklySnapshot withTheme(WeeklySnapshot s, String theme) {
        return new WeeklySnapshot(s.id(), s.clientEmail(), s.coachId(), s.weekNumber(), s.weekStart(), s.weekEnd(),
                s.activityCounts(), Rows.json("[\"" + theme + "\"]"), s.languagePatterns(), s.firesSignals(), s.exchanges(),
                s.openThreads(), s.coachingQuestions(), s.createdAt());
    }

    private static AgreedActivity withText(AgreedActivity a, String text) {
        return new AgreedActivity(a.id(), a.clientEmail(), a.coachId(), a.source(), text, a.status(), a.evidenceEntries(),
                a.coachNotes(), a.visibility(), a.createdAt(), a.updatedAt());
    }

}
