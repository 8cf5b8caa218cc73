package org.findinggood.coachdesk.ui.today;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.findinggood.coachdesk.store.ClientFacts;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Today: the clients who need the coach, ranked ({@link TodayRanking}), read from the cache off the FX
 * thread. Down/Up move the selection, Enter (or a click) opens the selected client's Quick Prep, and a
 * dismissed client stays off until something new happens.
 */
public final class TodayViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(TodayViewModel.class);

    /** Where Today's facts come from and where a dismissal is kept (the cache in the app). */
    public interface TodaySource {
        List<ClientFacts> facts(LocalDate today) throws Exception;

        void dismiss(String clientEmail, Instant at) throws Exception;
    }

    private final TodaySource source;
    private final TodayRanking ranking;
    private final Tasks tasks;
    private final Clock clock;
    private final Consumer<String> openClient;
    private final ObservableList<TodayEntry> entries = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private long generation;

    /** @param openClient opens a client's Quick Prep, given the client's e-mail (on the FX thread) */
    public TodayViewModel(TodaySource source, TodayRanking ranking, Tasks tasks, Clock clock, Consumer<String> openClient) {
        this.source = source;
        this.ranking = ranking;
        this.tasks = tasks;
        this.clock = clock;
        this.openClient = openClient;
    }

    /** Reads and ranks again (when Today is shown, after syncs and edits). */
    public void reload() {
        long mine = ++generation;
        loading.set(true);
        Instant now = clock.instant();
        tasks.run(() -> ranking.rank(source.facts(now.atZone(ZoneOffset.UTC).toLocalDate()), now))
                .onSuccess(ranked -> {
                    if (mine != generation) {
                        return;
                    }
                    String keep = selected() == null ? null : selected().clientEmail();
                    entries.setAll(ranked);
                    int index = keep == null ? -1 : indexOf(keep);
                    selectedIndex.set(index >= 0 ? index : ranked.isEmpty() ? -1 : 0);
                    summary.set(summary(ranked.size()));
                    error.set("");
                    loaded.set(true);
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        LOG.warn("Today could not be read from the cache", failure);
                        error.set("Today could not be read from the local cache; try again, or restart Coach Desk if it keeps happening.");
                        errorDetails.set(String.valueOf(failure));
                    }
                })
                .andFinally(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                });
    }

    static String summary(int clients) {
        return switch (clients) {
            case 0 -> "Nobody needs you right now. New weeks, evidence and requests will show here.";
            case 1 -> "1 client needs you";
            default -> clients + " clients need you";
        };
    }

    private int indexOf(String clientEmail) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).clientEmail().equals(clientEmail)) {
                return i;
            }
        }
        return -1;
    }

    public TodayEntry selected() {
        int index = selectedIndex.get();
        return index >= 0 && index < entries.size() ? entries.get(index) : null;
    }

    public void moveDown() {
        if (selectedIndex.get() < entries.size() - 1) {
            selectedIndex.set(selectedIndex.get() + 1);
        }
    }

    public void moveUp() {
        if (selectedIndex.get() > 0) {
            selectedIndex.set(selectedIndex.get() - 1);
        }
    }

    /** Enter or a click: the selected client's Quick Prep (Today gives way to the client area). */
    public void openSelected() {
        TodayEntry entry = selected();
        if (entry != null) {
            shown.set(false);
            openClient.accept(entry.clientEmail());
        }
    }

    /** Takes the selected client off Today until one of its reasons is newer than now. */
    public void dismissSelected() {
        TodayEntry entry = selected();
        if (entry == null) {
            return;
        }
        int index = selectedIndex.get();
        // a read still under way started before the dismissal: its result would bring the client back
        generation++;
        loading.set(false);
        entries.remove(index);
        selectedIndex.set(entries.isEmpty() ? -1 : Math.min(index, entries.size() - 1));
        summary.set(summary(entries.size()));
        // up to now, or to the newest reason if the server's clock is ahead of this one: only a newer reason brings it back
        Instant upTo = entry.reasons().stream().map(TodayReason::since).filter(since -> since.isAfter(clock.instant()))
                .max(Instant::compareTo).orElse(clock.instant());
        tasks.run(() -> source.dismiss(entry.clientEmail(), upTo)).onSuccess(done -> reload()).onFailure(failure -> {
            LOG.warn("A Today dismissal could not be saved", failure);
            error.set("Dismissing " + entry.displayName() + " could not be saved; it may show again after a restart.");
            errorDetails.set(String.valueOf(failure));
        });
    }

    public ObservableList<TodayEntry> entries() {
        return entries;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** True while Today is shown instead of the client area. */
    /**
     * The "Presenting" switch (the app binds it to its one switch): on, no entry says who it is or why it
     * is there; Today is a list of other clients, none of them the one being presented.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }
}
