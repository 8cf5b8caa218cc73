package org.findinggood.coachdesk.ui.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.ui.today.Facts.NOW;

import java.time.Duration;
import java.util.List;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.junit.jupiter.api.Test;

class TodayRankingTest {

    private final TodayRanking ranking = TodayRanking.standard();

    @Test
    void higherScoresFirstAndTheRankIsExplained() {
        Facts request = Facts.active().named("req@example.com", "Rae");
        request.status = RelationshipStatus.PENDING_CLIENT_REQUEST;
        Facts both = Facts.active().named("both@example.com", "Bea");
        both.evidence = 1;
        both.evidenceUpdated = NOW.minus(Duration.ofDays(1));
        both.snapshotCreated = NOW.minus(Duration.ofDays(2));
        Facts quiet = Facts.active().named("quiet@example.com", "Quinn");

        List<TodayEntry> ranked = ranking.rank(List.of(request.build(), quiet.build(), both.build()), NOW);

        assertThat(ranked).extracting(TodayEntry::clientEmail).containsExactly("both@example.com", "req@example.com");
        assertThat(ranked.get(0).score()).isEqualTo(6);
        assertThat(ranked.get(0).rankExplanation()).isEqualTo("Score 6: Evidence to review +3, New week +3");
    }

    @Test
    void equalScoresPutTheNewestReasonFirst() {
        Facts older = Facts.active().named("old@example.com", "Old");
        older.snapshotCreated = NOW.minus(Duration.ofDays(5));
        Facts newer = Facts.active().named("new@example.com", "New");
        newer.snapshotCreated = NOW.minus(Duration.ofDays(1));
        assertThat(ranking.rank(List.of(older.build(), newer.build()), NOW)).extracting(TodayEntry::clientEmail)
                .containsExactly("new@example.com", "old@example.com");
    }

    @Test
    void aDismissedClientStaysOffUntilSomethingNewHappens() {
        Facts facts = Facts.active();
        facts.snapshotCreated = NOW.minus(Duration.ofDays(2));
        facts.dismissed = NOW.minus(Duration.ofDays(1));
        assertThat(ranking.rank(List.of(facts.build()), NOW)).isEmpty();

        facts.evidence = 1;
        facts.evidenceUpdated = NOW.minus(Duration.ofHours(1));
        assertThat(ranking.rank(List.of(facts.build()), NOW)).hasSize(1);
    }

    @Test
    void theDemoWhichNeverSyncsListsNoClientForEditsToSync() {
        Facts edited = Facts.active().named("edited@example.com", "Eda");
        edited.unsent = 2;
        edited.unsentSince = NOW.minus(Duration.ofHours(1));
        assertThat(TodayRanking.forWorkspace(true).rank(List.of(edited.build()), NOW)).hasSize(1);
        assertThat(TodayRanking.forWorkspace(false).rank(List.of(edited.build()), NOW)).isEmpty();

        edited.snapshotCreated = NOW.minus(Duration.ofDays(1));
        assertThat(TodayRanking.forWorkspace(false).rank(List.of(edited.build()), NOW).get(0).reasons())
                .extracting(TodayReason::chip).containsExactly("New week");
    }

    @Test
    void theNameShownFallsBackToTheEmail() {
        Facts facts = Facts.active().named("noname@example.com", " ");
        facts.snapshotCreated = NOW;
        assertThat(ranking.rank(List.of(facts.build()), NOW).get(0).displayName()).isEqualTo("noname@example.com");
    }
}
