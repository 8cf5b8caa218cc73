package org.findinggood.coachdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** The real app on a TestFX stage, first run (the demo workspace), in a temporary home of its own. */
final class DemoDesk {

    final Path home;
    private CoachDeskApp app;

    DemoDesk(String prefix) throws Exception {
        this.home = Files.createTempDirectory(prefix);
    }

    /** Starts (or, after {@link #stop()}, starts again) the app on {@code stage}; call on the FX thread. */
    CoachDeskApp start(Stage stage, Clock clock) throws Exception {
        app = new CoachDeskApp(AppDirectories.resolve("", "", Map.of(), home.toString()), clock);
        app.init();
        app.start(stage);
        return app;
    }

    CoachDeskApp app() {
        return app;
    }

    void stop() throws Exception {
        CoachDeskApp running = app;
        WaitForAsyncUtils.asyncFx(running::stop).get(10, TimeUnit.SECONDS);
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
