package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every column of the seed's V4 tables and additions, with type, nullability and default, exactly. */
class V4ColumnsTest {

    static final Set<String> V4_TABLES = Set.of(
            "coaching_relationships", "permissions", "daily_checkins", "weekly_snapshots", "rolling_aggregates",
            "agreed_activities", "user_circles", "share_recognitions", "inspire_requests", "chat_conversations",
            "focus_history");

    /** table | column | type | nullable | default, transcribed from finding-good-schema-v4.md. */
    private static final String SEED_COLUMNS = """
            coaching_relationships | id | uuid | NO | gen_random_uuid()
            coaching_relationships | coach_id | uuid | NO |
            coaching_relationships | client_email | text | NO |
            coaching_relationships | status | text | NO | 'pending_coach_invite'::text
            coaching_relationships | started_at | timestamp with time zone | YES |
            coaching_relationships | ended_at | timestamp with time zone | YES |
            coaching_relationships | invite_code | text | YES |
            coaching_relationships | created_at | timestamp with time zone | YES | now()
            coaching_relationships | updated_at | timestamp with time zone | YES | now()
            permissions | id | uuid | NO | gen_random_uuid()
            permissions | client_email | text | NO |
            permissions | prediction_id | uuid | YES |
            permissions | practice | text | YES |
            permissions | permission | text | YES |
            permissions | focus | jsonb | YES | '[]'::jsonb
            permissions | created_at | timestamp with time zone | YES | now()
            permissions | updated_at | timestamp with time zone | YES | now()
            daily_checkins | id | uuid | NO | gen_random_uuid()
            daily_checkins | client_email | text | NO |
            daily_checkins | permission_id | uuid | YES |
            daily_checkins | check_date | date | NO | CURRENT_DATE
            daily_checkins | focus_scores | jsonb | YES | '[]'::jsonb
            daily_checkins | created_at | timestamp with time zone | YES | now()
            weekly_snapshots | id | uuid | NO | gen_random_uuid()
            weekly_snapshots | client_email | text | NO |
            weekly_snapshots | coach_id | uuid | YES |
            weekly_snapshots | week_number | integer | YES |
            weekly_snapshots | week_start | date | NO |
            weekly_snapshots | week_end | date | NO |
            weekly_snapshots | activity_counts | jsonb | YES |
            weekly_snapshots | themes | jsonb | YES |
            weekly_snapshots | language_patterns | jsonb | YES |
            weekly_snapshots | fires_signals | jsonb | YES |
            weekly_snapshots | exchanges | jsonb | YES |
            weekly_snapshots | open_threads | jsonb | YES |
            weekly_snapshots | coaching_questions | jsonb | YES |
            weekly_snapshots | created_at | timestamp with time zone | YES | now()
            rolling_aggregates | id | uuid | NO | gen_random_uuid()
            rolling_aggregates | client_email | text | NO |
            rolling_aggregates | coach_id | uuid | YES |
            rolling_aggregates | coaching_start | date | YES |
            rolling_aggregates | total_weeks | integer | YES | 0
            rolling_aggregates | permission_evolution | jsonb | YES |
            rolling_aggregates | persistent_themes | jsonb | YES |
            rolling_aggregates | fires_trajectory | jsonb | YES |
            rolling_aggregates | relationship_map | jsonb | YES |
            rolling_aggregates | questions_explored | jsonb | YES |
            rolling_aggregates | breakthroughs | jsonb | YES |
            rolling_aggregates | updated_at | timestamp with time zone | YES | now()
            agreed_activities | id | uuid | NO | gen_random_uuid()
            agreed_activities | client_email | text | NO |
            agreed_activities | coach_id | uuid | YES |
            agreed_activities | source | text | NO | 'focus'::text
            agreed_activities | activity_text | text | NO |
            agreed_activities | status | text | NO | 'pending'::text
            agreed_activities | evidence_entries | jsonb | YES |
            agreed_activities | coach_notes | text | YES |
            agreed_activities | visibility | text | NO | 'shared'::text
            agreed_activities | created_at | timestamp with time zone | YES | now()
            agreed_activities | updated_at | timestamp with time zone | YES | now()
            user_circles | id | uuid | NO | gen_random_uuid()
            user_circles | user_email | text | NO |
            user_circles | circle_member_email | text | NO |
            user_circles | relationship_type | text | YES | 'sent_to'::text
            user_circles | created_at | timestamp with time zone | YES | now()
            share_recognitions | id | uuid | NO | gen_random_uuid()
            share_recognitions | share_id | uuid | NO |
            share_recognitions | recognizer_email | text | NO |
            share_recognitions | created_at | timestamp with time zone | YES | now()
            inspire_requests | id | uuid | NO | gen_random_uuid()
            inspire_requests | requester_email | text | NO |
            inspire_requests | recipient_email | text | NO |
            inspire_requests | message | text | YES |
            inspire_requests | status | text | YES | 'pending'::text
            inspire_requests | created_at | timestamp with time zone | YES | now()
            chat_conversations | id | uuid | NO | gen_random_uuid()
            chat_conversations | client_email | text | NO |
            chat_conversations | messages | jsonb | YES | '[]'::jsonb
            chat_conversations | created_at | timestamp with time zone | YES | now()
            chat_conversations | updated_at | timestamp with time zone | YES | now()
            focus_history | id | uuid | NO | gen_random_uuid()
            focus_history | client_email | text | NO |
            focus_history | focus_name | text | NO |
            focus_history | started_at | date | NO | CURRENT_DATE
            focus_history | ended_at | date | YES |
            focus_history | evolved_into | text | YES |
            focus_history | reason | text | YES |
            """;

