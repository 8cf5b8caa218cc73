package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * resources/supabase/policies/require_aal2.sql on top of the migrations and coach_scoped.sql, queried
 * as PostgREST would (role authenticated, request.jwt.claims): the same coach with an aal1 token reads
 * nothing and cannot write; with aal2 (after a verified TOTP code: supabase/auth internal/api/mfa.go
 * VerifyFactor, the claim from internal/models/sessions.go CalculateAALAndAMR)
 * reads and writes exactly what coach_scoped.sql allows. Real embedded PostgreSQL.
 */
class RequireAal2PoliciesTest {

    private static final UUID COACH = UUID.randomUUID();
    private static FreshDatabase db;

    @BeforeAll
    static void database() throws Exception {
        db = PostgresHarness.freshDatabase();
        db.applyScript(PostgresHarness.coachScopedPolicies());
        db.applyScript(PostgresHarness.supabaseDirectory().resolve("policies").resolve("require_aal2.sql"));
        // applying twice changes nothing (idempotent)
        db.applyScript(PostgresHarness.supabaseDirectory().resolve("policies").resolve("require_aal2.sql"));
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(("insert into coaches (id, email, name) values ('%C', 'mfa.coach@example.org', 'Coach');"
                    + "insert into clients (email, name) values ('alice@example.org', 'Alice');"
                    + "insert into coaching_relationships (coach_id, client_email, status) values ('%C', 'alice@example.org', 'active');"
                    + "insert into agreed_activities (client_email, coach_id, activity_text, visibility, coach_notes)"
                    + " values ('alice@example.org', '%C', 'walk', 'shared', 'note');"
                    + "insert into daily_checkins (client_email) values ('alice@example.org');"
                    + "insert into focus_history (client_email, focus_name) values ('alice@example.org', 'f');")
                    .replace("%C", COACH.toString()));
        }
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
    }

    private static Connection as(String aal) throws SQLException {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", COACH.toString(), "email", "mfa.coach@example.org"));
        if (aal != null) {
            claims.put("aal", aal);
        }
        Connection c = db.connectAs("authenticated", claims);
        c.setAutoCommit(false);
        return c;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anAal1TokenReadsNothingAndWritesNothing() throws Exception {
        for (String aal : new String[] {"aal1", null}) {
            try (Connection c = as(aal)) {
                for (String table : new String[] {"coaching_relationships", "agreed_activities", "daily_checkins",
                    "focus_history", "weekly_snapshots", "rolling_aggregates", "permissions"}) {
                    assertThat(count(c, table)).as(aal + " " + table).isZero();
                }
                assertThatThrownBy(() -> c.createStatement().execute("insert into agreed_activities"
                        + " (client_email, coach_id, activity_text, visibility) values ('alice@example.org', '" + COACH
                        + "', 'x', 'shared')")).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
                c.rollback();
            }
        }
    }

    @Test
    void anAal2TokenReadsAndWritesWhatTheCoachScopedPoliciesAllow() throws Exception {
        try (Connection c = as("aal2")) {
            assertThat(count(c, "coaching_relationships")).isEqualTo(1);
            assertThat(count(c, "agreed_activities")).isEqualTo(1);
            assertThat(count(c, "daily_checkins")).isEqualTo(1);
            assertThat(count(c, "focus_history")).isEqualTo(1);
            c.createStatement().execute("insert into agreed_activities (client_email, coach_id, activity_text, visibility)"
                    + " values ('alice@example.org', '" + COACH + "', 'x', 'shared')");
            assertThat(count(c, "agreed_activities")).isEqualTo(2);
            c.rollback();
        }
    }
}
