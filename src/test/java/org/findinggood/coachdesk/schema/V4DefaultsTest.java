package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.schema.Sql.row;
import static org.findinggood.coachdesk.schema.Sql.scalar;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inserting only the required columns fills in the seed's defaults. Each test runs in a transaction,
 * so {@code now()} in the RETURNING clause is the very timestamp the default used.
 */
class V4DefaultsTest {

    @RegisterExtension
    static final SchemaDatabase db = new SchemaDatabase("defaults@example.org");

    @BeforeEach
    void begin() throws Exception {
        db.connection().setAutoCommit(false);
    }

    @AfterEach
    void rollback() throws Exception {
        db.connection().rollback();
        db.connection().setAutoCommit(true);
    }

    @Test
    void relationshipStartsAsPendingCoachInviteWithGeneratedIdAndTimestamps() throws Exception {
        assertThat(row(db.connection(), "insert into coaching_relationships (coach_id, client_email) values ('" + db.coachId()
                + "', 'c@example.org') returning status, id is not null, started_at is null, ended_at is null,"
                + " invite_code is null, created_at = now(), updated_at = now()"))
                .isEqualTo("pending_coach_invite,t,t,t,t,t,t");
    }

    @Test
    void permissionFocusDefaultsToEmptyJsonArray() throws Exception {
        assertThat(row(db.connection(), "insert into permissions (client_email) values ('c@example.org')"
                + " returning focus::text, jsonb_typeof(focus), created_at = now(), updated_at = now()"))
                .isEqualTo("[],array,t,t");
    }

    @Test
    void dailyCheckinIsForTodayWithEmptyScores() throws Exception {
        assertThat(row(db.connection(), "insert into daily_checkins (client_email) values ('c@example.org')"
                + " returning check_date = current_date, focus_scores::text, created_at = now()"))
                .isEqualTo("t,[],t");
    }

    @Test
    void weeklySnapshotGetsCreatedAtNow() throws Exception {
        assertThat(row(db.connection(), "insert into weekly_snapshots (client_email, week_start, week_end)"
                + " values ('c@example.org', '2026-01-05', '2026-01-11') returning created_at = now(), themes is null"))
                .isEqualTo("t,t");
    }

    @Test
    void rollingAggregateStartsAtZeroWeeks() throws Exception {
        assertThat(row(db.connection(), "insert into rolling_aggregates (client_email) values ('c@example.org')"
                + " returning total_weeks, updated_at = now()"))
                .isEqualTo("0,t");
    }

    @Test
    void agreedActivityDefaultsToFocusPendingShared() throws Exception {
        assertThat(row(db.connection(), "insert into agreed_activities (client_email, activity_text) values ('c@example.org', 'walk')"
                + " returning source, status, visibility, coach_notes is null, created_at = now(), updated_at = now()"))
                .isEqualTo("focus,pending,shared,t,t,t");
    }

    @Test
    void circleMemberDefaultsToSentTo() throws Exception {
        assertThat(row(db.connection(), "insert into user_circles (user_email, circle_member_email) values ('a@example.org', 'b@example.org')"
                + " returning relationship_type, created_at = now()"))
                .isEqualTo("sent_to,t");
    }

    @Test
    void shareRecognitionGetsCreatedAtNow() throws Exception {
        String share = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('a@example.org') returning id");
        assertThat(row(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share
                + "', 'b@example.org') returning created_at = now()"))
                .isEqualTo("t");
    }

    @Test
    void inspireRequestStartsPending() throws Exception {
        assertThat(row(db.connection(), "insert into inspire_requests (requester_email, recipient_email) values ('a@example.org', 'b@example.org')"
                + " returning status, message is null, created_at = now()"))
                .isEqualTo("pending,t,t");
    }

    @Test
    void chatConversationStartsWithNoMessages() throws Exception {
        assertThat(row(db.connection(), "insert into chat_conversations (client_email) values ('c@example.org')"
                + " returning messages::text, created_at = now(), updated_at = now()"))
                .isEqualTo("[],t,t");
    }

    @Test
    void focusHistoryStartsTodayAndIsActive() throws Exception {
        assertThat(row(db.connection(), "insert into focus_history (client_email, focus_name) values ('c@example.org', 'listening')"
                + " returning started_at = current_date, ended_at is null, reason is null"))
                .isEqualTo("t,t,t");
    }

    @Test
    void inspirationShareStartsWithZeroRecognitions() throws Exception {
        assertThat(row(db.connection(), "insert into inspiration_shares (client_email) values ('a@example.org') returning recognized_count"))
                .isEqualTo("0");
    }

    @Test
    void requiredColumnsRejectNull() throws Exception {
        Sql.rejects(db.connection(), "insert into agreed_activities (client_email) values ('c@example.org')", "23502")
                .hasMessageContaining("activity_text");
        Sql.rejects(db.connection(), "insert into weekly_snapshots (client_email, week_start) values ('c@example.org', '2026-01-05')",
                "23502").hasMessageContaining("week_end");
    }
}
