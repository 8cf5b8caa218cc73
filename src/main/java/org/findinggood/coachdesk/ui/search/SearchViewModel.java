package org.findinggood.coachdesk.ui.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.findinggood.coachdesk.store.SearchIndex.SearchHit;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.findinggood.coachdesk.ui.common.DisplayFormats;
import org.findinggood.coachdesk.ui.common.WeekLabel;

/**
 * Ctrl+K: one box over everything cached for the coach, and the app's commands. Each keystroke starts a
 * search off the FX thread; only the newest one's result is shown, so typing is never held up. Hits are
 * grouped by client (clients in the order of their best hit), a few per client, each with its snippet and
 * week or date; Enter opens the client on the tab (and week) where the hit lives. Commands whose words
 * match come first; "&gt;" alone lists only commands.
 */
public final class SearchViewModel {

    static final int HITS = 120;
    static final int PER_CLIENT = 3;
    static final int CLIENTS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);
    private static final DateTimeFormatter DAY = DisplayFormats.DAY_MONTH_YEAR;

    /** The search index (the cache in the app); background thread. */
    @FunctionalInterface
    public interface SearchSource {
        List<SearchHit> search(String typed, int limit) throws Exception;
    }

    /**
     * Opens a client on a tab (0 Quick Prep, 1 Map, 2 Activities) and, for a weekly snapshot, its week; for an
     * activity, that activity's row selected and scrolled into view.
     */
    @FunctionalInterface
    public interface Opener {
        void open(String clientEmail, int tab, LocalDate week, UUID activityId);
    }

    private final SearchSource source;
    private final Tasks tasks;
    private final Opener opener;
    private final List<PaletteCommand> commands;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private long generation;

    public static final String PRESENTING = "Searching clients is off while presenting; Ctrl+Shift+P ends presenting.";
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);

    public SearchViewModel(SearchSource source, Tasks tasks, Opener opener, List<PaletteCommand> commands) {
        this.source = source;
        this.tasks = tasks;
        this.opener = opener;
        this.commands = List.copyOf(commands);
        query.addListener((obs, old, now) -> search(now));
        presenting.addListener((obs, old, now) -> search(query.get()));
    }

    /**
     * The "Presenting" switch (the app binds it to its one switch): on, only commands are searched; the
     * cache's hits would name other clients and quote coach notes on a shared screen.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    private void search(String typed) {
        long mine = ++generation;
        String text = typed == null ? "" : typed.strip();
        boolean onlyCommands = text.startsWith(">");
        String words = onlyCommands ? text.substring(1).strip() : text;
        List<SearchRow> commandRows = commands.stream().filter(c -> onlyCommands || !words.isEmpty())
                .filter(c -> c.matches(words)).map(SearchRow::command).toList();
        if (onlyCommands || words.isEmpty()) {
            show(commandRows, words.isEmpty() && !onlyCommands ? "" : commandRows.isEmpty() ? "No command matches." : "");
            return;
        }
        if (presenting.get()) {
            show(commandRows, PRESENTING);
            return;
        }
        status.set("Searching\u2026");
        tasks.run(() -> source.search(words, HITS)).onSuccess(hits -> {
            if (mine != generation) {
                return;
            }
            List<SearchRow> all = new ArrayList<>(commandRows);
            all.addAll(grouped(hits));
            show(all, all.isEmpty() ? "Nothing found for \u201c" + words + "\u201d." : hits.size() + (hits.size() == HITS ? "+" : "")
                    + (hits.size() == 1 ? " match" : " matches"));
        }).onFailure(failure -> {
            if (mine == generation) {
                LOG.warn("Search failed: {}", failure.getClass().getSimpleName());
                show(commandRows, "The search could not read the local cache; try again.");
            }
        });
    }

    private void show(List<SearchRow> found, String message) {
        rows.setAll(found);
        selectedIndex.set(firstSelectable());
        status.set(message);
    }

    private int firstSelectable() {
        return rows.isEmpty() ? -1 : 0;
    }

    /** Hits grouped by client: a heading per client (opens its Quick Prep), then its best few hits. */
    static List<SearchRow> grouped(List<SearchHit> hits) {
        Map<String, List<SearchHit>> byClient = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byClient.computeIfAbsent(hit.clientEmail(), k -> new ArrayList<>()).add(hit);
        }
        List<SearchRow> rows = new ArrayList<>();
        byClient.entrySet().stream().limit(CLIENTS).forEach(group -> {
            SearchHit first = group.getValue().get(0);
            String name = first.clientName() == null || first.clientName().isBlank() ? group.getKey() : first.clientName();
            int more = group.getValue().size();
            rows.add(new SearchRow(SearchRow.Kind.CLIENT, name, "", more + (more == 1 ? " match" : " matches"),
                    group.getKey(), 0, null, null, null));
            group.getValue().stream().filter(hit -> !isClientRow(hit)).limit(PER_CLIENT).forEach(hit -> rows.add(new SearchRow(
                    SearchRow.Kind.HIT, name, hit.snippet(), where(hit), group.getKey(), tab(hit.table()),
                    hit.table().equals("weekly_snapshots") ? hit.date() : null,
                    hit.table().equals("agreed_activities") ? hit.rowId() : null, null)));
        });
        return rows;
    }

    private static boolean isClientRow(SearchHit hit) {
        return hit.table().equals("clients") || hit.table().equals("coaching_relationships");
    }

    static int tab(String table) {
        return switch (table) {
            case "agreed_activities" -> 2;
            case "rolling_aggregates", "focus_history" -> 1;
            default -> 0;
        };
    }

    private static String where(SearchHit hit) {
        String what = switch (hit.table()) {
            case "agreed_activities" -> "Activity,";
            case "rolling_aggregates" -> "Map, long-term patterns";
            case "focus_history" -> "Focus history,";
            case "permissions" -> "Permission and practice,";
            default -> "";
        };
        if (hit.table().equals("weekly_snapshots") && hit.date() != null) {
            return WeekLabel.of(hit.weekNumber(), hit.date(), hit.weekEnd());
        }
        if (hit.table().equals("rolling_aggregates") || hit.date() == null) {
            return what.replaceAll("[, ]+$", "");
        }
        return (what.isEmpty() ? "" : what + " ") + DAY.format(hit.date());
    }

    public void moveDown() {
        if (selectedIndex.get() < rows.size() - 1) {
            selectedIndex.set(selectedIndex.get() + 1);
        }
    }

    public void moveUp() {
        if (selectedIndex.get() > 0) {
            selectedIndex.set(selectedIndex.get() - 1);
        }
    }

    /** Enter: runs the command, or opens the client where the hit lives. True when something was done. */
    public boolean activateSelected() {
        int index = selectedIndex.get();
        if (index < 0 || index >= rows.size()) {
            return false;
        }
        SearchRow row = rows.get(index);
        if (row.kind() == SearchRow.Kind.COMMAND) {
            row.command().action().run();
        } else {
            opener.open(row.clientEmail(), row.tab(), row.week(), row.activityId());
        }
        return true;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
