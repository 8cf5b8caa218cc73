package org.findinggood.coachdesk.ui.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.RosterQuery;
import org.findinggood.coachdesk.ui.common.Tasks;

/** The roster screen on a test stage, reading {@code db} on {@code background}, as seen on {@code today} at 09:00 UTC. */
final class RosterOnStage {

    private RosterOnStage() {
    }

    /** Shows the roster and starts its first read; returns its view model. Call on the FX thread (a TestFX start). */
    static RosterViewModel show(Stage stage, CacheDatabase db, ExecutorService background, LocalDate today, double height) {
        RosterViewModel model = new RosterViewModel(new RosterQuery(db)::rows, RosterViewModel.SyncMarks.NONE,
                RosterViewModelTest.editsOn(db), Tasks.onFxThread(background), Locale.ENGLISH);
        RosterView view = new RosterView(model, Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        stage.setScene(new Scene(view, 360, height));
        stage.show();
        model.reload();
        return model;
    }
}
