package org.findinggood.coachdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusEndReason;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.junit.jupiter.api.Test;

class DemoWorkspaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void sameSeedGivesSameRows() {
        DemoData first = DemoWorkspace.standard(TODAY).generate();
        DemoData second = DemoWorkspace.standard(TODAY).generate();
        assertThat(second).isEqualTo(first);
        DemoData otherSeed = new DemoWorkspace(7, 12, 26, 90, TODAY).generate();
        assertThat(otherSeed.weeklySnapshots()).isNotEqualTo(first.weeklySnapshots());
    }

    @Test
    void standardDemoCoversEveryRelationshipStatusWithConsistentDates() {
        DemoData data = DemoWorkspace.standard(TODAY).generate();
        assertThat(data.clients()).hasSize(12);
        assertThat(data.relationships()).extracting(CoachingRelationship::status).contains(
                RelationshipStatus.ACTIVE, RelationshipStatus.PAUSED, RelationshipStatus.PENDING_COACH_INVITE,
                RelationshipStatus.PENDING_CLIENT_REQUEST, RelationshipStatus.COMPLETED);
        for (CoachingRelationship r : data.relationships()) {
            assertThat(r.coachId()).isEqualTo(data.coach().id());
            switch (r.status()) {
                case PENDING_COACH_INVITE -> assertThat(r.inviteCode()).isNotBlank();
                case COMPLETED -> assertThat(r.endedAt()).isAfter(r.startedAt());
                case ACTIVE, PAUSED -> assertThat(r.startedAt()).isNotNull();
                default -> assertThat(r.startedAt()).isNull();
            }
        }
        Set<String> emails = data.clients().stream().map(Client::email).collect(Collectors.toSet());
        assertThat(emails).hasSize(12);
        assertThat(data.relationships()).allMatch(r -> emails.contains(r.clientEmail()));
    }

    @Test
    void activitiesCoverEveryStatusSourceAndVisibility() {
        DemoData data = DemoWorkspace.standard(TODAY).generate();
        Set<Object> seen = new HashSet<>();
        for (AgreedActivity a : data.agreedActivities()) {
            seen.add(a.status());
            seen.add(a.source());
            seen.add(a.visibility());
            if (a.status() == ActivityStatus.EVIDENCE_FOUND) {
                assertThat(a.evidenceEntries().size()).isPositive();
            }
        }
        assertThat(seen).contains(ActivityStatus.PENDING, ActivityStatus.EVIDENCE_FOUND, ActivityStatus.RESOLVED,
                ActivityStatus.DEPRIORITIZED, ActivitySource.FOCUS, ActivitySource.SESSION, ActivitySource.TRANSCRIPT,
                Visibility.SHARED, Visibility.COACH_ONLY);
    }

    @Test
    void snapshotsCoverHalfAYearWithTheSeedsJsonShapes() {
        DemoData data = DemoWorkspace.standard(TODAY).generate();
        Map<String, Long> weeksPerClient = data.weeklySnapshots().stream()
                .collect(Collectors.groupingBy(WeeklySnapshot::clientEmail, Collectors.counting()));
        assertThat(weeksPerClient.values().stream().mapToLong(Long::longValue).max().orElse(0)).isGreaterThanOrEqualTo(14);
        WeeklySnapshot snapshot = data.weeklySnapshots().get(0);
        assertThat(snapshot.activityCounts().get("predict").isInt()).isTrue();
        assertThat(snapshot.themes().get(0).get("theme").asText()).isNotBlank();
        assertThat(snapshot.coachingQuestions().get(0).asText()).endsWith("?");
        assertThat(snapshot.weekEnd()).isEqualTo(snapshot.weekStart().plusDays(6));
        assertThat(data.weeklySnapshots()).allMatch(s -> !s.weekStart().isAfter(TODAY));
        assertThat(data.rollingAggregates()).hasSize(weeksPerClient.size());
    }

    @Test
    void checkinsAreOnePerClientPerDayWithFocusScores() {
        DemoData data = DemoWorkspace.standard(TODAY).generate();
        assertThat(data.dailyCheckins()).isNotEmpty();
        Map<String, DailyCheckin> unique = data.dailyCheckins().stream()
                .collect(Collectors.toMap(c -> c.clientEmail() + c.checkDate(), Function.identity()));
        assertThat(unique).hasSameSizeAs(data.dailyCheckins());
        DailyCheckin checkin = data.dailyCheckins().get(data.dailyCheckins().size() - 1);
        int score = checkin.focusScores().get(0).get("score").asInt();
        assertThat(score).isBetween(1, 5);
        assertThat(checkin.focusScores().get(0).get("focus").asText()).isNotBlank();
        assertThat(data.focusHistory()).anyMatch(f -> f.reason() == FocusEndReason.EVOLVED && f.evolvedInto() != null);
        assertThat(data.focusHistory()).anyMatch(f -> f.isActive());
    }

    @Test
    void scalesToAThousandClients() {
        DemoData data = new DemoWorkspace(1, 1000, 26, 30, TODAY).generate();
        assertThat(data.clients()).hasSize(1000);
        assertThat(data.clients().stream().map(Client::email).distinct().count()).isEqualTo(1000);
        assertThat(data.relationships().stream().map(CoachingRelationship::inviteCode)
                .filter(c -> c != null).distinct().count())
                .isEqualTo(data.relationships().stream().filter(r -> r.inviteCode() != null).count());
    }
}
