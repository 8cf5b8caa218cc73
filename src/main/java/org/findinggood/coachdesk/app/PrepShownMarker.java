package org.findinggood.coachdesk.app;

import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepViewModel;
import org.findinggood.coachdesk.ui.today.TodayEntry;
import org.findinggood.coachdesk.ui.today.TodayViewModel;

/**
 * For the launch-to-prep benchmark only ({@code -Dcoachdesk.prepShownMarker=FILE}): once Today has ranked its
 * clients at start, opens the first one as the coach's Enter does (the one action of the way to the next
 * client), and writes the wall-clock time of the first pulse that lays out that client's Quick Prep, read
 * and shown, into FILE ({@code <epoch millis> <clients on Today>}). Without the property the app does nothing
 * of this.
 */
final class PrepShownMarker {

    static final String PROPERTY = "coachdesk.prepShownMarker";

    private final MarkerFile file;
    private String opened;
    private int rendersBefore;
    private int todayClients;
    private boolean done;

    private PrepShownMarker(MarkerFile file) {
        this.file = file;
    }

    static Optional<PrepShownMarker> fromSystemProperty() {
        return MarkerFile.fromSystemProperty(PROPERTY).map(PrepShownMarker::new);
    }

    /** Call on the FX thread before Today's first read. */
    void watch(Scene scene, TodayViewModel today, QuickPrepViewModel quickPrep, Executor background) {
        today.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded && opened == null && !today.entries().isEmpty()) {
                today.selectedIndexProperty().set(0);
                TodayEntry first = today.selected();
                opened = first.clientEmail();
                todayClients = today.entries().size();
                rendersBefore = quickPrep.renderCountProperty().get();
                today.openSelected();
            }
        });
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            if (done || opened == null || !opened.equals(quickPrep.clientEmailProperty().get())
                    || quickPrep.loadingProperty().get() || quickPrep.renderCountProperty().get() <= rendersBefore
                    || !shown(scene.lookup("#quickPrep"))) {
                return;
            }
            // the client's Quick Prep is read and laid out in this pass; the same pulse renders it
            done = true;
            long at = System.currentTimeMillis();
            scene.removePostLayoutPulseListener(pulse[0]);
            background.execute(() -> file.write(at, todayClients));
        };
        scene.addPostLayoutPulseListener(pulse[0]);
    }

    /** In the window and visible up to its root (Today laid over it hides it). */
    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node != null;
    }
}
