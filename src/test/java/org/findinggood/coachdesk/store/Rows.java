package org.findinggood.coachdesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.Coach;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/** Sample rows with every column filled, microsecond timestamps and nested JSON. */
final class Rows {

    static final UUID COACH = UUID.fromString("00000000-0000-4000-8000-00000000c0ac");
    static final String ANA = "ana@example.com";
    static final String BEN = "ben@example.com";

    private Rows() {
    }

    static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    static JsonNode json(String text) {
        return CacheJson.read(text);
    }

    static Coach coach() {
        return new Coach(COACH, "coach@example.com", "Casey Coach");
    }

    static Client client(String email, String name) {
        return new Client(UUID.randomUUID(), email, name, "https://cal.example.com/" + name);
    }

    static CoachingRelationship relationship(String email, RelationshipStatus status) {
        return new CoachingRelationship(UUID.randomUUID(), COACH, email, status,
                at("2026-01-05T08:00:00.123456Z"), null, null,
                at("2026-01-01T08:00:00.000001Z"), at("2026-01-20T10:11:12.654321Z"));
    }

    static AgreedActivity activity(String email, ActivityStatus status) {
        return new AgreedActivity(UUID.randomUUID(), email, COACH, ActivitySource.SESSION, "Walk before work",
                status, json("[{\"kind\":\"checkin\",\"date\":\"2026-01-10\",\"score\":4}]"), "Private: ask about mornings",
                Visibility.COACH_ONLY, at("2026-01-10T07:00:00.100000Z"), at("2026-01-11T07:00:00.999999Z"));
    }

    static WeeklySnapshot snapshot(String email, LocalDate weekStart) {
        return new WeeklySnapshot(UUID.randomUUID(), email, COACH, 3, weekStart, weekStart.plusDays(6),
                json("{\"predictions\":2,\"proofs\":1}"), json("[\"courage\",\"rest\"]"),
                json("{\"repeated\":[\"I should\"]}"), json("{\"feelings\":0.7,\"influence\":{\"x\":[1,2]}}"),
                json("[{\"from\":\"ana\",\"to\":\"ben\"}]"), json("[\"sleep\"]"), json("[\"What helped?\"]"),
                at("2026-01-12T00:00:00.000010Z"));
    }

    static RollingAggregate aggregate(String email) {
        return new RollingAggregate(UUID.randomUUID(), email, COACH, LocalDate.of(2025, 9, 1), 18,
                json("[{\"week\":1,\"text\":\"I may rest\"}]"), json("[\"rest\"]"), json("{\"F\":[1,2,3]}"),
                json("{\"manager\":\"tense\"}"), json("[\"What is enough?\"]"), json("[{\"week\":9}]"),
                at("2026-01-19T12:00:00.500000Z"));
    }

    static Permission permission(String email, OffsetDateTime updatedAt) {
        return new Permission(UUID.randomUUID(), email, UUID.randomUUID(), "Daily walk", "I may rest",
                json("[{\"name\":\"sleep\",\"active\":true}]"), at("2026-01-02T10:00:00.000001Z"), updatedAt);
    }

    static DailyCheckin checkin(String email, LocalDate date) {
        return new DailyCheckin(UUID.randomUUID(), email, UUID.randomUUID(), date,
                json("[{\"focus\":\"sleep\",\"score\":4}]"), date.atTime(21, 0).atOffset(ZoneOffset.UTC).plusNanos(123_456_000));
    }

    static FocusHistoryEntry focus(String email, LocalDate started, FocusEndReason reason) {
        return new FocusHistoryEntry(UUID.randomUUID(), email, "Sleep by 11", started,
                reason == null ? null : started.plusDays(20), reason == FocusEndReason.EVOLVED ? "Sleep by 10:30" : null, reason);
    }
}
