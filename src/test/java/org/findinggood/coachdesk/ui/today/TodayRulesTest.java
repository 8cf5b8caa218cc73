package org.findinggood.coachdesk.ui.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.ui.today.Facts.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each of Today's rules on its own: when it speaks, when it stays quiet, and since when its reason holds. */
class TodayRulesTest {

    @Nested
    class NewSnapshot {
        NewSnapshotRule rule = new NewSnapshotRule();

        @Test
        void aWeekWrittenAfterTheLastLookIsNew() {
            Facts facts = Facts.active();
            facts.snapshotCreated = NOW.minus(Duration.ofDays(1));
            facts.lastOpened = NOW.minus(Duration.ofDays(3));
            assertThat(rule.check(facts.build(), NOW)).hasValueSatisfying(reason -> {
                assertThat(reason.chip()).isEqualTo("New week");
                assertThat(reason.since()).isEqualTo(facts.snapshotCreated);
            });
        }

        @Test
        void aWeekSeenAlreadyOrNoWeekIsNot() {
            Facts seen = Facts.active();
            seen.snapshotCreated = NOW.minus(Duration.ofDays(3));
            seen.lastOpened = NOW.minus(Duration.ofDays(1));
            assertThat(rule.check(seen.build(), NOW)).isEmpty();
            assertThat(rule.check(Facts.active().build(), NOW)).isEmpty();
        }

        @Test
        void aClientNeverOpenedHasItsWeekNew() {
            Facts facts = Facts.active();
            facts.snapshotCreated = NOW.minus(Duration.ofDays(30));
            assertThat(rule.check(facts.build(), NOW)).isPresent();
        }
    }

    @Nested
    class EvidenceWaiting {
        EvidenceWaitingRule rule = new EvidenceWaitingRule();

        @Test
        void countsTheActivitiesWaitingForReview() {
            Facts facts = Facts.active();
            facts.evidence = 2;
            facts.evidenceUpdated = NOW.minus(Duration.ofHours(5));
            assertThat(rule.check(facts.build(), NOW)).hasValueSatisfying(reason -> {
                assertThat(reason.chip()).isEqualTo("Evidence to review (2)");
                assertThat(reason.since()).isEqualTo(facts.evidenceUpdated);
            });
            assertThat(rule.check(Facts.active().build(), NOW)).isEmpty();
        }
    }

    @Nested
    class CheckinsStopped {
        CheckinsStoppedRule rule = new CheckinsStoppedRule();

        @Test
        void aDailyClientSilentForAWeekHasStopped() {
            // usually every day (median gap 1), silent for 7 days: more than max(3, 2 x 1)
            Facts facts = Facts.active().checkinsDaysAgo(4, 7, 8, 9, 10, 11, 12);
            assertThat(rule.check(facts.build(), NOW)).hasValueSatisfying(reason -> {
                assertThat(reason.chip()).isEqualTo("No check-in 7 d");
                // overdue from the 4th silent day on
                assertThat(reason.since()).isEqualTo(Facts.TODAY.minusDays(7).plusDays(4).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            });
        }

        @Test
        void aWeeklyClientSilentForTenDaysHasNot() {
            // usually every 7 days: 10 silent days are within twice the usual gap
            Facts facts = Facts.active().checkinsDaysAgo(4, 10, 17, 24, 31);
            assertThat(rule.check(facts.build(), NOW)).isEmpty();
            Facts longer = Facts.active().checkinsDaysAgo(4, 15, 22, 29, 36);
            assertThat(rule.check(longer.build(), NOW)).isPresent();
        }

        @Test
        void threeDaysAreTheLeastThatCounts() {
            Facts facts = Facts.active().checkinsDaysAgo(4, 3, 4, 5, 6);
            assertThat(rule.check(facts.build(), NOW)).isEmpty();
            assertThat(rule.check(Facts.active().checkinsDaysAgo(4, 4, 5, 6, 7).build(), NOW)).isPresent();
        }

        @Test
        void tooFewCheckInsToKnowTheRhythmSayNothing() {
            assertThat(rule.check(Facts.active().checkinsDaysAgo(4, 20, 30).build(), NOW)).isEmpty();
        }

        @Test
        void aLastCheckInOlderThanTheWindowHasStopped() {
            Facts facts = Facts.active();
            facts.lastCheckin = Facts.TODAY.minusDays(120);
            assertThat(rule.check(facts.build(), NOW)).isPresent();
        }

        @Test
        void onlyActiveClients() {
            Facts paused = Facts.active().checkinsDaysAgo(4, 7, 8, 9, 10, 11, 12);
            paused.status = RelationshipStatus.PAUSED;
            assertThat(rule.check(paused.build(), NOW)).isEmpty();
        }

        @Test
        void theUsualGapIsTheMedian() {
            assertThat(CheckinsStoppedRule.usualGap(java.util.List.of(Facts.TODAY, Facts.TODAY.minusDays(1),
                    Facts.TODAY.minusDays(2), Facts.TODAY.minusDays(9)))).isEqualTo(1);
            assertThat(CheckinsStoppedRule.usualGap(java.util.List.of(Facts.TODAY, Facts.TODAY.minusDays(1)))).isEqualTo(-1);
        }
    }

