package org.findinggood.coachdesk.app;

import java.time.Duration;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --smoke-test}: the installer's check that the packaged app really works. Passes (exit 0)
 * once the demo roster has been read from its cache and drawn; fails (exit 1) if that has not
 * happened within the timeout, or the roster came back empty.
 */
final class SmokeTest {

    static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final Logger LOG = LoggerFactory.getLogger(SmokeTest.class);

    private final IntConsumer exit;
    private boolean finished;

    SmokeTest(IntConsumer exit) {
        this.exit = exit;
    }

    /** Call on the FX thread before the shell opens the workspace. */
    void watch(AppShell shell) {
        PauseTransition timeout = new PauseTransition(javafx.util.Duration.millis(TIMEOUT.toMillis()));
        timeout.setOnFinished(e -> finish(1, "Smoke test failed: the roster did not render within "
                + TIMEOUT.toSeconds() + " s"));
        timeout.play();
        shell.onRosterShown(roster -> {
            // One more pulse so the list cells are laid out and drawn before we call it rendered.
            Platform.runLater(() -> check(roster));
        });
    }

    private void check(RosterViewModel roster) {
        int rows = roster.visibleRows().size();
        if (rows > 0 && roster.errorProperty().get() == null) {
            finish(0, "Smoke test passed: the demo roster shows " + rows + " clients");
        } else {
            finish(1, "Smoke test failed: the roster is empty or could not be read (" + roster.errorProperty().get() + ")");
        }
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
