package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.schema.Sql.exec;
import static org.findinggood.coachdesk.schema.Sql.rejects;
import static org.findinggood.coachdesk.schema.Sql.scalar;

import java.sql.Connection;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed's UNIQUE constraints, the unique partial invite index, and its foreign keys. */
class V4KeysTest {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FK_VIOLATION = "23503";

    private static FreshDatabase db;
    private static Connection c;
    private static String coachId;
    private static String otherCoachId;

    @BeforeAll
    static void createDatabase() throws Exception {
        db = PostgresHarness.freshDatabase();
        c = db.connect();
        coachId = scalar(c, "insert into coaches (email) values ('keys@example.org') returning id");
        otherCoachId = scalar(c, "insert into coaches (email) values ('keys2@example.org') returning id");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        c.close();
        db.close();
    }

    @Test
    void oneDailyCheckinPerClientPerDay() throws Exception {
        exec(c, "insert into daily_checkins (client_email, check_date) values ('u1@example.org', '2026-01-26')");
        rejects(c, "insert into daily_checkins (client_email, check_date) values ('u1@example.org', '2026-01-26')",
                UNIQUE_VIOLATION).hasMessageContaining("daily_checkins_client_email_check_date_key");
        exec(c, "insert into daily_checkins (client_email, check_date) values ('u1@example.org', '2026-01-27')");
        exec(c, "insert into daily_checkins (client_email, check_date) values ('u2@example.org', '2026-01-26')");
    }

    @Test
    void oneRollingAggregatePerClientAndCoach() throws Exception {
        exec(c, "insert into rolling_aggregates (client_email, coach_id) values ('u1@example.org', '" + coachId + "')");
        rejects(c, "insert into rolling_aggregates (client_email, coach_id) values ('u1@example.org', '" + coachId + "')",
                UNIQUE_VIOLATION).hasMessageContaining("rolling_aggregates_client_email_coach_id_key");
        exec(c, "insert into rolling_aggregates (client_email, coach_id) values ('u1@example.org', '" + otherCoachId + "')");
        exec(c, "insert into rolling_aggregates (client_email, coach_id) values ('u2@example.org', '" + coachId + "')");
    }

    @Test
    void oneCircleEntryPerOwnerAndMember() throws Exception {
        exec(c, "insert into user_circles (user_email, circle_member_email) values ('a@example.org', 'b@example.org')");
        rejects(c, "insert into user_circles (user_email, circle_member_email, relationship_type)"
                + " values ('a@example.org', 'b@example.org', 'received_from')", UNIQUE_VIOLATION)
                .hasMessageContaining("user_circles_user_email_circle_member_email_key");
        exec(c, "insert into user_circles (user_email, circle_member_email) values ('b@example.org', 'a@example.org')");
    }

    @Test
    void oneRecognitionPerUserPerShare() throws Exception {
        String share = scalar(c, "insert into inspiration_shares (client_email) values ('a@example.org') returning id");
        String other = scalar(c, "insert into inspiration_shares (client_email) values ('a@example.org') returning id");
        exec(c, "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'r@example.org')");
        rejects(c, "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'r@example.org')",
                UNIQUE_VIOLATION).hasMessageContaining("share_recognitions_share_id_recognizer_email_key");
        exec(c, "insert into share_recognitions (share_id, recognizer_email) values ('" + other + "', 'r@example.org')");
    }

    @Test
    void inviteCodesAreUniqueButManyRelationshipsMayHaveNone() throws Exception {
        String insert = "insert into coaching_relationships (coach_id, client_email, invite_code) values ('" + coachId + "', ";
        exec(c, insert + "'i1@example.org', 'FG-7Q2K')");
        rejects(c, insert + "'i2@example.org', 'FG-7Q2K')", UNIQUE_VIOLATION)
                .hasMessageContaining("idx_coaching_relationships_invite");
        exec(c, insert + "'i3@example.org', null)");
        exec(c, insert + "'i4@example.org', null)");
    }

    @ParameterizedTest(name = "{0}.{1} must reference an existing {2} row")
    @CsvSource({
        "coaching_relationships, coach_id, coaches, 'insert into coaching_relationships (coach_id, client_email) values (''%s'', ''x@example.org'')'",
        "weekly_snapshots, coach_id, coaches, 'insert into weekly_snapshots (coach_id, client_email, week_start, week_end) values (''%s'', ''x@example.org'', ''2026-01-05'', ''2026-01-11'')'",
        "rolling_aggregates, coach_id, coaches, 'insert into rolling_aggregates (coach_id, client_email) values (''%s'', ''x@example.org'')'",
        "agreed_activities, coach_id, coaches, 'insert into agreed_activities (coach_id, client_email, activity_text) values (''%s'', ''x@example.org'', ''walk'')'",
        "permissions, prediction_id, predictions, 'insert into permissions (prediction_id, client_email) values (''%s'', ''x@example.org'')'",
        "daily_checkins, permission_id, permissions, 'insert into daily_checkins (permission_id, client_email) values (''%s'', ''x@example.org'')'",
        "share_recognitions, share_id, inspiration_shares, 'insert into share_recognitions (share_id, recognizer_email) values (''%s'', ''x@example.org'')'",
    })
    void foreignKeyRejectsAnUnknownParent(String table, String column, String parent, String insert) throws Exception {
        rejects(c, insert.formatted(UUID.randomUUID()), FK_VIOLATION)
                .hasMessageContaining(table + "_" + column + "_fkey");
        String parentId = scalar(c, switch (parent) {
            case "coaches" -> "select '" + coachId + "'";
            case "predictions" -> "insert into predictions (client_email) values ('x@example.org') returning id";
            case "permissions" -> "insert into permissions (client_email) values ('fk-" + UUID.randomUUID() + "') returning id";
            default -> "insert into inspiration_shares (client_email) values ('x@example.org') returning id";
        });
        exec(c, insert.formatted(parentId));
    }

    @Test
    void optionalForeignKeysAcceptNull() throws Exception {
        exec(c, "insert into weekly_snapshots (coach_id, client_email, week_start, week_end)"
                + " values (null, 'n@example.org', '2026-01-05', '2026-01-11')");
        exec(c, "insert into permissions (prediction_id, client_email) values (null, 'n@example.org')");
        exec(c, "insert into daily_checkins (permission_id, client_email) values (null, 'n@example.org')");
    }

    @Test
    void deletingAShareDeletesItsRecognitions() throws Exception {
        String share = scalar(c, "insert into inspiration_shares (client_email) values ('cascade@example.org') returning id");
        exec(c, "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'r1@example.org'),"
                + " ('" + share + "', 'r2@example.org')");
        exec(c, "delete from inspiration_shares where id = '" + share + "'");
        assertThat(scalar(c, "select count(*) from share_recognitions where share_id = '" + share + "'")).isEqualTo("0");
    }

    @Test
    void aCoachWithRelationshipsCannotBeDeleted() throws Exception {
        String coach = scalar(c, "insert into coaches (email) values ('busy@example.org') returning id");
        exec(c, "insert into coaching_relationships (coach_id, client_email) values ('" + coach + "', 'k@example.org')");
        rejects(c, "delete from coaches where id = '" + coach + "'", FK_VIOLATION);
    }
}
