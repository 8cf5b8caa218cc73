package org.findinggood.coachdesk.ui.quickprep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.WeeklySnapshot;

/** Small, readable rows for Quick Prep view-model tests (the TestFX tests use the demo workspace). */
final class QuickPrepFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 28);
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuickPrepFixtures() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static WeeklySnapshot snapshot(String email, int week, String theme, String question) {
        LocalDate start = LocalDate.of(2026, 1, 5).plusWeeks(week - 3L);
        return new WeeklySnapshot(UUID.randomUUID(), email, null, week, start, start.plusDays(6),
                json("{\"predict\": " + week + ", \"proof\": 1}"),
                json("[{\"theme\": \"" + theme + "\", \"mentions\": 3, \"trend\": \"rising\"}, \"rest\"]"),
                json("[{\"pattern\": \"I should\", \"example\": \"I should call her\"}]"),
                json("[{\"element\": \"feelings\", \"strength\": 4, \"evidence\": \"named the fear\"}]"),
                json("[{\"direction\": \"given\", \"with\": \"Sam\", \"what\": \"thanked Sam\", \"date\": \"2026-01-06\"}]"),
                json("[{\"thread\": \"Money talk with partner\", \"since\": \"2025-12-20\"}]"),
                json("[\"" + question + "\", {\"question\": \"What would rest look like?\"}]"),
                OffsetDateTime.of(2026, 1, 12, 9, 0, 0, 0, ZoneOffset.UTC));
    }

    static Permission permission(String email) {
        return new Permission(UUID.randomUUID(), email, null, "Ask before assuming", "I may rest before I am done",
                json("[{\"focus\": \"Walk daily\"}, {\"focus\": \"Ask for help\"}]"), null, null);
    }

    static DailyCheckin checkin(String email, LocalDate day, String scores) {
        return new DailyCheckin(UUID.randomUUID(), email, null, day, json(scores), null);
    }

    static QuickPrepData data(String email, String name) {
        List<WeeklySnapshot> snapshots = new ArrayList<>();
        snapshots.add(snapshot(email, 4, "Boundaries", "What did you protect this week?"));
        snapshots.add(snapshot(email, 3, "Courage", "Where did you hold back?"));
        List<DailyCheckin> checkins = List.of(
                checkin(email, TODAY, "[{\"focus\": \"Walk daily\", \"score\": 4}, {\"focus\": \"Ask for help\", \"score\": 2}]"),
                checkin(email, TODAY.minusDays(2), "[{\"focus\": \"Walk daily\", \"score\": 5}, {\"focus\": \"Old focus\", \"score\": 1}]"),
                checkin(email, TODAY.minusDays(20), "[{\"focus\": \"Walk daily\", \"score\": 1}]"));
        return new QuickPrepData(email, new Client(UUID.randomUUID(), email, name, "https://cal.example.com/" + name.toLowerCase()),
                snapshots, permission(email), checkins, 3, 1);
    }
}
