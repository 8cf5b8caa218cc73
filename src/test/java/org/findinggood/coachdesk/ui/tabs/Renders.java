package org.findinggood.coachdesk.ui.tabs;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the render a test action starts in a tab's view model (loads run on a background executor). */
public final class Renders {

    private Renders() {
    }

    /** Runs {@code action} on the FX thread, then waits until {@code renderCount} has moved past its value before. */
    public static void awaitNext(FxRobot robot, ReadOnlyIntegerProperty renderCount, Runnable action) throws Exception {
        int before = renderCount.get();
        robot.interact(action);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> renderCount.get() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
