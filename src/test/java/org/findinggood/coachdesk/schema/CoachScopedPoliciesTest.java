package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.schema.Sql.exec;
import static org.findinggood.coachdesk.schema.Sql.rejects;
import static org.findinggood.coachdesk.schema.Sql.rows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.pg.SchemaCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * resources/supabase/policies/coach_scoped.sql on top of the migrations, queried as PostgREST
 * would (authenticator -> role, request.jwt.claims) by two coaches, a client and anon.
 *
 * <p>Fixture: coach A has alice (active), bob (pending_client_request) and carol
 * (pending_coach_invite: A's invite, not accepted); coach B has dave (active) and alice
 * (completed). Coach A signs in with auth.uid() = coaches.id; coach B's auth user id differs from
 * coaches.id and is linked by e-mail. Each forbidden write must fail with 42501 (PostgREST: 401 for
 * anon, 403 otherwise) or touch zero rows (PostgREST: an empty result), and the transaction of each
 * test is rolled back, so tests do not see each other's writes.
 */
class CoachScopedPoliciesTest {

    static final Path POLICIES = PostgresHarness.coachScopedPolicies();

    static final UUID COACH_A = UUID.randomUUID();
    static final UUID COACH_B = UUID.randomUUID();
    static final Map<String, Object> AS_COACH_A = Map.of("sub", COACH_A.toString(), "email", "coach.a@example.org");
    static final Map<String, Object> AS_COACH_B = Map.of("sub", UUID.randomUUID().toString(), "email", "Coach.B@example.org");
    static final Map<String, Object> AS_ALICE = Map.of("sub", UUID.randomUUID().toString(), "email", "alice@example.org");

    private static FreshDatabase db;
    private static Connection coachA;
    private static Connection coachB;
    private static Connection alice;
    private static Connection anon;

    @BeforeAll
    static void createDatabaseWithPoliciesAndFixture() throws Exception {
        db = PostgresHarness.freshDatabase();
        db.applyScript(POLICIES);
        try (Connection c = db.connect()) {
            exec(c, """
                    insert into coaches (id, email, name) values ('%A', 'coach.a@example.org', 'Coach A'),
                                                                  ('%B', 'coach.b@example.org', 'Coach B');
                    insert into clients (email, name) values ('alice@example.org', 'Alice'), ('bob@example.org', 'Bob'),
                                                             ('carol@example.org', 'Carol'), ('dave@example.org', 'Dave');
                    insert into coaching_relationships (coach_id, client_email, status) values
                        ('%A', 'alice@example.org', 'active'), ('%A', 'bob@example.org', 'pending_client_request'),
                        ('%A', 'carol@example.org', 'pending_coach_invite'), ('%B', 'dave@example.org', 'active'),
                        ('%B', 'alice@example.org', 'completed');
                    insert into weekly_snapshots (client_email, coach_id, week_start, week_end) values
                        ('alice@example.org', '%A', '2026-01-05', '2026-01-11'),
                        ('alice@example.org', '%B', '2026-01-05', '2026-01-11'),
                        ('alice@example.org', null, '2026-01-05', '2026-01-11'),
                        ('carol@example.org', '%A', '2026-01-05', '2026-01-11'),
                        ('dave@example.org', '%B', '2026-01-05', '2026-01-11');
                    insert into rolling_aggregates (client_email, coach_id) values
                        ('alice@example.org', '%A'), ('alice@example.org', '%B'), ('dave@example.org', '%B');
                    insert into agreed_activities (client_email, coach_id, activity_text, visibility, coach_notes) values
                        ('alice@example.org', '%A', 'alice shared A', 'shared', 'A private note on alice'),
                        ('alice@example.org', '%A', 'alice coach_only A', 'coach_only', 'A private note 2'),
                        ('alice@example.org', '%B', 'alice shared B', 'shared', 'B private note on alice'),
                        ('dave@example.org', '%B', 'dave shared B', 'shared', 'B private note on dave');
                    insert into permissions (client_email, practice) values
                        ('alice@example.org', 'p'), ('bob@example.org', 'p'), ('carol@example.org', 'p'), ('dave@example.org', 'p');
                    insert into daily_checkins (client_email) values
                        ('alice@example.org'), ('bob@example.org'), ('carol@example.org'), ('dave@example.org');
                    insert into focus_history (client_email, focus_name) values
                        ('alice@example.org', 'f'), ('bob@example.org', 'f'), ('carol@example.org', 'f'), ('dave@example.org', 'f');
                    insert into chat_conversations (client_email) values ('alice@example.org'), ('dave@example.org');
                    insert into user_circles (user_email, circle_member_email) values ('alice@example.org', 'dave@example.org'),
                        ('dave@example.org', 'bob@example.org');
                    insert into inspire_requests (requester_email, recipient_email) values ('alice@example.org', 'dave@example.org'),
                        ('dave@example.org', 'bob@example.org');
                    """.replace("%A", COACH_A.toString()).replace("%B", COACH_B.toString()));
        }
        connect();
    }

    @AfterAll
    static void closeAndDropDatabase() throws Exception {
        for (Connection c : List.of(coachA, coachB, alice, anon)) {
            c.close();
        }
        db.close();
    }

    private static void connect() throws SQLException {
        coachA = inTransaction(db.connectAs("authenticated", AS_COACH_A));
        coachB = inTransaction(db.connectAs("authenticated", AS_COACH_B));
        alice = inTransaction(db.connectAs("authenticated", AS_ALICE));
        anon = inTransaction(db.connectAs("anon", Map.of()));
    }

    /** Every test runs in one transaction per identity, rolled back here: tests never see each other's writes. */
    @AfterEach
    void rollBack() throws SQLException {
        for (Connection c : List.of(coachA, coachB, alice, anon)) {
            c.rollback();
        }
    }

    // ---------------------------------------------------------------- reads

    @Test
    void coachReadsOnlyTheirOwnRelationships() throws Exception {
        assertThat(labelled(coachA, "select client_email, coach_id, status from coaching_relationships")).containsExactlyInAnyOrder(
                "alice@example.org,A,active", "bob@example.org,A,pending_client_request",
                "carol@example.org,A,pending_coach_invite");
        assertThat(labelled(coachB, "select client_email, coach_id, status from coaching_relationships")).containsExactlyInAnyOrder(
                "dave@example.org,B,active", "alice@example.org,B,completed");
    }

    @Test
    void coachReadsClientRowsOnlyOfClientsWhoAgreedOrAsked() throws Exception {
        assertThat(rows(coachA, "select email from clients")).containsExactlyInAnyOrder("alice@example.org", "bob@example.org");
        assertThat(rows(coachB, "select email from clients")).containsExactlyInAnyOrder("alice@example.org", "dave@example.org");
    }

    @Test
    void coachReadsSnapshotsAndAggregatesOfTheirClientsButNotAnotherCoachesRows() throws Exception {
        assertThat(labelled(coachA, "select client_email, coach_id from weekly_snapshots"))
                .containsExactlyInAnyOrder("alice@example.org,A", "alice@example.org,null");
        assertThat(labelled(coachB, "select client_email, coach_id from weekly_snapshots"))
                .containsExactlyInAnyOrder("alice@example.org,B", "alice@example.org,null", "dave@example.org,B");
        assertThat(labelled(coachA, "select client_email, coach_id from rolling_aggregates"))
                .containsExactlyInAnyOrder("alice@example.org,A");
        assertThat(labelled(coachB, "select client_email, coach_id from rolling_aggregates"))
                .containsExactlyInAnyOrder("alice@example.org,B", "dave@example.org,B");
    }

    @Test
    void coachReadsTheirOwnActivitiesWithNotesAndNeverAnotherCoachesNotes() throws Exception {
        assertThat(rows(coachA, "select activity_text, coach_notes from agreed_activities")).containsExactlyInAnyOrder(
                "alice shared A,A private note on alice", "alice coach_only A,A private note 2");
        assertThat(rows(coachB, "select activity_text, coach_notes from agreed_activities")).containsExactlyInAnyOrder(
                "alice shared B,B private note on alice", "dave shared B,B private note on dave");
    }

    @ParameterizedTest(name = "coach reads {0} of their clients only")
    @ValueSource(strings = {"permissions", "daily_checkins", "focus_history"})
    void coachReadsClientOwnedDataOnlyOfTheirAgreedClients(String table) throws Exception {
        assertThat(rows(coachA, "select client_email from " + table))
                .containsExactlyInAnyOrder("alice@example.org", "bob@example.org");
        assertThat(rows(coachB, "select client_email from " + table))
                .containsExactlyInAnyOrder("alice@example.org", "dave@example.org");
    }

    @Test
    void coachSeesOwnCoachRowAndNoChatsOrOtherPeoplesCircles() throws Exception {
        assertThat(rows(coachA, "select email from coaches")).containsExactly("coach.a@example.org");
        assertThat(rows(coachB, "select email from coaches")).containsExactly("coach.b@example.org");
        assertThat(rows(coachA, "select client_email from chat_conversations")).isEmpty();
        assertThat(rows(coachA, "select user_email from user_circles")).isEmpty();
        assertThat(rows(coachA, "select requester_email from inspire_requests")).isEmpty();
    }

    @Test
    void clientReadsOwnRowsOnly() throws Exception {
        assertThat(labelled(alice, "select coach_id, status from coaching_relationships"))
                .containsExactlyInAnyOrder("A,active", "B,completed");
        assertThat(rows(alice, "select email from clients")).containsExactly("alice@example.org");
        assertThat(rows(alice, "select email from coaches")).containsExactlyInAnyOrder("coach.a@example.org", "coach.b@example.org");
        assertThat(labelled(alice, "select coach_id from weekly_snapshots")).containsExactlyInAnyOrder("A", "B", "null");
        assertThat(labelled(alice, "select coach_id from rolling_aggregates")).containsExactlyInAnyOrder("A", "B");
        for (String table : List.of("permissions", "daily_checkins", "focus_history", "chat_conversations")) {
            assertThat(rows(alice, "select client_email from " + table)).as(table).containsExactly("alice@example.org");
        }
        assertThat(rows(alice, "select user_email || '>' || circle_member_email from user_circles"))
                .containsExactly("alice@example.org>dave@example.org");
        assertThat(rows(alice, "select requester_email from inspire_requests")).containsExactly("alice@example.org");
    }

    @Test
    void clientNeverReadsCoachNotesOrCoachOnlyActivities() throws Exception {
        assertThat(rows(alice, "select id from agreed_activities")).as("base table: coaches only").isEmpty();
        assertThat(rows(alice, "select activity_text, visibility from client_agreed_activities"))
                .containsExactlyInAnyOrder("alice shared A,shared", "alice shared B,shared");
        rejects(alice, "select coach_notes from client_agreed_activities", "42703");
        assertThat(String.join("\n", rows(alice, "select to_jsonb(v)::text from client_agreed_activities v")))
                .doesNotContain("private note").doesNotContain("coach_only");
        assertThat(rows(coachA, "select count(*) from client_agreed_activities"))
                .as("a coach who is nobody's client sees nothing through the client view").containsExactly("0");
    }

    @ParameterizedTest(name = "anon reads nothing from {0}")
    @ValueSource(strings = {"coaches", "clients", "coaching_relationships", "permissions", "daily_checkins",
        "weekly_snapshots", "rolling_aggregates", "agreed_activities", "user_circles", "share_recognitions",
        "inspire_requests", "chat_conversations", "focus_history", "client_agreed_activities"})
    void anonReadsNothing(String table) {
        rejects(anon, "select * from " + table, "42501").hasMessageContaining("permission denied");
    }

    // ---------------------------------------------------------------- writes

    @Test
    void coachCanInviteAddActivitiesEditNotesAndMoveTheirOwnRelationships() throws Exception {
        assertThat(update(coachA, "insert into coaching_relationships (coach_id, client_email, invite_code)"
                + " values ('" + COACH_A + "', 'erin@example.org', 'FG-NEW1')")).isEqualTo(1);
        assertThat(update(coachA, "insert into agreed_activities (coach_id, client_email, activity_text, source)"
                + " values ('" + COACH_A + "', 'alice@example.org', 'journal', 'session')")).isEqualTo(1);
        assertThat(update(coachA, "update agreed_activities set coach_notes = 'new note', status = 'resolved'"
                + " where activity_text = 'alice shared A'")).isEqualTo(1);
        assertThat(update(coachA, "update coaching_relationships set status = 'active', started_at = now()"
                + " where client_email = 'bob@example.org'")).isEqualTo(1);
        assertThat(update(coachA, "delete from agreed_activities where activity_text = 'journal'")).isEqualTo(1);
    }

    @Test
    void coachCannotCreateOrHandOverRelationshipsForAnotherCoach() {
        rejects(coachA, "insert into coaching_relationships (coach_id, client_email) values ('" + COACH_B
                + "', 'x@example.org')", "42501").hasMessageContaining("row-level security");
        rejects(coachA, "update coaching_relationships set coach_id = '" + COACH_B + "' where client_email = 'alice@example.org'",
                "42501");
    }

    @Test
    void coachWritesToAnotherCoachesRowsTouchNothing() throws Exception {
        assertThat(update(coachA, "update coaching_relationships set status = 'paused' where client_email = 'dave@example.org'")).isZero();
        assertThat(update(coachA, "update agreed_activities set coach_notes = 'overwritten' where coach_id = '" + COACH_B + "'")).isZero();
        assertThat(update(coachA, "delete from agreed_activities where coach_id = '" + COACH_B + "'")).isZero();
        assertThat(update(coachA, "delete from coaching_relationships")).as("relationships end by status, not delete").isZero();
    }

    @Test
    void coachCannotAddActivitiesForClientsWhoAreNotTheirsOrHaveNotAccepted() {
        rejects(coachA, "insert into agreed_activities (coach_id, client_email, activity_text) values ('" + COACH_A
                + "', 'dave@example.org', 'x')", "42501");
        rejects(coachA, "insert into agreed_activities (coach_id, client_email, activity_text) values ('" + COACH_A
                + "', 'carol@example.org', 'x')", "42501");
        rejects(coachA, "insert into agreed_activities (coach_id, client_email, activity_text) values ('" + COACH_B
                + "', 'alice@example.org', 'x')", "42501");
    }

    @Test
    void coachCannotWriteSnapshotsAggregatesOrTheClientsOwnData() throws Exception {
        rejects(coachA, "insert into weekly_snapshots (client_email, coach_id, week_start, week_end) values"
                + " ('alice@example.org', '" + COACH_A + "', '2026-01-12', '2026-01-18')", "42501");
        rejects(coachA, "insert into rolling_aggregates (client_email, coach_id) values ('bob@example.org', '" + COACH_A + "')", "42501");
        rejects(coachA, "insert into daily_checkins (client_email, check_date) values ('alice@example.org', '2026-02-01')", "42501");
        assertThat(update(coachA, "update weekly_snapshots set themes = '[]'")).isZero();
        assertThat(update(coachA, "update permissions set practice = 'changed by coach'")).isZero();
        assertThat(update(coachA, "delete from focus_history")).isZero();
        assertThat(update(coachA, "update clients set name = 'renamed'")).isZero();
    }

    @Test
    void clientCannotWriteActivitiesRelationshipsOrOtherPeoplesRows() throws Exception {
        rejects(alice, "insert into agreed_activities (client_email, activity_text) values ('alice@example.org', 'x')", "42501");
        rejects(alice, "insert into coaching_relationships (coach_id, client_email) values ('" + COACH_A
                + "', 'alice@example.org')", "42501");
        rejects(alice, "insert into client_agreed_activities (client_email, activity_text) values ('alice@example.org', 'x')",
                "42501");
        rejects(alice, "insert into daily_checkins (client_email) values ('dave@example.org')", "42501");
        assertThat(update(alice, "update agreed_activities set coach_notes = 'peek', visibility = 'shared'")).isZero();
        assertThat(update(alice, "update coaching_relationships set status = 'active'")).isZero();
        assertThat(update(alice, "update clients set name = 'x' where email = 'bob@example.org'")).isZero();
        assertThat(update(alice, "update permissions set practice = 'x' where client_email = 'dave@example.org'")).isZero();
    }

    @Test
    void clientWritesTheirOwnData() throws Exception {
        assertThat(update(alice, "update clients set calendar_link = 'https://cal.com/alice'")).isEqualTo(1);
        assertThat(update(alice, "insert into daily_checkins (client_email, check_date) values ('alice@example.org', '2026-02-01')"))
                .isEqualTo(1);
        assertThat(update(alice, "update permissions set practice = 'listen'")).isEqualTo(1);
        assertThat(update(alice, "insert into focus_history (client_email, focus_name) values ('alice@example.org', 'new')"))
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "anon cannot write {0}")
    @ValueSource(strings = {
        "insert into coaches (email) values ('evil@example.org')",
        "insert into coaching_relationships (coach_id, client_email) values (gen_random_uuid(), 'x@example.org')",
        "update agreed_activities set coach_notes = 'x'",
        "delete from daily_checkins",
        "insert into user_circles (user_email, circle_member_email) values ('a@example.org', 'b@example.org')"})
    void anonCannotWrite(String statement) {
        rejects(anon, statement, "42501");
    }

    // ---------------------------------------------------------------- apply

    @Nested
    class Applying {

        @Test
        void theFileIsIdempotentAndMigrationsDoNotReopenTheTables() throws Exception {
            try (FreshDatabase other = PostgresHarness.freshDatabase(); Connection c = other.connect()) {
                other.applyScript(POLICIES);
                List<String> once = SchemaCatalog.describe(c);
                assertThat(once).noneMatch(line -> line.contains("Allow all"));
                other.applyScript(POLICIES);
                assertThat(SchemaCatalog.describe(c)).containsExactlyElementsOf(once);
                PostgresHarness.applyMigrations(c);
                assertThat(SchemaCatalog.describe(c)).containsExactlyElementsOf(once);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Connection inTransaction(Connection c) throws SQLException {
        c.setAutoCommit(false);
        return c;
    }

    /** Rows with the coach ids replaced by A / B, so expectations read like the fixture. */
    private static List<String> labelled(Connection c, String sql) throws SQLException {
        return rows(c, sql).stream()
                .map(r -> r.replace(COACH_A.toString(), "A").replace(COACH_B.toString(), "B"))
                .toList();
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
