package org.findinggood.coachdesk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.schema.Sql.exec;
import static org.findinggood.coachdesk.schema.Sql.row;
import static org.findinggood.coachdesk.schema.Sql.rows;
import static org.findinggood.coachdesk.schema.Sql.scalar;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed's six triggers: updated_at on five tables and the share recognition counter. */
class V4TriggersTest {

    @RegisterExtension
    static final SchemaDatabase db = new SchemaDatabase("triggers@example.org");

    static Stream<Arguments> tablesWithUpdatedAt() {
        return Stream.of(
                Arguments.of("coaching_relationships", "coach_id, client_email", "'%COACH%', 'u@example.org'", "status = 'active'"),
                Arguments.of("permissions", "client_email", "'u@example.org'", "practice = 'listen first'"),
                Arguments.of("rolling_aggregates", "client_email", "'u@example.org'", "total_weeks = 3"),
                Arguments.of("agreed_activities", "client_email, activity_text", "'u@example.org', 'walk'", "coach_notes = 'went well'"),
                Arguments.of("chat_conversations", "client_email", "'u@example.org'", "messages = '[{\"role\":\"user\"}]'"));
    }

    @ParameterizedTest(name = "updating {0} bumps updated_at")
    @MethodSource("tablesWithUpdatedAt")
    void updateBumpsUpdatedAt(String table, String columns, String values, String change) throws Exception {
        String id = scalar(db.connection(), "insert into " + table + " (" + columns + ", updated_at) values ("
                + values.replace("%COACH%", db.coachId()) + ", '2000-01-01T00:00:00Z') returning id");
        assertThat(scalar(db.connection(), "select updated_at = '2000-01-01T00:00:00Z' from " + table + " where id = '" + id + "'"))
                .as("an insert keeps the updated_at it is given").isEqualTo("t");

        // Even an update that tries to set updated_at back gets now(): the trigger has the last word.
        db.connection().setAutoCommit(false);
        try {
            assertThat(row(db.connection(), "update " + table + " set " + change + ", updated_at = '2001-01-01T00:00:00Z'"
                    + " where id = '" + id + "' returning updated_at = now()")).isEqualTo("t");
            db.connection().commit();
        } finally {
            db.connection().setAutoCommit(true);
        }
    }

    @Test
    void theSixTriggersExistByTheSeedsNamesOnTheirTablesAndFunctions() throws Exception {
        assertThat(rows(db.connection(), """
                select tgname, tgrelid::regclass::text, tgfoid::regproc::text,
                       case when tgtype & 2 = 2 then 'before' else 'after' end,
                       concat_ws(' ', case when tgtype & 4 = 4 then 'insert' end,
                                      case when tgtype & 8 = 8 then 'delete' end,
                                      case when tgtype & 16 = 16 then 'update' end),
                       case when tgtype & 1 = 1 then 'row' else 'statement' end
                  from pg_trigger where not tgisinternal
                   and tgrelid in (select oid from pg_class where relnamespace = 'public'::regnamespace)
                """)).containsExactlyInAnyOrder(
                "trigger_recognition_count,share_recognitions,update_recognition_count,after,insert delete,row",
                "trigger_permissions_updated,permissions,update_updated_at,before,update,row",
                "trigger_coaching_relationships_updated,coaching_relationships,update_updated_at,before,update,row",
                "trigger_rolling_aggregates_updated,rolling_aggregates,update_updated_at,before,update,row",
                "trigger_agreed_activities_updated,agreed_activities,update_updated_at,before,update,row",
                "trigger_chat_conversations_updated,chat_conversations,update_updated_at,before,update,row");
    }

    @Test
    void recognitionCounterFollowsInsertsAndDeletes() throws Exception {
        String share = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('s@example.org') returning id");
        String other = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('s@example.org') returning id");
        assertThat(count(share)).isEqualTo("0");

        exec(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'a@example.org')");
        exec(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'b@example.org')");
        assertThat(count(share)).isEqualTo("2");
        assertThat(count(other)).as("other shares are untouched").isEqualTo("0");

        exec(db.connection(), "delete from share_recognitions where share_id = '" + share + "' and recognizer_email = 'a@example.org'");
        assertThat(count(share)).isEqualTo("1");
    }

    @Test
    void aDuplicateRecognitionDoesNotCount() throws Exception {
        String share = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('d@example.org') returning id");
        exec(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'a@example.org')");
        Sql.rejects(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'a@example.org')",
                "23505");
        assertThat(count(share)).isEqualTo("1");
    }

    @Test
    void deletingARecognisedShareCascadesWithoutError() throws Exception {
        String share = scalar(db.connection(), "insert into inspiration_shares (client_email) values ('x@example.org') returning id");
        exec(db.connection(), "insert into share_recognitions (share_id, recognizer_email) values ('" + share + "', 'a@example.org')");
        exec(db.connection(), "delete from inspiration_shares where id = '" + share + "'");
        assertThat(scalar(db.connection(), "select count(*) from inspiration_shares where id = '" + share + "'")).isEqualTo("0");
    }

    private static String count(String shareId) throws Exception {
        return scalar(db.connection(), "select recognized_count from inspiration_shares where id = '" + shareId + "'");
    }
}
