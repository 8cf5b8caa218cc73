package org.findinggood.coachdesk.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.findinggood.coachdesk.ui.common.Tasks;

/** The app's background threads: two workers for store work (through {@link Tasks}) and one for saving settings. */
final class AppThreads implements AutoCloseable {

    private final ExecutorService background = Executors.newFixedThreadPool(2, new DaemonThreads("coach-desk-worker"));
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            new DaemonThreads("coach-desk-settings"));
    private final Tasks tasks = Tasks.onFxThread(background);

    ExecutorService background() {
        return background;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Store work off the FX thread, callbacks on it. */
    Tasks tasks() {
        return tasks;
    }

    /** Lets queued work finish (a closing cache), stops the settings saver. */
    @Override
    public void close() {
        background.shutdown();
        scheduler.shutdownNow();
    }
}
