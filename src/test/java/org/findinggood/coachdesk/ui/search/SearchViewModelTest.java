package org.findinggood.coachdesk.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.findinggood.coachdesk.store.SearchIndex.SearchHit;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.junit.jupiter.api.Test;

/** The search box without a screen: grouping by client, where Enter opens, commands, and only the newest search shown. */
class SearchViewModelTest {

    private final List<String> ran = new ArrayList<>();
    private final List<Object[]> opened = new ArrayList<>();
    private List<SearchHit> hits = List.of(
            hit("weekly_snapshots", "ana@example.com", "Ana", "2026-11-16", "\uE000Resil\uE001ience at work"),
            hit("agreed_activities", "ben@example.com", "Ben", "2026-10-01", "Practise \uE000resil\uE001ience"),
            hit("clients", "ana@example.com", "Ana", null, "Ana"),
            hit("rolling_aggregates", "ana@example.com", "Ana", "2026-11-20", "\uE000resil\uE001ient"));

    private static SearchHit hit(String table, String email, String name, String date, String snippet) {
        LocalDate day = date == null ? null : LocalDate.parse(date);
        return table.equals("weekly_snapshots")
                ? new SearchHit(table, UUID.randomUUID(), email, name, day, snippet, 16, day.plusDays(6))
                : new SearchHit(table, UUID.randomUUID(), email, name, day, snippet);
    }

    private SearchViewModel model(Tasks tasks) {
        return new SearchViewModel((typed, limit) -> hits, tasks, (email, tab, week, activity) -> opened.add(new Object[] {email, tab, week, activity}),
                List.of(new PaletteCommand("Sync now", "refresh", () -> ran.add("sync")),
                        new PaletteCommand("Switch to the dark theme", "theme night", () -> ran.add("dark"))));
    }

    @Test
    void hitsAreGroupedByClientInTheOrderOfTheirBestHit() {
        SearchViewModel model = model(Tasks.sameThread());
        model.queryProperty().set("resil");
        assertThat(model.rows()).extracting(SearchRow::kind, SearchRow::title, SearchRow::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SearchRow.Kind.CLIENT, "Ana", "3 matches"),
                org.assertj.core.groups.Tuple.tuple(SearchRow.Kind.HIT, "Ana", "Week 16 \u00b7 16 Nov \u2013 22 Nov 2026"),
                org.assertj.core.groups.Tuple.tuple(SearchRow.Kind.HIT, "Ana", "Map, long-term patterns"),
                org.assertj.core.groups.Tuple.tuple(SearchRow.Kind.CLIENT, "Ben", "1 match"),
                org.assertj.core.groups.Tuple.tuple(SearchRow.Kind.HIT, "Ben", "Activity, 1 Oct 2026"));
        assertThat(model.statusProperty().get()).isEqualTo("4 matches");
    }

    @Test
    void enterOpensTheRightClientTabAndWeek() {
        SearchViewModel model = model(Tasks.sameThread());
        model.queryProperty().set("resil");
        model.moveDown();
        assertThat(model.activateSelected()).isTrue();
        model.moveDown();
        model.moveDown();
        model.moveDown();
        model.activateSelected();
        model.moveUp();
        model.moveUp();
        model.activateSelected();
        // an activity's hit carries its row, which the Activities tab selects; other hits carry none
        assertThat(opened).extracting(o -> o[0], o -> o[1], o -> o[2], o -> o[3]).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ana@example.com", 0, LocalDate.parse("2026-11-16"), null),
                org.assertj.core.groups.Tuple.tuple("ben@example.com", 2, null, hits.get(1).rowId()),
                org.assertj.core.groups.Tuple.tuple("ana@example.com", 1, null, null));
    }

    @Test
    void commandsMatchByTheirWordsAndAnAngleBracketListsOnlyThem() {
        SearchViewModel model = model(Tasks.sameThread());
        model.queryProperty().set("dark");
        assertThat(model.rows().get(0).kind()).isEqualTo(SearchRow.Kind.COMMAND);
        model.activateSelected();
        assertThat(ran).containsExactly("dark");
        model.queryProperty().set(">");
        assertThat(model.rows()).extracting(SearchRow::title).containsExactly("Sync now", "Switch to the dark theme");
        model.queryProperty().set("> sy");
        assertThat(model.rows()).extracting(SearchRow::title).containsExactly("Sync now");
    }

    @Test
    void onlyTheNewestSearchIsShownWhateverOrderTheyFinish() {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        SearchViewModel model = model(new Tasks(later, Runnable::run));
        model.queryProperty().set("re");
        hits = List.of(hit("weekly_snapshots", "cy@example.com", "Cy", "2026-11-16", "\uE000resil\uE001ience"));
        model.queryProperty().set("resil");
        // the newer search finishes first, the older one after it: the older result is dropped
        List<SearchHit> newest = hits;
        queued.get(1).run();
        hits = List.of();
        queued.get(0).run();
        assertThat(model.rows()).extracting(SearchRow::clientEmail).containsOnly("cy@example.com");
        assertThat(newest).hasSize(1);
    }

    @Test
    void nothingFoundIsSaid() {
        hits = List.of();
        SearchViewModel model = model(Tasks.sameThread());
        model.queryProperty().set("zebra");
        assertThat(model.rows()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Nothing found for \u201czebra\u201d.");
    }
}
