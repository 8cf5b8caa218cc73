package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.Test;

class PostgresHarnessTest {

    @Test
    void freshDatabasesAreIsolatedClonesOfTheMigratedTemplate() throws Exception {
        try (FreshDatabase a = PostgresHarness.freshDatabase(); FreshDatabase b = PostgresHarness.freshDatabase()) {
            assertThat(a.name()).isNotEqualTo(b.name());
            try (Connection c = a.connect(); Statement s = c.createStatement()) {
                s.execute("insert into coaches (email, name) values ('only-in-a@example.org', 'A')");
            }
            assertThat(count(a, "select count(*) from coaches")).isEqualTo(1);
            assertThat(count(b, "select count(*) from coaches")).isZero();
            assertThat(count(b, "select count(*) from information_schema.tables "
                    + "where table_schema = 'public' and table_name = 'coaching_relationships'")).isEqualTo(1);
        }
    }

    @Test
    void closeDropsTheDatabase() throws Exception {
        FreshDatabase db = PostgresHarness.freshDatabase();
        String name = db.name();
        Connection leftOpen = db.connect(); // a failed test may leave one open: close must still drop
        db.close();
        assertThat(leftOpen.isValid(2)).isFalse();
        try (FreshDatabase other = PostgresHarness.freshDatabase()) {
            assertThat(count(other, "select count(*) from pg_database where datname = '" + name + "'")).isZero();
        }
    }

    @Test
    void connectAsSwitchesRoleAndAnswersAuthFunctionsFromTheClaims() throws Exception {
        UUID sub = UUID.randomUUID();
        try (FreshDatabase db = PostgresHarness.freshDatabase();
                Connection c = db.connectAs("authenticated", Map.of("sub", sub.toString(), "email", "coach@example.org"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select current_user, auth.uid(), auth.email(), auth.role(), auth.jwt() ->> 'email'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("authenticated");
            assertThat(rs.getObject(2)).isEqualTo(sub);
            assertThat(rs.getString(3)).isEqualTo("coach@example.org");
            assertThat(rs.getString(4)).isEqualTo("authenticated");
            assertThat(rs.getString(5)).isEqualTo("coach@example.org");
        }
    }

    @Test
    void anonWithoutClaimsHasNoUidAndCannotBecomeSuperuser() throws Exception {
        try (FreshDatabase db = PostgresHarness.freshDatabase(); Connection c = db.connectAs("anon", Map.of());
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select current_user, auth.uid(), auth.email()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("anon");
                assertThat(rs.getObject(2)).isNull();
                assertThat(rs.getString(3)).isNull();
            }
            assertThatThrownBy(() -> s.execute("set role postgres"))
                    .isInstanceOf(SQLException.class)
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("42501");
        }
    }

    @Test
    void apiRolesGetSupabaseDefaultGrantsOnMigratedTables() throws Exception {
        try (FreshDatabase db = PostgresHarness.freshDatabase()) {
            for (String role : new String[] {"anon", "authenticated", "service_role"}) {
                assertThat(count(db, "select count(*) from information_schema.role_table_grants "
                        + "where table_schema = 'public' and table_name = 'agreed_activities' "
                        + "and grantee = '" + role + "' and privilege_type in ('SELECT','INSERT','UPDATE','DELETE')"))
                        .as(role).isEqualTo(4);
            }
        }
    }

    private static int count(FreshDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
