package org.findinggood.coachdesk.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import org.findinggood.coachdesk.store.LastOpenedRepository;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.client.SelectedClient;
import org.findinggood.coachdesk.ui.quickprep.WeekOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@code last_opened} current as the coach moves: a client opened (its time, handing the previous
 * one to {@code onVisit} for the "Since" block), then the tab and week chosen. Writes run one after the
 * other on one thread of their own, so a visit is recorded before the tab it was opened on.
 */
final class VisitRecorder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VisitRecorder.class);

    private final LastOpenedRepository visits;
    private final Clock clock;
    /** The client whose visit was recorded last (FX thread); views of any other client wait for its visit. */
    private String visited;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "coach-desk-visits");
        thread.setDaemon(true);
        return thread;
    });

    VisitRecorder(LastOpenedRepository visits, Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    /** Follows the client area (on the FX thread); {@code onVisit} hears (client, previous visit or null) on the FX thread. */
    void follow(ClientArea area, BiConsumer<String, Instant> onVisit) {
        follow(area.model().selectedProperty(), area.view().tabPane().getSelectionModel().selectedIndexProperty(),
                area.quickPrep().selectedWeekProperty(), onVisit);
    }

    /** The same, from the three values it watches: the selected client, the tab index and Quick Prep's week. */
    void follow(ObservableValue<SelectedClient> selected, ObservableValue<? extends Number> tabIndex,
            ObservableValue<WeekOption> week, BiConsumer<String, Instant> onVisit) {
        selected.addListener((obs, old, client) -> {
            if (client != null && (old == null || !old.clientEmail().equals(client.clientEmail()))) {
                String email = client.clientEmail();
                Instant now = clock.instant();
                visited = email;
                write(() -> {
                    Optional<Instant> before = visits.visit(email, now);
                    Platform.runLater(() -> onVisit.accept(email, before.orElse(null)));
                });
                // the tab and week shown with it (their own listeners may have fired first, before the visit)
                viewChanged(client, tabIndex.getValue().intValue(), week.getValue());
            }
        });
        tabIndex.addListener((obs, old, tab) -> viewChanged(selected.getValue(), tab.intValue(), week.getValue()));
        week.addListener((obs, old, now) -> {
            if (now != null) {
                viewChanged(selected.getValue(), tabIndex.getValue().intValue(), now);
            }
        });
    }

    private void viewChanged(SelectedClient client, int tab, WeekOption week) {
        if (client == null || tab < 0 || !client.clientEmail().equals(visited)) {
            // a view of a client whose visit is not queued yet would write its opened_at first, and the
            // visit would then read "opened just now" instead of "never" (a first look shown as "Since today")
            return;
        }
        String email = client.clientEmail();
        Instant now = clock.instant();
        LocalDate start = week == null ? null : week.start();
        write(() -> visits.opened(new LastOpenedRepository.LastOpened(email,
                visits.of(email).map(LastOpenedRepository.LastOpened::openedAt).orElse(now), tab, start)));
    }

    private void write(Runnable work) {
        if (writer.isShutdown()) {
            // the workspace is closing: a tab still finishing its load changes the week after the recorder closed
            return;
        }
        writer.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // a lost visit only makes the next "Since" longer; the coach's data is untouched
                LOG.warn("The last opened client could not be recorded: {}", e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
