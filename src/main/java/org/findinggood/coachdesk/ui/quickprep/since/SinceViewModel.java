package org.findinggood.coachdesk.ui.quickprep.since;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.findinggood.coachdesk.store.ClientChanges;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonOutline.OutlineLine;
import org.findinggood.coachdesk.ui.quickprep.export.PrepSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.findinggood.coachdesk.ui.common.DisplayFormats;

/**
 * The "Since <date>" block at the top of Quick Prep: what changed for the client since the coach last
 * opened them on this computer (the first time: the last {@link #FIRST_LOOK_DAYS} days), each line
 * opening where it lives; and this week's activity counts and FIRES signals beside last week's.
 */
public final class SinceViewModel {

    static final int FIRST_LOOK_DAYS = 14;
    static final int SHOWN_AT_FIRST = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SinceViewModel.class);
    private static final DateTimeFormatter DAY = DisplayFormats.WEEKDAY_DAY_MONTH;

    /** Reads the changes (the cache in the app); background thread. */
    @FunctionalInterface
    public interface ChangesSource {
        ClientChanges since(String clientEmail, Instant since, Instant now) throws Exception;
    }

    /** Opens the client's tab (and week) where an item lives. */
    @FunctionalInterface
    public interface Opener {
        void open(String clientEmail, int tab, LocalDate week);
    }

    private final ChangesSource source;
    private final Tasks tasks;
    private final Clock clock;
    private final Opener opener;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper empty = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper weekOverWeekTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<SinceItem> items = FXCollections.observableArrayList();
    private final ObservableList<SinceItem> shown = FXCollections.observableArrayList();
    private final ObservableList<SinceItem> shownReadOnly = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyStringWrapper more = new ReadOnlyStringWrapper("");
    private final ObservableList<String> weekOverWeek = FXCollections.observableArrayList();
    private boolean showingAll;
    private String clientEmail;
    private Instant since;
    private boolean firstLook;
    private long generation;

    public SinceViewModel(ChangesSource source, Tasks tasks, Clock clock, Opener opener) {
        this.source = source;
        this.tasks = tasks;
        this.clock = clock;
        this.opener = opener;
    }

    /** The client opened now, and when they were opened before here (null: never). */
    public void show(String email, Instant previousVisit) {
        clientEmail = email;
        firstLook = previousVisit == null;
        since = firstLook ? clock.instant().minus(Duration.ofDays(FIRST_LOOK_DAYS)) : previousVisit;
        heading.set(firstLook ? "The last " + FIRST_LOOK_DAYS + " days (first time you open this client here)"
                : "Since " + DAY.withZone(ZoneId.systemDefault()).format(since));
        items.clear();
        showingAll = false;
        showItems();
        weekOverWeek.clear();
        weekOverWeekTitle.set("");
        empty.set("");
        refresh();
    }

    /** Reads again for the same moment (after a sync or an edit). */
    public void refresh() {
        if (clientEmail == null) {
            return;
        }
        long mine = ++generation;
        String email = clientEmail;
        Instant from = since;
        tasks.run(() -> source.since(email, from, clock.instant())).onSuccess(changes -> {
            if (mine != generation) {
                return;
            }
            items.setAll(SinceItems.from(changes));
            showItems();
            empty.set(items.isEmpty() ? "Nothing new since then." : "");
            if (changes.thisWeek() != null && changes.lastWeek() != null) {
                List<String> lines = new ArrayList<>(WeekOverWeek.lines(changes.thisWeek().activityCounts(),
                        changes.lastWeek().activityCounts()));
                WeekOverWeek.lines(changes.thisWeek().firesSignals(), changes.lastWeek().firesSignals())
                        .forEach(line -> lines.add("FIRES: " + line));
                weekOverWeek.setAll(lines);
                weekOverWeekTitle.set(lines.isEmpty() ? "" : "Week over week");
            } else {
                weekOverWeek.clear();
                weekOverWeekTitle.set("");
            }
            error.set("");
        }).onFailure(failure -> {
            if (mine == generation) {
                LOG.warn("The changes since the last visit could not be read: {}", failure.getClass().getSimpleName());
                error.set("What changed since your last visit could not be read from the local cache; it shows again when this client is next opened.");
            }
        });
    }

    /**
     * At most {@value #SHOWN_AT_FIRST} lines until the coach asks for all: the block sits above the coaching
     * questions and the focus check-ins, which must stay in view on a laptop.
     */
    private void showItems() {
        boolean cut = !showingAll && items.size() > SHOWN_AT_FIRST;
        shown.setAll(cut ? items.subList(0, SHOWN_AT_FIRST - 1) : items);
        int hidden = items.size() - shown.size();
        more.set(hidden == 0 ? "" : hidden + " more " + (hidden == 1 ? "change" : "changes") + "\u2026");
    }

    /** The coach asked for every line. */
    public void showAll() {
        showingAll = true;
        showItems();
    }

    public void open(SinceItem item) {
        if (clientEmail != null) {
            opener.open(clientEmail, item.tab(), item.week());
        }
    }

    /** The block as prep sheet sections (the sheet puts them first). */
    public List<PrepSheet.Section> prepSheetSections() {
        List<PrepSheet.Section> sections = new ArrayList<>();
        if (clientEmail == null) {
            return sections;
        }
        List<OutlineLine> lines = new ArrayList<>();
        items.forEach(item -> lines.add(new OutlineLine(0, item.text())));
        if (lines.isEmpty() && !empty.get().isEmpty()) {
            lines.add(new OutlineLine(0, empty.get()));
        }
        sections.add(new PrepSheet.Section(heading.get(), lines));
        sections.add(new PrepSheet.Section(weekOverWeekTitle.get().isEmpty() ? "Week over week" : weekOverWeekTitle.get(),
                weekOverWeek.stream().map(line -> new OutlineLine(0, line)).toList()));
        return sections;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weekOverWeekTitleProperty() {
        return weekOverWeekTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<SinceItem> items() {
        return items;
    }

    /** The lines on screen: all of {@link #items()}, or the first few while {@link #moreProperty()} offers the rest. */
    public ObservableList<SinceItem> shownItems() {
        return shownReadOnly;
    }

    /** "3 more changes…" while lines are held back; empty otherwise. */
    public ReadOnlyStringProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ObservableList<String> weekOverWeek() {
        return weekOverWeek;
    }
}
