package org.findinggood.coachdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WireValueTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void everyStatusRoundTrips(ActivityStatus status) {
        assertThat(ActivityStatus.fromWire(status.wire())).isEqualTo(status);
    }

    @Test
    void jsonCarriesTheSeedsSpelling() throws Exception {
        assertThat(json.writeValueAsString(RelationshipStatus.PENDING_COACH_INVITE)).isEqualTo("\"pending_coach_invite\"");
        assertThat(json.writeValueAsString(Visibility.COACH_ONLY)).isEqualTo("\"coach_only\"");
        assertThat(json.readValue("\"evidence_found\"", ActivityStatus.class)).isEqualTo(ActivityStatus.EVIDENCE_FOUND);
    }

    @Test
    void unlistedValuesBecomeUnknownAndNullStaysNull() {
        assertThat(RelationshipStatus.fromWire("archived")).isEqualTo(RelationshipStatus.UNKNOWN);
        assertThat(Visibility.fromWire("public")).isEqualTo(Visibility.UNKNOWN);
        assertThat(FocusEndReason.fromWire(null)).isNull();
        assertThat(ActivitySource.fromWire(" Session ")).isEqualTo(ActivitySource.SESSION);
    }

    @Test
    void jsonWithUnknownEnumAndExtraColumnsParses() throws Exception {
        AgreedActivity activity = json.readValue("""
                {"id":"6f0b2c9e-1b7a-4a0e-9d49-3c1f1b7d2a11","client_email":"a@b.c","source":"podcast",
                 "activity_text":"Walk","status":"resolved","visibility":"coach_only",
                 "evidence_entries":[{"url":"https://x"}],"new_server_column":1,
                 "updated_at":"2026-01-26T10:00:00.123456+00:00"}
                """, AgreedActivity.class);
        assertThat(activity.source()).isEqualTo(ActivitySource.UNKNOWN);
        assertThat(activity.status()).isEqualTo(ActivityStatus.RESOLVED);
        assertThat(activity.visibility()).isEqualTo(Visibility.COACH_ONLY);
        assertThat(activity.evidenceEntries().get(0).get("url").asText()).isEqualTo("https://x");
        assertThat(activity.updatedAt().getNano()).isEqualTo(123_456_000);
    }

    @Test
    void relationshipLifecycleIsOneRule() {
        assertThat(RelationshipStatus.PENDING_CLIENT_REQUEST.canMoveTo(RelationshipStatus.ACTIVE)).isTrue();
        assertThat(RelationshipStatus.ACTIVE.canMoveTo(RelationshipStatus.PAUSED)).isTrue();
        assertThat(RelationshipStatus.PAUSED.canMoveTo(RelationshipStatus.ACTIVE)).isTrue();
        assertThat(RelationshipStatus.PAUSED.canMoveTo(RelationshipStatus.COMPLETED)).isTrue();
        assertThat(RelationshipStatus.PENDING_COACH_INVITE.canMoveTo(RelationshipStatus.ACTIVE)).isFalse();
        assertThat(RelationshipStatus.COMPLETED.coachTransitions()).isEmpty();
        assertThat(RelationshipStatus.UNKNOWN.coachTransitions()).isEmpty();
    }
}
