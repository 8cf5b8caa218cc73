package org.findinggood.coachdesk.app;

import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableStringValue;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --smoke-test}: the installer's check that the packaged app really works. Passes (exit 0) once the
 * demo roster has been read from its cache and drawn, and an active client's Quick Prep, Map and Activities
 * tabs have each read and drawn that client (charts, JSON rendering and the table need modules a trimmed
 * runtime could lack). Fails (exit 1) on an empty roster, a tab showing an error, or nothing within the
 * timeout. The training start of the class-data archive is this run, so the tabs' classes are in the archive
 * too and the first client a coach opens after installing loads them from it.
 */
final class SmokeTest {

    static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Logger LOG = LoggerFactory.getLogger(SmokeTest.class);
    private static final List<String> TABS = List.of("Quick Prep", "Map", "Activities");

    private final IntConsumer exit;
    private boolean finished;
    private long tabsStarted;

    SmokeTest(IntConsumer exit) {
        this.exit = exit;
    }

    /** Call on the FX thread before the shell opens the workspace. */
    void watch(AppShell shell) {
        PauseTransition timeout = new PauseTransition(javafx.util.Duration.millis(TIMEOUT.toMillis()));
        timeout.setOnFinished(e -> finish(1, "Smoke test failed: the roster and a client's tabs did not render within "
                + TIMEOUT.toSeconds() + " s"));
        timeout.play();
        shell.onRosterShown((roster, area) -> {
            // One more pulse so the list cells are laid out and drawn before we call it rendered.
            Platform.runLater(() -> check(roster, area));
        });
    }

    private void check(RosterViewModel roster, ClientArea area) {
        int rows = roster.visibleRows().size();
        if (rows == 0 || roster.errorProperty().get() != null) {
            finish(1, "Smoke test failed: the roster is empty or could not be read (" + roster.errorProperty().get() + ")");
            return;
        }
        RosterRow client = roster.visibleRows().stream()
                .filter(r -> r.relationship().status() == RelationshipStatus.ACTIVE).findFirst()
                .orElse(roster.visibleRows().get(0));
        String passed = "Smoke test passed: the demo roster shows " + rows + " clients";
        tabsStarted = System.nanoTime();
        // Quick Prep is on top when a client is selected; Map and Activities load when their tab is chosen.
        awaitTab(0, area.quickPrep().renderCountProperty(), area.quickPrep().errorProperty(),
                () -> roster.selectedProperty().set(client),
                () -> awaitTab(1, area.map().renderCountProperty(), area.map().errorProperty(),
                        () -> area.view().selectTab(1),
                        () -> awaitTab(2, area.activities().renderCountProperty(), area.activities().errorProperty(),
                                () -> area.view().selectTab(2),
                                () -> finish(0, passed + "; " + String.join(", ", TABS) + " of one client rendered in "
                                        + (System.nanoTime() - tabsStarted) / 1_000_000 + " ms"))));
    }

    /** Runs {@code open}, then {@code next} once the tab's view model has drawn (or fails on its error). */
    private void awaitTab(int tab, ObservableIntegerValue renders, ObservableStringValue error, Runnable open,
            Runnable next) {
        int before = renders.get();
        InvalidationListener[] watcher = new InvalidationListener[1];
        watcher[0] = o -> {
            String message = error.get();
            if (message != null && !message.isBlank()) {
                renders.removeListener(watcher[0]);
                error.removeListener(watcher[0]);
                finish(1, "Smoke test failed: the " + TABS.get(tab) + " tab shows an error (" + message + ")");
            } else if (renders.get() > before) {
                renders.removeListener(watcher[0]);
                error.removeListener(watcher[0]);
                // drawn on the next pulse, then the next tab
                Platform.runLater(next);
            }
        };
        renders.addListener(watcher[0]);
        error.addListener(watcher[0]);
        open.run();
    }

    private void finish(int code, String message) {
        if (finished) {
            return;
        }
        finished = true;
        if (code == 0) {
            LOG.info(message);
        } else {
            LOG.error(message);
        }
        exit.accept(code);
    }
}
