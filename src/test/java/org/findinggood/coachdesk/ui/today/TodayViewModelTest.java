package org.findinggood.coachdesk.ui.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.findinggood.coachdesk.ui.today.Facts.NOW;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.Test;

/** Today's view model without a screen: ranking shown, keyboard moves, open, dismiss, a failed read. */
class TodayViewModelTest {

    private final Map<String, Instant> dismissed = new HashMap<>();
    private final List<String> opened = new ArrayList<>();
    private List<ClientFacts> facts = List.of(withWeek("a@example.com", "Ann", 1), withWeek("b@example.com", "Bo", 2),
            withWeek("c@example.com", "Cy", 3));
    private RuntimeException failure;

    private final TodayViewModel.TodaySource source = new TodayViewModel.TodaySource() {
        @Override
        public List<ClientFacts> facts(LocalDate today) {
            if (failure != null) {
                throw failure;
            }
            return facts.stream().map(f -> dismissed.containsKey(f.clientEmail()) ? new ClientFacts(f.clientEmail(), f.name(),
                    f.status(), f.relationshipCreated(), f.relationshipUpdated(), f.latestSnapshotCreated(), f.latestWeekStart(),
                    f.evidenceWaiting(), f.evidenceUpdated(), f.lastCheckin(), f.recentCheckins(), f.unsentEdits(), f.conflicts(),
                    f.unsentSince(), f.lastOpened(), dismissed.get(f.clientEmail())) : f).toList();
        }

        @Override
        public void dismiss(String clientEmail, Instant at) {
            dismissed.put(clientEmail, at);
        }
    };

    private final TodayViewModel model = new TodayViewModel(source, TodayRanking.standard(), Tasks.sameThread(),
            Clock.fixed(NOW, ZoneOffset.UTC), opened::add);

    private static ClientFacts withWeek(String email, String name, int daysAgo) {
        Facts f = Facts.active().named(email, name);
        f.snapshotCreated = NOW.minus(Duration.ofDays(daysAgo));
        return f.build();
    }

    @Test
    void showsTheRankedClientsWithTheFirstSelected() {
        model.reload();
        assertThat(model.entries()).extracting(TodayEntry::clientEmail)
                .containsExactly("a@example.com", "b@example.com", "c@example.com");
        assertThat(model.selectedIndexProperty().get()).isZero();
        assertThat(model.summaryProperty().get()).isEqualTo("3 clients need you");
    }

    @Test
    void downUpAndEnterOpenTheChosenClient() {
        model.reload();
        model.shownProperty().set(true);
        model.moveDown();
        model.moveDown();
        model.moveDown();
        assertThat(model.selectedIndexProperty().get()).isEqualTo(2);
        model.moveUp();
        model.openSelected();
        assertThat(opened).containsExactly("b@example.com");
        assertThat(model.shownProperty().get()).isFalse();
    }

    @Test
    void dismissTakesTheClientOffAndKeepsItOffAfterAReload() {
        model.reload();
        model.dismissSelected();
        assertThat(model.entries()).extracting(TodayEntry::clientEmail).containsExactly("b@example.com", "c@example.com");
        assertThat(dismissed).containsKey("a@example.com");
        model.reload();
        assertThat(model.entries()).extracting(TodayEntry::clientEmail).containsExactly("b@example.com", "c@example.com");
    }

    @Test
    void aReasonDatedAheadOfThisClockDoesNotUndoTheDismissal() {
        Facts ahead = Facts.active().named("ahead@example.com", "Ahead");
        ahead.snapshotCreated = NOW.plus(Duration.ofHours(6)); // the server's clock runs ahead of this computer's
        facts = List.of(ahead.build());
        model.reload();
        model.dismissSelected();
        assertThat(dismissed.get("ahead@example.com")).isEqualTo(NOW.plus(Duration.ofHours(6)));
        model.reload();
        assertThat(model.entries()).isEmpty();
    }

    @Test
    void theSelectionFollowsItsClientAcrossAReload() {
        model.reload();
        model.moveDown();
        facts = List.of(withWeek("b@example.com", "Bo", 2), withWeek("z@example.com", "Zed", 0));
        model.reload();
        assertThat(model.selected().clientEmail()).isEqualTo("b@example.com");
    }

    @Test
    void nobodyNeedingTheCoachIsSaidSo() {
        facts = List.of();
        model.reload();
        assertThat(model.summaryProperty().get()).startsWith("Nobody needs you right now.");
        assertThat(model.selected()).isNull();
    }

    @Test
    void aFailedReadIsOneSentenceWithDetails() {
        failure = new IllegalStateException("disk gone");
        model.reload();
        assertThat(model.errorProperty().get()).isEqualTo(
                "Today could not be read from the local cache; try again, or restart Coach Desk if it keeps happening.");
        assertThat(model.errorDetailsProperty().get()).contains("disk gone");
        assertThat(model.loadingProperty().get()).isFalse();
    }
}
