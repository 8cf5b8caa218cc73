package org.findinggood.coachdesk.testsupport.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.Test;

/** The career generator at its small scale, in real PostgreSQL with the project's migrations. */
class CareerWorkspaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final UUID COACH = UUID.fromString("00000000-0000-0000-0000-00000000c0ac");

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedOthers() throws Exception {
        Map<String, String> first = fingerprints(7L);
        assertThat(first).containsKeys("weekly_snapshots", "daily_checkins", "agreed_activities");
        assertThat(fingerprints(7L)).isEqualTo(first);
        assertThat(fingerprints(8L).get("weekly_snapshots")).isNotEqualTo(first.get("weekly_snapshots"));
    }

    @Test
    void aCareerHoldsEveryStatusFiveYearsOfTheLongestClientGapsAndColleagues() throws Exception {
        CareerScale scale = CareerScale.small();
        try (FreshDatabase db = PostgresHarness.freshDatabase(); Connection c = db.connect()) {
            insertCoach(c);
            Career career = new CareerWorkspace(7L, scale, TODAY).writeTo(c, COACH);

            assertThat(strings(c, "select distinct status from coaching_relationships where coach_id = '" + COACH + "'"))
                    .containsExactlyInAnyOrder("active", "paused", "completed", "pending_coach_invite", "pending_client_request");
            assertThat(career.clientEmails()).hasSize(scale.clients()).doesNotHaveDuplicates();
            // the longest client: one snapshot per week, none for a week not yet over
            String longest = career.longestClient();
            assertThat(number(c, "select count(*) from weekly_snapshots where client_email = '" + longest + "' and coach_id = '"
                    + COACH + "'")).isEqualTo(scale.maxWeeks());
            assertThat(number(c, "select count(*) from weekly_snapshots where week_end >= date '" + TODAY + "'")).isZero();
            assertThat(number(c, "select count(*) from (select week_start - lag(week_start) over (order by week_start) d "
                    + "from weekly_snapshots where client_email = '" + longest + "' and coach_id = '" + COACH + "') w where d <> 7"))
                    .isZero();
            // check-ins with gaps: fewer than one a day, and at least one gap of a week or more
            long days = number(c, "select max(check_date) - min(check_date) + 1 from daily_checkins where client_email = '" + longest + "'");
            assertThat(number(c, "select count(*) from daily_checkins where client_email = '" + longest + "'"))
                    .isBetween(days / 3, days - 7);
            assertThat(number(c, "select max(d) from (select check_date - lag(check_date) over (order by check_date) d "
                    + "from daily_checkins where client_email = '" + longest + "') g")).isGreaterThanOrEqualTo(7);
            // colleagues coach some of these clients; their per-coach rows are written but out of scope
            assertThat(career.otherCoaches()).hasSize(scale.otherCoaches());
            assertThat(number(c, "select count(*) from agreed_activities a where a.coach_id <> '" + COACH
                    + "' and a.client_email in (select client_email from coaching_relationships where coach_id = '" + COACH + "')"))
                    .isPositive();

            // the figures match the database: every table's rows, and the rows in this coach's scope
            for (Map.Entry<String, Career.TableFigures> table : career.tables().entrySet()) {
                assertThat(number(c, "select count(*) from public." + table.getKey())).as(table.getKey())
                        .isEqualTo(table.getValue().rowsWritten());
                assertThat(number(c, inScope(table.getKey()))).as(table.getKey() + " in scope")
                        .isEqualTo(table.getValue().rowsInScope());
            }
            assertThat(career.summary()).contains("weekly_snapshots").contains("total");
        }
    }

    /** This coach's rows of a table, as the pull selects them: its clients, and on per-coach tables its own or no coach's. */
    private static String inScope(String table) {
        String mine = "(select client_email from coaching_relationships where coach_id = '" + COACH + "')";
        return switch (table) {
            case "coaching_relationships" -> "select count(*) from coaching_relationships where coach_id = '" + COACH + "'";
            case "clients" -> "select count(*) from clients where email in " + mine;
            case "weekly_snapshots", "rolling_aggregates", "agreed_activities" -> "select count(*) from " + table
                    + " where client_email in " + mine + " and (coach_id is null or coach_id = '" + COACH + "')";
            default -> "select count(*) from " + table + " where client_email in " + mine;
        };
    }

    private static Map<String, String> fingerprints(long seed) throws SQLException {
        try (FreshDatabase db = PostgresHarness.freshDatabase(); Connection c = db.connect()) {
            insertCoach(c);
            Career career = new CareerWorkspace(seed, CareerScale.small(), TODAY).writeTo(c, COACH);
            Map<String, String> out = new LinkedHashMap<>();
            for (String table : career.tables().keySet()) {
                // clients.created_at is the server's now(): left out
                String row = table.equals("clients") ? "(t.id, t.email, t.name, t.calendar_link)" : "t";
                out.put(table, strings(c, "select md5(string_agg(" + row + "::text, '|' order by t.id)) from public." + table + " t").get(0));
            }
            return out;
        }
    }

    private static void insertCoach(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into public.coaches (id, email, name) values ('" + COACH + "', 'career.coach@example.org', 'Career Coach')");
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        return Long.parseLong(strings(c, sql).get(0));
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
