package org.findinggood.coachdesk.schema;

import static org.findinggood.coachdesk.schema.Sql.exec;
import static org.findinggood.coachdesk.schema.Sql.rejects;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each CHECK of the seed accepts every allowed value and rejects others (SQLSTATE 23514). */
class V4ChecksTest {

    private static final String CHECK_VIOLATION = "23514";

    @RegisterExtension
    static final SchemaDatabase db = new SchemaDatabase("checks@example.org");

    /** constraint name, an insert with %s for the (already quoted) value, allowed values. */
    static Stream<Arguments> checks() {
        return Stream.of(
                Arguments.of("coaching_relationships_status_check",
                        "insert into coaching_relationships (coach_id, client_email, status) values ('%COACH%', 'c@example.org', %s)",
                        new String[] {"pending_coach_invite", "pending_client_request", "active", "paused", "completed"}),
                Arguments.of("agreed_activities_source_check",
                        "insert into agreed_activities (client_email, activity_text, source) values ('c@example.org', 'walk', %s)",
                        new String[] {"focus", "session", "transcript"}),
                Arguments.of("agreed_activities_status_check",
                        "insert into agreed_activities (client_email, activity_text, status) values ('c@example.org', 'walk', %s)",
                        new String[] {"pending", "evidence_found", "resolved", "deprioritized"}),
                Arguments.of("agreed_activities_visibility_check",
                        "insert into agreed_activities (client_email, activity_text, visibility) values ('c@example.org', 'walk', %s)",
                        new String[] {"shared", "coach_only"}),
                Arguments.of("inspire_requests_status_check",
                        "insert into inspire_requests (requester_email, recipient_email, status) values ('a@example.org', 'b@example.org', %s)",
                        new String[] {"pending", "acknowledged"}),
                Arguments.of("focus_history_reason_check",
                        "insert into focus_history (client_email, focus_name, reason) values ('c@example.org', 'listening', %s)",
                        new String[] {"paused", "evolved", "completed"}));
    }

    @ParameterizedTest(name = "{0} accepts every allowed value")
    @MethodSource("checks")
    void checkAcceptsEveryAllowedValue(String constraint, String insert, String[] allowed) throws Exception {
        for (String value : allowed) {
            exec(db.connection(), sql(insert, "'" + value + "'"));
        }
    }

    @ParameterizedTest(name = "{0} rejects values outside the list")
    @MethodSource("checks")
    void checkRejectsValuesOutsideTheList(String constraint, String insert, String[] allowed) {
        String upperCased = allowed[0].toUpperCase();
        for (String bad : new String[] {"'bogus'", "''", "'" + upperCased + "'", "'" + allowed[0] + " '"}) {
            rejects(db.connection(), sql(insert, bad), CHECK_VIOLATION).hasMessageContaining(constraint);
        }
    }

    @org.junit.jupiter.api.Test
    void focusHistoryReasonMayBeNull() throws Exception {
        exec(db.connection(), "insert into focus_history (client_email, focus_name, reason) values ('c@example.org', 'open', null)");
    }

    private static String sql(String template, String value) {
        return template.replace("%COACH%", db.coachId()).replace("%s", value);
    }
}
