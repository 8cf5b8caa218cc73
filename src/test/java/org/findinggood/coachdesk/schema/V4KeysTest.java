package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.schema.Sql.exec;
import static org.findinggood.coachdesk.schema.Sql.rejects;
import static org.findinggood.coachdesk.schema.Sql.scalar;

import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed's UNIQUE constraints, the unique partial invite index, and its foreign keys. */
class V4KeysTest {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FK_VIOLATION = "23503";

    @RegisterExtension
    static final SchemaDatabase db = new SchemaDatabase("keys@example.org", "keys2@example.org");

    @Test
    void oneDailyCheckinPerClientPerDay() throws Exception {
        exec(db.connection(), "insert into daily_checkins (client_email, check_date) values ('u1@example.org', '2026-01-26')");
        rejects(db.connection(), "insert into daily_checkins (client_email, check_date) values ('u1@example.org', '2026-01-26')",
                UNIQUE_VIOLATION).hasMessageContaining("daily_checkins_client_email_check_date_key");
        exec(db.connection(), "insert into daily_checkins (client_email, check_date) values ('u1@example.org', '2026-01-27')");
        exec(db.connection(), "insert into daily_checkins (client_email, check_date) values ('u2@example.org', '2026-01-26')");
    }

    @Test
    void oneRollingAggregatePerClientAndCoach() throws Exception {
        exec(db.connection(), "insert into rolling_aggregates (client_email, coach_id) values ('u1@example.org', '" + db.coachId() + "')");
        rejects(db.connection(), "insert into rolling_aggregates (client_email, coach_id) values ('u1@example.org', '" + db.coachId() + "')",
                UNIQUE_VIOLATION).hasMessageContaining("rolling_aggregates_client_email_coach_id_key");
        exec(db.connection(), "insert into rolling_aggregates (client_email, coach_id) values ('u1@example.org', '" + db.coachId(1) + "')");
        exec(db.connection(), "insert into rolling_aggregates (client_email, coach_id) values ('u2@example.org', '" + db.coachId() + "')");
    }

    @Test
    void oneCircleEntryPerOwnerAndMember() throws Exception {
        exec(db.connection(), "insert into user_circles (user_email, circle_member_email) values ('a@example.org', 'b@example.org')");
        rejects(db.connection(), "insert into user_circles (user_email, circle_member_email, relationship_type)"
                + " values ('a@example.org', 'b@example.org', 'received_from')", UNIQUE_VIOLATION)
                .hasMessageContaining("user_circles_user_email_circle_member_email_key");
        exec(db.connection(), "insert into user_circles (user_email, circle_member_email) values ('b@example.org', 'a@example.org')");
    }

    @Test
    void oneRecognitionPerUserPerShare() throws Exception {
        String share = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('a@example.org') returning id");
        String other = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('a@example.org') returning id");
        exec(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'r@example.org')");
        rejects(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'r@example.org')",
                UNIQUE_VIOLATION).hasMessageContaining("share_recognitions_share_id_recognizer_email_key");
        exec(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + other + "', 'r@example.org')");
    }

    @Test
    void inviteCodesAreUniqueButManyRelationshipsMayHaveNone() throws Exception {
        String insert = "insert into coaching_relationships (coach_id, client_email, invite_code) values ('" + db.coachId() + "', ";
        exec(db.connection(), insert + "'i1@example.org', 'FG-7Q2K')");
        rejects(db.connection(), insert + "'i2@example.org', 'FG-7Q2K')", UNIQUE_VIOLATION)
                .hasMessageContaining("idx_coaching_relationships_invite");
        exec(db.connection(), insert + "'i3@example.org', null)");
        exec(db.connection(), insert + "'i4@example.org', null)");
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
        rejects(db.connection(), insert.formatted(UUID.randomUUID()), FK_VIOLATION)
                .hasMessageContaining(table + "_" + column + "_fkey");
        String parentId = scalar(db.connection(), switch (parent) {
            case "coaches" -> "select '" + db.coachId() + "'";
            case "predictions" -> "insert into predictions (client_email) values ('x@example.org') returning id";
            case "permissions" -> "insert into permissions (client_email) values ('fk-" + UUID.randomUUID() + "') returning id";
            default -> "insert into inspiration_shares (client_email) values ('x@example.org') returning id";
        });
        exec(db.connection(), insert.formatted(parentId));
    }

    @Test
    void optionalForeignKeysAcceptNull() throws Exception {
        exec(db.connection(), "insert into weekly_snapshots (coach_id, client_email, week_start, week_end)"
                + " values (null, 'n@example.org', '2026-01-05', '2026-01-11')");
        exec(db.connection(), "insert into permissions (prediction_id, client_email) values (null, 'n@example.org')");
        exec(db.connection(), "insert into daily_checkins (permission_id, client_email) values (null, 'n@example.org')");
    }

    @Test
    void deletingAShareDeletesItsRecognitions() throws Exception {
        String share = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('cascade@example.org') returning id");
        exec(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'r1@example.org'),"
                + " ('" + share + "', 'r2@example.org')");
        exec(db.connection(), "delete from inspiration_shares where id = '" + share + "'");
        assertThat(scalar(db.connection(), "select count(*) from share_recognitions where share_id = '" + share + "'")).isEqualTo("0");
    }

    @Test
    void aCoachWithRelationshipsCannotBeDeleted() throws Exception {
        String coach = scalar(db.connection(), "insert into coaches (email) values ('busy@example.org') returning id");
        exec(db.connection(), "insert into coaching_relationships (coach_id, client_email) values ('" + coach + "', 'k@example.org')");
        rejects(db.connection(), "delete from coaches where id = '" + coach + "'", FK_VIOLATION);
    }
}
