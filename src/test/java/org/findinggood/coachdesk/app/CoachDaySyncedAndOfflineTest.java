package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ChangesSinceQuery;
import org.findinggood.coachdesk.store.LastOpenedRepository;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.SearchIndex;
import org.findinggood.coachdesk.store.TodayDismissals;
import org.findinggood.coachdesk.store.TodayFactsQuery;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.quickprep.since.SinceItem;
import org.findinggood.coachdesk.ui.quickprep.since.SinceViewModel;
import org.findinggood.coachdesk.ui.search.SearchRow;
import org.findinggood.coachdesk.ui.search.SearchViewModel;
import org.findinggood.coachdesk.ui.today.TodayEntry;
import org.findinggood.coachdesk.ui.today.TodayRanking;
import org.findinggood.coachdesk.ui.today.TodayViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today, "Since you last looked" and search on a workspace synced from the stand-in (real embedded PostgreSQL
 * with the project's migrations, LocalSupabase over real sockets, a real encrypted cache), and all three again
 * once the server is gone (its port closed): Today's reasons from the pulled rows, Since showing the snapshot a
 * second sync brought, search finding pulled text and a local edit's text. The view models run their reads on the
 * calling thread (Tasks.sameThread), as the app runs them on its workers.
 */
class CoachDaySyncedAndOfflineTest {

    private static final String COACH = "coach-day-synced@example.org";
    private static final String CLIENT = "ines.moreau@example.org";
    private static final String UNSENT = "1 edit to sync";

    @TempDir
    Path dir;

    private LocalSyncStack stack;
    private CacheDatabase cache;

    @AfterEach
    void close() {
        if (cache != null) {
            cache.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void todaySinceAndSearchWorkOnSyncedDataAndWithTheServerGone() throws Exception {
        stack = LocalSyncStack.start();
        UUID coachId = stack.coach(COACH);
        UUID activityId;
        try (Connection c = stack.sql()) {
            c.createStatement().executeUpdate("insert into public.clients (email, name) values ('" + CLIENT + "', 'Inès Moreau')");
            insert(c, coachId, "insert into public.coaching_relationships (coach_id, client_email, status, started_at) "
                    + "values (?, '" + CLIENT + "', 'active', now() - interval '90 days') returning id");
            snapshot(c, coachId, 11, 13, "Boundaries with the board");
            activityId = insert(c, coachId, "insert into public.agreed_activities (client_email, coach_id, source, activity_text, "
                    + "status, evidence_entries, visibility) values ('" + CLIENT + "', ?, 'session', "
                    + "'Delegate the quarterly report to Priya', 'evidence_found', "
                    + "'[{\"date\": \"2026-01-20\", \"note\": \"Priya sent the draft\"}]', 'coach_only') returning id");
        }
        cache = LocalSyncStack.openCache(dir.resolve("synced.db"), SecretsLog.randomCacheKey());
        LocalSyncStack.SignedIn coach = stack.signIn(COACH);
        coach.sync(cache, SyncSettings.standard()).run(SyncProgress.NONE);

        Clock clock = Clock.systemUTC();
        TodayViewModel today = today(clock);
        SinceViewModel since = new SinceViewModel(new ChangesSinceQuery(cache)::since, Tasks.sameThread(), clock, (e, t, w) -> { });
        SearchViewModel search = new SearchViewModel(new SearchIndex(cache)::search, Tasks.sameThread(), (e, t, w, a) -> { },
                List.of());

        // Today, from the pulled rows: a week never opened here and evidence waiting for review
        assertThat(chips(today)).containsExactlyInAnyOrder("New week", "Evidence to review");
        // search: pulled text (a snapshot's theme, an activity's text, folded accents in the name)
        assertThat(hitsOf(search, "bound")).containsExactly("weekly_snapshots");
        assertThat(hitsOf(search, "deleg quart")).containsExactly("agreed_activities");
        search.queryProperty().set("ines");
        assertThat(search.rows()).extracting(SearchRow::title).first().isEqualTo("Inès Moreau");

        // the coach opens the client now and writes a note; the next sync brings a new week from the server
        LastOpenedRepository visits = new LastOpenedRepository(cache);
        Instant visit = clock.instant();
        visits.visit(CLIENT, visit);
        new LocalEdits(cache).editCoachNotes(activityId, "Ask how handing over felt");
        assertThat(hitsOf(search, "handing over")).containsExactly("agreed_activities");
        Thread.sleep(5); // the new week is written after the visit on the server's clock too
        try (Connection c = stack.sql()) {
            snapshot(c, coachId, 12, 6, "Courage to say no");
        }
        coach.sync(cache, SyncSettings.standard()).run(SyncProgress.NONE);
        since.show(CLIENT, visit);
        assertThat(since.items()).extracting(SinceItem::text).anyMatch(text -> text.startsWith("New weekly snapshot: Week 12 "));
        assertThat(since.items()).extracting(SinceItem::text).noneMatch(text -> text.contains("week 11"));
        assertThat(chips(today)).contains("New week");
        assertThat(hitsOf(search, "courag")).containsExactly("weekly_snapshots");
        // the edit was pushed and pulled back: its text is still found, once
        assertThat(hitsOf(search, "handing over")).containsExactly("agreed_activities");
        try (Connection c = stack.sql(); ResultSet rs = c.createStatement().executeQuery(
                "select coach_notes from public.agreed_activities where id = '" + activityId + "'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("Ask how handing over felt");
        }

        // the server goes away (port closed): a sync fails, and all three still answer from the cache
        stack.close();
        stack = null;
        assertThatThrownBy(() -> coach.sync(cache, SyncSettings.standard()).run(SyncProgress.NONE)).isInstanceOf(Exception.class);
        new LocalEdits(cache).editCoachNotes(activityId, "Offline: ask about the board meeting");
        // the offline edit waits to sync: Today says so beside what it said before
        assertThat(chips(today)).containsExactlyInAnyOrder("New week", "Evidence to review", UNSENT);
        since.refresh();
        assertThat(since.items()).extracting(SinceItem::text).anyMatch(text -> text.startsWith("New weekly snapshot: Week 12 "));
        assertThat(hitsOf(search, "board meet")).containsExactly("agreed_activities");
        assertThat(hitsOf(search, "handing")).isEmpty();
        assertThat(hitsOf(search, "courag")).containsExactly("weekly_snapshots");
    }

    private TodayViewModel today(Clock clock) {
        TodayFactsQuery facts = new TodayFactsQuery(cache);
        TodayDismissals dismissals = new TodayDismissals(cache);
        return new TodayViewModel(new TodayViewModel.TodaySource() {
            @Override
            public List<org.findinggood.coachdesk.store.ClientFacts> facts(LocalDate day) {
                return facts.facts(day);
            }

            @Override
            public void dismiss(String clientEmail, Instant at) {
                dismissals.dismiss(clientEmail, at);
            }
        }, TodayRanking.standard(), Tasks.sameThread(), clock, email -> { });
    }

    private static List<String> chips(TodayViewModel today) {
        today.reload();
        assertThat(today.errorProperty().get()).isEmpty();
        assertThat(today.entries()).extracting(TodayEntry::clientEmail).containsExactly(CLIENT);
        return today.entries().get(0).reasons().stream().map(r -> r.chip()).toList();
    }

    /** The tables of the hits (client headings and commands left out) the box lists for the query. */
    private static List<String> hitsOf(SearchViewModel search, String query) {
        search.queryProperty().set(query);
        return search.rows().stream().filter(row -> row.kind() == SearchRow.Kind.HIT)
                .map(row -> row.activityId() != null ? "agreed_activities" : row.week() != null ? "weekly_snapshots" : row.where())
                .toList();
    }

    private static void snapshot(Connection c, UUID coachId, int week, int daysAgo, String theme) throws Exception {
        insert(c, coachId, "insert into public.weekly_snapshots (client_email, coach_id, week_number, week_start, week_end, "
                + "themes) values ('" + CLIENT + "', ?, " + week + ", current_date - " + daysAgo + ", current_date - " + (daysAgo - 6)
                + ", '[\"" + theme + "\"]') returning id");
    }

    private static UUID insert(Connection c, UUID coachId, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, coachId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return (UUID) rs.getObject(1);
            }
        }
    }
}
