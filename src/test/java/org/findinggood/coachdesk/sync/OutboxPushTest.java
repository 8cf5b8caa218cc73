package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.findinggood.coachdesk.faults.Fault;
import org.findinggood.coachdesk.faults.FaultProxy;
import org.findinggood.coachdesk.faults.FaultSchedule;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.remote.UnavailableException;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Push through the fault proxy: answers lost after the server applied a write (connection reset
 * after forwarding) must not duplicate inserts or turn into false conflicts; real concurrent
 * server edits must become conflicts with both versions.
 */
class OutboxPushTest {

    private static final String COACH = "pusher@example.org";

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private FaultProxy proxy;
    private FaultSchedule schedule;
    private UUID coachId;
    private CacheDatabase cache;
    private CoachSync sync;
    private LocalEdits edits;

    @BeforeEach
    void start() throws Exception {
        stack = LocalSyncStack.start();
        coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(2, 1, 4, 1, 2, 1).write(c, coachId, "push");
        }
        int[] onlyResetAfter = new int[FaultSchedule.kinds().size()];
        onlyResetAfter[FaultSchedule.kinds().indexOf(Fault.RESET_AFTER)] = 1;
        schedule = new FaultSchedule(7, 1.0, 1, onlyResetAfter);
        schedule.pause();
        proxy = new FaultProxy(stack.supabase().baseUrl(), schedule, Duration.ofSeconds(2), Duration.ofMillis(50));
        LocalSyncStack.SignedIn coach = stack.signIn(COACH, proxy.baseUrl(),
                LocalSyncStack.quickClient(Duration.ofSeconds(2)), 1000);
        cache = LocalSyncStack.openCache(dir.resolve("cache.db"), SecretsLog.randomCacheKey());
        sync = coach.sync(cache, SyncSettings.standard());
        sync.run(SyncProgress.NONE);
        edits = new LocalEdits(cache);
    }

    @AfterEach
    void stop() {
        cache.close();
        proxy.close();
        stack.close();
    }

    /** The next request (the first push) reaches the server, but its answer is lost. */
    private void loseTheNextAnswer() {
        schedule.resume();
    }

    @Test
    void anInsertWhoseAnswerWasLostIsNotDuplicated() throws Exception {
        AgreedActivity added = edits.addActivity("push1@example.org", ActivitySource.SESSION, Visibility.COACH_ONLY,
                "Write the three wins down", "Agreed in session");
        loseTheNextAnswer();
        assertThatThrownBy(() -> sync.run(SyncProgress.NONE)).isInstanceOf(UnavailableException.class);
        assertThat(proxy.injected(Fault.RESET_AFTER)).isEqualTo(1);
        assertThat(serverCount("select count(*) from agreed_activities where id = '" + added.id() + "'")).isEqualTo(1);
        assertThat(new OutboxRepository(cache).count()).isEqualTo(1);

        sync.run(SyncProgress.NONE);

        assertThat(serverCount("select count(*) from agreed_activities where activity_text = 'Write the three wins down'"))
                .isEqualTo(1);
        assertThat(new OutboxRepository(cache).count()).isZero();
        assertThat(new ConflictRepository(cache).count()).isZero();
        assertCacheEqualsServer();
    }

    @Test
    void anUpdateWhoseAnswerWasLostIsConfirmedNotAConflict() throws Exception {
        AgreedActivity target = someActivity();
        edits.editCoachNotes(target.id(), "Follow up on the wins list");
        edits.changeActivityStatus(target.id(), ActivityStatus.RESOLVED);
        loseTheNextAnswer();
        assertThatThrownBy(() -> sync.run(SyncProgress.NONE)).isInstanceOf(UnavailableException.class);
        assertThat(serverText("select coach_notes from agreed_activities where id = '" + target.id() + "'"))
                .isEqualTo("Follow up on the wins list");

        sync.run(SyncProgress.NONE);

        assertThat(new ConflictRepository(cache).count()).isZero();
        assertThat(new OutboxRepository(cache).count()).isZero();
        assertThat(serverText("select status from agreed_activities where id = '" + target.id() + "'")).isEqualTo("resolved");
        assertCacheEqualsServer();
    }

    @Test
    void aConcurrentServerEditBecomesAConflictWithBothVersionsAndIsNotOverwritten() throws Exception {
        AgreedActivity target = someActivity();
        edits.editCoachNotes(target.id(), "Mine: ask about the manager");
        serverUpdate("update agreed_activities set coach_notes = 'Theirs: edited on the web' where id = ?", target.id());

        sync.run(SyncProgress.NONE);

        assertThat(serverText("select coach_notes from agreed_activities where id = '" + target.id() + "'"))
                .isEqualTo("Theirs: edited on the web");
        ConflictRepository conflicts = new ConflictRepository(cache);
        Conflict conflict = conflicts.forRow("agreed_activities", target.id()).orElseThrow();
        assertThat(conflict.localValue("coach_notes").orElseThrow().asText()).isEqualTo("Mine: ask about the manager");
        assertThat(conflict.serverValue("coach_notes").orElseThrow().asText()).isEqualTo("Theirs: edited on the web");
        assertThat(new OutboxRepository(cache).count()).isZero();

        conflicts.resolve(conflict, ConflictResolution.KEEP_BOTH_NOTES);
        sync.run(SyncProgress.NONE);

        assertThat(serverText("select coach_notes from agreed_activities where id = '" + target.id() + "'"))
                .startsWith("Mine: ask about the manager").endsWith("Theirs: edited on the web");
        assertThat(conflicts.count()).isZero();
        assertCacheEqualsServer();
    }

    @Test
    void anEditOfARowDeletedOnTheServerIsAConflictToo() throws Exception {
        AgreedActivity target = someActivity();
        edits.changeVisibility(target.id(), Visibility.SHARED);
        serverUpdate("delete from agreed_activities where id = ?", target.id());

        sync.run(SyncProgress.NONE);

        Conflict conflict = new ConflictRepository(cache).forRow("agreed_activities", target.id()).orElseThrow();
        assertThat(conflict.deletedOnServer()).isTrue();
        assertThat(serverCount("select count(*) from agreed_activities where id = '" + target.id() + "'")).isZero();
    }

    @Test
    void invitesAndRelationshipStatusChangesReachTheServer() throws Exception {
        CoachingRelationship invite = edits.inviteClient("new.client@example.org");
        CoachingRelationship existing = new RelationshipRepository(cache).byClient("push1@example.org").orElseThrow();
        edits.changeRelationshipStatus(existing.id(), RelationshipStatus.PAUSED);

        sync.run(SyncProgress.NONE);

        assertThat(serverText("select invite_code from coaching_relationships where id = '" + invite.id() + "'"))
                .isEqualTo(invite.inviteCode());
        assertThat(serverText("select status from coaching_relationships where id = '" + existing.id() + "'"))
                .isEqualTo("paused");
        assertThat(new OutboxRepository(cache).count()).isZero();
        assertCacheEqualsServer();
    }

    private AgreedActivity someActivity() {
        return new AgreedActivityRepository(cache).byClient("push2@example.org").get(0);
    }

    private void assertCacheEqualsServer() throws Exception {
        try (Connection c = stack.sql()) {
            assertThat(new CacheVersusServer().differences(c, cache, coachId)).isEmpty();
        }
    }

    private long serverCount(String sql) throws Exception {
        try (Connection c = stack.sql(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String serverText(String sql) throws Exception {
        try (Connection c = stack.sql(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private void serverUpdate(String sql, UUID id) throws Exception {
        try (Connection c = stack.sql(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }
}
