package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.activities.ActivityRow;
import org.findinggood.coachdesk.ui.roster.RelationshipAction;
import org.findinggood.coachdesk.store.RowSyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that gained enum values this version does not know (issue 18, item 3): PostgREST sends a text
 * column's value as a JSON string, whatever it is ({@code json_agg} of the row in PostgREST/postgrest
 * {@code src/PostgREST/Query/Statements.hs}), so a newer server's {@code archived} reaches us as is. The cache
 * must store exactly that, never move {@code updated_at} without it, and offer no move from it. Before this
 * change a first sync stored {@code unknown}, and a later change kept {@code active} with the new
 * {@code updated_at}, so a status edit passed the guard and overwrote the server's {@code archived}.
 */
class UnknownEnumValuesTest {

    private static final String COACH = "drift@example.org";

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private CacheDatabase cache;
    private CoachSync sync;

    @BeforeEach
    void start() throws Exception {
        stack = LocalSyncStack.start();
        UUID coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(3, 1, 4, 1, 1, 1).write(c, coachId, "drift");
        }
        // A newer server: one more relationship status and one more activity status.
        serverSql("alter table coaching_relationships drop constraint coaching_relationships_status_check");
        serverSql("alter table agreed_activities drop constraint agreed_activities_status_check");
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), SecretsLog.randomCacheKey());
        sync = stack.signIn(COACH).sync(cache, SyncSettings.standard());
    }

    @AfterEach
    void stop() {
        cache.close();
        stack.close();
    }

    @Test
    void aFirstSyncStoresTheServersTextNotUnknown() throws Exception {
        serverSql("update coaching_relationships set status = 'archived' where client_email = 'drift1@example.org'");
        serverSql("update agreed_activities set status = 'archived' where client_email = 'drift1@example.org'");

        sync.run(SyncProgress.NONE);

        RelationshipRepository relationships = new RelationshipRepository(cache);
        CoachingRelationship archived = relationships.byClient("drift1@example.org").orElseThrow();
        assertThat(relationships.rawValue(archived.id(), "status")).contains("archived");
        assertThat(archived.status()).isEqualTo(RelationshipStatus.UNKNOWN);
        assertThat(archived.unknown().describe("status", archived.status())).isEqualTo("archived: not known to this version");
        AgreedActivityRepository activities = new AgreedActivityRepository(cache);
        AgreedActivity activity = activities.byClient("drift1@example.org").get(0);
        assertThat(activities.rawValue(activity.id(), "status")).contains("archived");
    }

    @Test
    void aStatusChangedOnTheServerArrivesWithItsUpdatedAtAndNoEditCanOverwriteIt() throws Exception {
        sync.run(SyncProgress.NONE);
        RelationshipRepository relationships = new RelationshipRepository(cache);
        UUID relationship = relationships.byClient("drift2@example.org").orElseThrow().id();
        AgreedActivity activity = new AgreedActivityRepository(cache).byClient("drift2@example.org").get(0);
        serverSql("update coaching_relationships set status = 'archived', updated_at = now() where id = '" + relationship + "'");
        serverSql("update agreed_activities set status = 'archived', updated_at = now() where id = '" + activity.id() + "'");

        sync.run(SyncProgress.NONE);

        CoachingRelationship cached = relationships.findById(relationship).orElseThrow();
        assertThat(relationships.rawValue(relationship, "status")).contains("archived");
        assertThat(cached.updatedAt()).isEqualTo(serverTime("select updated_at from coaching_relationships where id = '"
                + relationship + "'"));
        assertThat(RelationshipAction.availableFor(cached.status())).as("no lifecycle move is offered").isEmpty();

        LocalEdits edits = new LocalEdits(cache);
        assertThatThrownBy(() -> edits.changeRelationshipStatus(relationship, RelationshipStatus.COMPLETED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("archived: not known to this version");
        assertThatThrownBy(() -> edits.changeActivityStatus(activity.id(), ActivityStatus.RESOLVED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("archived: not known to this version");
        ActivityRow row = new ActivityRow(new AgreedActivityRepository(cache).findById(activity.id()).orElseThrow(),
                RowSyncState.SYNCED);
        assertThat(row.statusEditable()).isFalse();
        assertThat(row.statusWord()).isEqualTo("archived");
        assertThat(new OutboxRepository(cache).count()).isZero();

        // Another edit of the row goes through and leaves the server's status alone, on both sides.
        edits.editCoachNotes(activity.id(), "Still worth a word");
        sync.run(SyncProgress.NONE);

        assertThat(serverText("select status from agreed_activities where id = '" + activity.id() + "'")).isEqualTo("archived");
        assertThat(serverText("select coach_notes from agreed_activities where id = '" + activity.id() + "'"))
                .isEqualTo("Still worth a word");
        assertThat(new AgreedActivityRepository(cache).rawValue(activity.id(), "status")).contains("archived");
        assertThat(new AgreedActivityRepository(cache).findById(activity.id()).orElseThrow().updatedAt())
                .isEqualTo(serverTime("select updated_at from agreed_activities where id = '" + activity.id() + "'"));
    }

    private void serverSql(String sql) throws Exception {
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String serverText(String sql) throws Exception {
        try (Connection c = stack.sql(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private OffsetDateTime serverTime(String sql) throws Exception {
        try (Connection c = stack.sql(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }
}