    private static FreshDatabase db;

    @BeforeAll
    static void createDatabase() {
        db = PostgresHarness.freshDatabase();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void theElevenV4TablesHaveExactlyTheSeedsColumnsTypesNullabilityAndDefaults() throws Exception {
        List<String> actual = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement p = c.prepareStatement("""
                        select table_name, column_name, data_type, is_nullable, coalesce(column_default, '')
                          from information_schema.columns
                         where table_schema = 'public' and table_name = any (?)
                        """)) {
            p.setArray(1, c.createArrayOf("text", V4_TABLES.toArray()));
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    actual.add(String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)).strip());
                }
            }
        }
        List<String> expected = SEED_COLUMNS.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyV4TableHasPrimaryKeyId() throws Exception {
        try (Connection c = db.connect();
                PreparedStatement p = c.prepareStatement("""
                        select tc.table_name, string_agg(kcu.column_name, ',')
                          from information_schema.table_constraints tc
                          join information_schema.key_column_usage kcu
                            on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
                         where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
                           and tc.table_name = any (?)
                         group by tc.table_name
                        """)) {
            p.setArray(1, c.createArrayOf("text", V4_TABLES.toArray()));
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1) + "(" + rs.getString(2) + ")");
                }
            }
            assertThat(keys).containsExactlyInAnyOrderElementsOf(V4_TABLES.stream().map(t -> t + "(id)").toList());
        }
    }

    @Test
    void v4ColumnAdditionsExistOnPredictionsAndClients() throws Exception {
        List<String> actual = new ArrayList<>();
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery("""
                        select table_name, column_name, data_type, coalesce(column_default, '')
                          from information_schema.columns
                         where table_schema = 'public'
                           and (table_name, column_name) in (('predictions', 'what_matters_most'),
                                ('predictions', 'share_to_feed'), ('clients', 'calendar_link'))
                        """)) {
            while (rs.next()) {
                actual.add(String.join(" | ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        assertThat(actual).containsExactlyInAnyOrder(
                "predictions | what_matters_most | text | ",
                "predictions | share_to_feed | boolean | false",
                "clients | calendar_link | text | ");
    }

    @Test
    void shareToFeedDefaultsToFalse() throws Exception {
        try (Connection c = db.connect();
                ResultSet rs = c.createStatement().executeQuery(
                        "insert into predictions (client_email) values ('p@example.org') returning share_to_feed")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.wasNull()).isFalse();
        }
    }
}
