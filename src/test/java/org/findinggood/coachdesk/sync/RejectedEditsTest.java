package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.remote.ApiException;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxEntry;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits the server refuses every time (issue 18, item 4), with real refusals in the real database: a trigger
 * that raises (P0001, HTTP 400), a restrictive row level security policy (42501, HTTP 403), a unique key taken
 * by another row (23505, HTTP 409). PostgREST's own mapping of these errors is {@code pgErrorStatus} in
 * PostgREST/postgrest {@code src/PostgREST/Error.hs}; LocalPostgrest follows it. Before this change each was
 * thrown again every round before the pull, so nothing was ever pulled again.
 */
class RejectedEditsTest {

    private static final String COACH = "refused@example.org";

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private CacheDatabase cache;
    private CoachSync sync;
    private LocalEdits edits;
    private UUID coachId;

    @BeforeEach
    void start() throws Exception {
        stack = LocalSyncStack.start();
        coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(2, 1, 4, 1, 1, 1).write(c, coachId, "refused");
        }
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), SecretsLog.randomCacheKey());
        sync = stack.signIn(COACH).sync(cache, SyncSettings.standard());
        sync.run(SyncProgress.NONE);
        edits = new LocalEdits(cache);
    }

    @AfterEach
    void stop() {
        cache.close();
        stack.close();
    }

    @Test
    void anEditATriggerRefusesBecomesRejectedWithTheServersReasonAndTheRestGoesOn() throws Exception {
        serverSql("create function public.no_secret_notes() returns trigger language plpgsql as $$ begin "
                + "if new.coach_notes like '%secret%' then raise exception 'Coach notes may not hold secrets'; end if; "
                + "return new; end $$");
        serverSql("create trigger no_secret_notes before update on public.agreed_activities "
                + "for each row execute function public.no_secret_notes()");
        List<AgreedActivity> mine = activities();
        AgreedActivity refused = mine.get(0);
        AgreedActivity fine = mine.get(1);
        edits.editCoachNotes(refused.id(), "The secret plan");
        edits.editCoachNotes(fine.id(), "An ordinary note");
        AgreedActivity changedOnServer = mine.get(2);
        serverSql("update agreed_activities set activity_text = 'Changed on the web' where id = '" + changedOnServer.id() + "'");

        sync.run(SyncProgress.NONE);

        Conflict rejected = new ConflictRepository(cache).forRow("agreed_activities", refused.id()).orElseThrow();
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.refusal()).isEqualTo("Coach notes may not hold secrets");
        assertThat(rejected.refusalDetails()).contains("HTTP 400").contains("P0001");
        assertThat(rejected.localValue("coach_notes").orElseThrow().asText()).isEqualTo("The secret plan");
        assertThat(rejected.serverRow()).as("the server's row, to go back to on discard").isNotNull();
        assertThat(serverText("select coach_notes from agreed_activities where id = '" + fine.id() + "'"))
                .as("the rest of the outbox went on").isEqualTo("An ordinary note");
        assertThat(new OutboxRepository(cache).count()).isZero();
        assertThat(new AgreedActivityRepository(cache).findById(changedOnServer.id()).orElseThrow().activityText())
                .as("the pull ran").isEqualTo("Changed on the web");

        sync.run(SyncProgress.NONE); // a later round does not send it again, nor fail

        // Edit and retry: the new text joins the rejected edit, and "Retry" queues it again.
        edits.editCoachNotes(refused.id(), "The plan, without anything hidden");
        ConflictRepository conflicts = new ConflictRepository(cache);
        conflicts.resolve(conflicts.forRow("agreed_activities", refused.id()).orElseThrow(), ConflictResolution.KEEP_MINE);
        sync.run(SyncProgress.NONE);

        assertThat(serverText("select coach_notes from agreed_activities where id = '" + refused.id() + "'"))
                .isEqualTo("The plan, without anything hidden");
        assertThat(conflicts.count()).isZero();
        assertThat(new OutboxRepository(cache).count()).isZero();
    }

    @Test
    void anEditARestrictivePolicyForbidsIsRejectedAndDiscardingItRestoresTheServersRow() throws Exception {
        serverSql("create policy no_sharing on public.agreed_activities as restrictive for update to authenticated "
                + "using (true) with check (visibility = 'coach_only')");
        AgreedActivity target = activities().stream().filter(a -> a.visibility() == Visibility.COACH_ONLY).findFirst()
                .orElseThrow();
        edits.changeVisibility(target.id(), Visibility.SHARED);

        sync.run(SyncProgress.NONE);

        ConflictRepository conflicts = new ConflictRepository(cache);
        Conflict rejected = conflicts.forRow("agreed_activities", target.id()).orElseThrow();
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.refusalDetails()).contains("HTTP 403").contains("42501");
        assertThat(rejected.refusal()).contains("row-level security");

        conflicts.resolve(rejected, ConflictResolution.TAKE_THEIRS);

        assertThat(new AgreedActivityRepository(cache).findById(target.id()).orElseThrow().visibility())
                .isEqualTo(Visibility.COACH_ONLY);
        assertThat(conflicts.count()).isZero();
        sync.run(SyncProgress.NONE);
        assertThat(serverText("select visibility from agreed_activities where id = '" + target.id() + "'")).isEqualTo("coach_only");
    }

    @Test
    void anInsertWhoseKeyAnotherRowTookIsRejectedNotADeletedRowConflict() throws Exception {
        CoachingRelationship invite = edits.inviteClient("taken.code@example.org");
        UUID otherCoach = stack.coach("other.coach@example.org");
        serverSql("insert into coaching_relationships (coach_id, client_email, status, invite_code) values ('"
                + otherCoach + "', 'someone@example.org', 'pending_coach_invite', '" + invite.inviteCode() + "')");

        sync.run(SyncProgress.NONE);

        Conflict rejected = new ConflictRepository(cache).forRow("coaching_relationships", invite.id()).orElseThrow();
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.operation()).isEqualTo(OutboxEntry.Operation.INSERT);
        assertThat(rejected.refusalDetails()).contains("HTTP 409").contains("23505");
        assertThat(new OutboxRepository(cache).count()).isZero();

        new ConflictRepository(cache).resolve(rejected, ConflictResolution.TAKE_THEIRS);
        assertThat(new RelationshipRepository(cache).findById(invite.id())).as("a discarded new row goes").isEmpty();
    }

    @Test
    void aFailedPushDoesNotStopThePull() throws Exception {
        // 500 (internal_error): not a refusal, the entry stays queued; the pull must still run.
        serverSql("create function public.broken() returns trigger language plpgsql as $$ begin "
                + "raise exception 'disk trouble' using errcode = 'XX000'; end $$");
        serverSql("create trigger broken before update on public.agreed_activities "
                + "for each row when (new.coach_notes = 'breaks the server') execute function public.broken()");
        List<AgreedActivity> mine = activities();
        edits.editCoachNotes(mine.get(0).id(), "breaks the server");
        edits.editCoachNotes(mine.get(1).id(), "goes through");
        serverSql("update agreed_activities set activity_text = 'News from the web' where id = '" + mine.get(2).id() + "'");

        assertThatThrownBy(() -> sync.run(SyncProgress.NONE)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(500));

        assertThat(new AgreedActivityRepository(cache).findById(mine.get(2).id()).orElseThrow().activityText())
                .isEqualTo("News from the web");
        assertThat(serverText("select coach_notes from agreed_activities where id = '" + mine.get(1).id() + "'"))
                .isEqualTo("goes through");
        OutboxEntry waiting = new OutboxRepository(cache).forRow("agreed_activities", mine.get(0).id()).orElseThrow();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(new ConflictRepository(cache).count()).isZero();
    }

    private List<AgreedActivity> activities() {
        return new AgreedActivityRepository(cache).byClient("refused1@example.org");
    }

    private void serverSql(String sql) throws Exception {
        try (Connection c = stack.sql(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String serverText(String sql) throws Exception {
        try (Connection c = stack.sql(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
