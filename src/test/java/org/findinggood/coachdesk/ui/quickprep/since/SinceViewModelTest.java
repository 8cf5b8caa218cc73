package org.findinggood.coachdesk.ui.quickprep.since;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.store.ClientChanges;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheet;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheetMarkdown;
import org.junit.jupiter.api.Test;

/** The "Since" block without a screen: its lines, where each opens, the week-over-week numbers, the prep sheet. */
class SinceViewModelTest {

    static final Instant NOW = Instant.parse("2026-11-25T15:30:00Z");
    static final Instant LAST_VISIT = Instant.parse("2026-11-18T09:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Object[]> opened = new ArrayList<>();
    private final List<Instant> askedSince = new ArrayList<>();
    private ClientChanges changes = changes();

    private final SinceViewModel model = new SinceViewModel((email, since, now) -> {
        askedSince.add(since);
        return changes;
    }, Tasks.sameThread(), Clock.fixed(NOW, ZoneOffset.UTC), (email, tab, week) -> opened.add(new Object[] {email, tab, week}));

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ClientFacts.Checkin checkin(String day, int score) {
        return new ClientFacts.Checkin(LocalDate.parse(day), json("[{\"focus\":\"walk\",\"score\":" + score + "}]"));
    }

    static ClientChanges changes() {
        ClientChanges.Week thisWeek = new ClientChanges.Week(UUID.randomUUID(), 12, LocalDate.parse("2026-11-16"),
                Instant.parse("2026-11-23T06:00:00Z"), json("{\"reflections\":5,\"proofs\":1}"),
                json("{\"feelings\":0.7,\"influence\":{\"score\":3}}"));
        ClientChanges.Week lastWeek = new ClientChanges.Week(UUID.randomUUID(), 11, LocalDate.parse("2026-11-09"),
                Instant.parse("2026-11-16T06:00:00Z"), json("{\"reflections\":3,\"proofs\":1}"),
                json("{\"feelings\":0.9,\"influence\":{\"score\":2}}"));
        return new ClientChanges(LAST_VISIT, List.of(thisWeek),
                List.of(checkin("2026-11-20", 4), checkin("2026-11-21", 5)), List.of(checkin("2026-11-12", 3)),
                List.of(new ClientChanges.Activity(UUID.randomUUID(), "Walk before work", "evidence_found",
                                Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-20T09:00:00Z"), false),
                        new ClientChanges.Activity(UUID.randomUUID(), "Journal three lines", "resolved",
                                Instant.parse("2026-11-01T09:00:00Z"), Instant.parse("2026-11-21T09:00:00Z"), true)),
                List.of(new ClientChanges.Focus(UUID.randomUUID(), "Sleep by 11", LocalDate.parse("2026-11-19"), null, null)),
                List.of(new ClientChanges.PermissionText(UUID.randomUUID(), "I may rest", "Daily walk", Instant.parse("2026-11-22T09:00:00Z"))),
                thisWeek, lastWeek);
    }

    @Test
    void listsWhatChangedSinceTheLastVisitEachWithWhereItLives() {
        model.show("ana@example.com", LAST_VISIT);
        assertThat(askedSince).containsExactly(LAST_VISIT);
        assertThat(model.headingProperty().get()).startsWith("Since ").contains("18 Nov");
        assertThat(model.items()).extracting(SinceItem::text).containsExactly(
                "New weekly snapshot: Week 12 \u00b7 16 Nov \u2013 22 Nov 2026",
                "2 check-ins, average 4.5 (\u2191 up from 3 the period before)",
                "New evidence: \u201cWalk before work\u201d",
                "Activity now resolved: \u201cJournal three lines\u201d (by you)",
                "Focus started: Sleep by 11 (19 Nov)",
                "New permission \u201cI may rest\u201d and practice \u201cDaily walk\u201d");
        assertThat(model.items()).extracting(SinceItem::tab).containsExactly(0, 1, 2, 2, 1, 0);

        model.open(model.items().get(0));
        assertThat(opened.get(0)).containsExactly("ana@example.com", SinceItem.QUICK_PREP, LocalDate.parse("2026-11-16"));
    }

    /** The block sits above the coaching questions: a long list waits behind "N more changes…". */
    @Test
    void sixChangesShowTwoLinesAndOfferTheOtherFour() {
        model.show("ana@example.com", LAST_VISIT);
        assertThat(model.items()).hasSize(6);
        assertThat(model.shownItems()).containsExactlyElementsOf(model.items().subList(0, 2));
        assertThat(model.moreProperty().get()).isEqualTo("4 more changes\u2026");

        model.showAll();
        assertThat(model.shownItems()).containsExactlyElementsOf(model.items());
        assertThat(model.moreProperty().get()).isEmpty();

        model.show("ana@example.com", LAST_VISIT);
        assertThat(model.shownItems()).as("another visit starts short again").hasSize(2);
    }

    @Test
    void severalNewWeeksAreOneLineThatOpensTheLatest() {
        List<ClientChanges.Week> weeks = List.of(week(16, "2026-11-23"), week(14, "2026-11-09"), week(15, "2026-11-16"));
        SinceItem line = SinceItems.newWeeks(weeks);
        assertThat(line.text()).isEqualTo("3 new weekly snapshots, the latest Week 16 \u00b7 23 Nov \u2013 29 Nov 2026");
        assertThat(line.week()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(SinceItems.newWeeks(List.of(week(16, "2026-11-23"))).text())
                .isEqualTo("New weekly snapshot: Week 16 \u00b7 23 Nov \u2013 29 Nov 2026");
    }

    private static ClientChanges.Week week(int number, String start) {
        return new ClientChanges.Week(UUID.randomUUID(), number, LocalDate.parse(start), Instant.parse(start + "T09:00:00Z"), null, null);
    }

    @Test
    void weekOverWeekShowsEachNumberWithItsChange() {
        model.show("ana@example.com", LAST_VISIT);
        assertThat(model.weekOverWeek()).containsExactly("Reflections 5 (+2)", "Proofs 1 (\u00b10)", "FIRES: Feelings 0.7 (\u22120.2)",
                "FIRES: Influence \u00b7 score 3 (+1)");
    }

    @Test
    void theFirstLookCoversTheLastTwoWeeksAndANothingNewIsSaid() {
        changes = new ClientChanges(NOW, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        model.show("ana@example.com", null);
        assertThat(askedSince).containsExactly(NOW.minus(java.time.Duration.ofDays(14)));
        assertThat(model.headingProperty().get()).isEqualTo("The last 14 days (first time you open this client here)");
        assertThat(model.emptyProperty().get()).isEqualTo("Nothing new since then.");
        assertThat(model.weekOverWeek()).isEmpty();
    }

    @Test
    void theBlockOpensThePrepSheet() {
        model.show("ana@example.com", LAST_VISIT);
        List<PrepSheet.Section> sections = model.prepSheetSections();
        String markdown = PrepSheetMarkdown.render(new PrepSheet("Quick Prep: Ana", "Week 12", sections));
        assertThat(markdown).contains("## Since ").contains("- New evidence: \u201cWalk before work\u201d")
                .contains("## Week over week").contains("- Reflections 5 (+2)");
    }
}
