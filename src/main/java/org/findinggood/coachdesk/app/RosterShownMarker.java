package org.findinggood.coachdesk.app;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;

/**
 * For the cold-start benchmark only ({@code -Dcoachdesk.rosterShownMarker=FILE}): writes the wall-clock
 * time of the first pulse that lays out a non-empty roster into FILE ({@code <epoch millis> <rows>}).
 * Without the property the app does nothing of this.
 */
final class RosterShownMarker {

    static final String PROPERTY = "coachdesk.rosterShownMarker";

    private final MarkerFile file;
    private boolean done;

    private RosterShownMarker(MarkerFile file) {
        this.file = file;
    }

    static Optional<RosterShownMarker> fromSystemProperty() {
        return MarkerFile.fromSystemProperty(PROPERTY).map(RosterShownMarker::new);
    }

    /** Call on the FX thread before the roster's first reload. */
    void watch(Scene scene, RosterViewModel roster, Executor background) {
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            int rows = roster.visibleRows().size();
            if (done || rows == 0) {
                return;
            }
            // After this layout pass the same pulse renders the roster's cells.
            done = true;
            long at = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(pulse[0]);
            background.execute(() -> file.write(at, rows));
        };
        scene.addPostLayoutPulseListener(pulse[0]);
    }
}