    @Nested
    class EngagementFalling {
        EngagementFallingRule rule = new EngagementFallingRule();

        /**
         * Daily check-ins: {@code recent} since Monday of last week (2026-11-25 is a Wednesday: 0-9 days ago),
         * {@code earlier} for the six weeks before (10-51 days ago).
         */
        private Facts scores(double earlier, double recent) {
            Facts facts = Facts.active();
            facts.checkinsDaysAgo(earlier, IntStream.rangeClosed(10, 51).toArray());
            facts.checkinsDaysAgo(recent, IntStream.rangeClosed(0, 9).toArray());
            return facts;
        }

        @Test
        void aClearDropBelowTheClientsOwnLevelCounts() {
            // 2026-11-25 is a Wednesday: "recent" spans this week and last (from Mon 16 Nov)
            assertThat(rule.check(scores(4.0, 3.0).build(), NOW)).hasValueSatisfying(reason -> {
                assertThat(reason.chip()).isEqualTo("Engagement \u2193");
                assertThat(reason.explanation()).isEqualTo("Average score 3.0 in the last 2 weeks, against 4.0 in the 6 weeks before");
            });
        }

        @Test
        void aSmallDipOrARiseDoesNot() {
            assertThat(rule.check(scores(4.0, 3.5).build(), NOW)).isEmpty(); // 12.5 % lower
            assertThat(rule.check(scores(3.0, 4.0).build(), NOW)).isEmpty();
        }

        @Test
        void needsAnEarlierLevelAndARecentWeek() {
            Facts newClient = Facts.active().checkinsDaysAgo(1.0, 0, 1, 2, 3);
            assertThat(rule.check(newClient.build(), NOW)).isEmpty();
            Facts silentLately = Facts.active().checkinsDaysAgo(4.0, IntStream.rangeClosed(10, 51).toArray());
            assertThat(rule.check(silentLately.build(), NOW)).isEmpty();
        }
    }

    @Nested
    class ClientRequest {
        @Test
        void aRequestWaitsForTheCoach() {
            Facts facts = Facts.active();
            facts.status = RelationshipStatus.PENDING_CLIENT_REQUEST;
            assertThat(new ClientRequestRule().check(facts.build(), NOW)).hasValueSatisfying(reason ->
                    assertThat(reason.chip()).isEqualTo("Request waiting"));
            assertThat(new ClientRequestRule().check(Facts.active().build(), NOW)).isEmpty();
        }
    }

    @Nested
    class StaleInvite {
        StaleInviteRule rule = new StaleInviteRule();

        @Test
        void anInviteUnansweredForMoreThanFourteenDays() {
            Facts facts = Facts.active();
            facts.status = RelationshipStatus.PENDING_COACH_INVITE;
            facts.created = NOW.minus(Duration.ofDays(20));
            assertThat(rule.check(facts.build(), NOW)).hasValueSatisfying(reason -> {
                assertThat(reason.chip()).isEqualTo("Invite unanswered 20 d");
                assertThat(reason.since()).isEqualTo(facts.created.plus(Duration.ofDays(14)));
            });
            facts.created = NOW.minus(Duration.ofDays(14));
            assertThat(rule.check(facts.build(), NOW)).isEmpty();
        }
    }

    @Nested
    class UnsentEdits {
        UnsentEditsRule rule = new UnsentEditsRule();

        @Test
        void editsWaitingAndConflictsWhichWeighMore() {
            Facts facts = Facts.active();
            facts.unsent = 2;
            facts.unsentSince = Instant.parse("2026-11-24T10:00:00Z");
            assertThat(rule.check(facts.build(), NOW)).hasValueSatisfying(reason -> {
                assertThat(reason.chip()).isEqualTo("2 edits to sync");
                assertThat(reason.weight()).isEqualTo(UnsentEditsRule.WEIGHT);
            });
            facts.conflicts = 1;
            assertThat(rule.check(facts.build(), NOW)).hasValueSatisfying(reason -> {
                assertThat(reason.chip()).isEqualTo("Conflict");
                assertThat(reason.weight()).isEqualTo(UnsentEditsRule.CONFLICT_WEIGHT);
            });
            assertThat(rule.check(Facts.active().build(), NOW)).isEmpty();
        }
    }
}
