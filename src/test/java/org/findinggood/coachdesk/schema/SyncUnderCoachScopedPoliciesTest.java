package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.sync.CacheVersusServer;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coach Desk's full sync (pull of every table, push of every kind of edit) against the local
 * Supabase stand-in with coach_scoped.sql applied instead of the seed's "Allow all": the app
 * needs nothing the tight policies forbid, and another coach's rows never reach the cache.
 */
class SyncUnderCoachScopedPoliciesTest {

    private static final String COACH = "scoped.coach@example.org";
    private static final String OTHER_COACH = "scoped.other@example.org";

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private UUID coachId;
    private CacheDatabase cache;

    @BeforeEach
    void seedAndTighten() throws Exception {
        stack = LocalSyncStack.start();
        stack.database().applyScript(PostgresHarness.coachScopedPolicies());
        coachId = stack.coach(COACH);
        UUID other = stack.coach(OTHER_COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(4, 2, 6, 5, 10, 2).write(c, coachId, "mine");
            new ServerSeed(3, 1, 4, 2, 5, 1).write(c, other, "theirs");
        }
        cache = CacheDatabase.open(dir.resolve("cache.db"), SecretsLog.randomCacheKey()).database();
    }

    @AfterEach
    void close() {
        cache.close();
        stack.close();
    }

    @Test
    void fullSyncPullsExactlyTheCoachsScopeAndPushesEveryKindOfEdit() throws Exception {
        var sync = stack.signIn(COACH).sync(cache, SyncSettings.standard());
        sync.run(SyncProgress.NONE);

        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, coachId)).isEmpty();
        }
        assertThat(new ClientRepository(cache).all()).hasSize(4).allMatch(client -> client.email().startsWith("mine"));
        assertThat(new AgreedActivityRepository(cache).all()).hasSize(24)
                .noneMatch(a -> a.clientEmail().startsWith("theirs"));

        LocalEdits edits = new LocalEdits(cache);
        AgreedActivity existing = new AgreedActivityRepository(cache).all().get(0);
        edits.editCoachNotes(existing.id(), "Scoped: ask about the manager");
        edits.changeActivityStatus(existing.id(), ActivityStatus.RESOLVED);
        AgreedActivity added = edits.addActivity("mine1@example.org", ActivitySource.SESSION, Visibility.COACH_ONLY,
                "Write three wins a day", "Private: check in on sleep");
        CoachingRelationship invited = edits.inviteClient("new.client@example.org");
        CoachingRelationship relationship = new RelationshipRepository(cache).all().stream()
                .filter(r -> r.clientEmail().equals("mine2@example.org")).findFirst().orElseThrow();
        edits.changeRelationshipStatus(relationship.id(), RelationshipStatus.PAUSED);

        sync.run(SyncProgress.NONE);

        assertThat(new OutboxRepository(cache).count()).as("every edit was accepted under the policies").isZero();
        try (Connection c = stack.sql()) {
            assertThat(Sql.row(c, "select coach_notes, status from agreed_activities where id = '" + existing.id() + "'"))
                    .isEqualTo("Scoped: ask about the manager,resolved");
            assertThat(Sql.row(c, "select coach_id, visibility from agreed_activities where id = '" + added.id() + "'"))
                    .isEqualTo(coachId + ",coach_only");
            assertThat(Sql.row(c, "select coach_id, status from coaching_relationships where id = '" + invited.id() + "'"))
                    .isEqualTo(coachId + ",pending_coach_invite");
            assertThat(Sql.row(c, "select status from coaching_relationships where id = '" + relationship.id() + "'"))
                    .isEqualTo("paused");
            assertThat(new CacheVersusServer().differences(c, cache, coachId)).isEmpty();
        }
    }
}
