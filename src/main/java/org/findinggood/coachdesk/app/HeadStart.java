package org.findinggood.coachdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.settings.SettingsFile;

/**
 * Work the launcher begins on threads of its own while the JavaFX toolkit, the theme and the window
 * come up: reading the settings (Jackson's start-up is a few hundred milliseconds) and, with
 * {@code --demo}, opening the demo workspace's cache and reading its roster. The FX thread picks the
 * results up when it needs them; neither waits for the other before that.
 */
final class HeadStart {

    private final AppDirectories dirs;
    private final CompletableFuture<LoadedSettings> settings;
    private final CompletableFuture<OpenWorkspace> demo;
    private final AtomicBoolean settingsTaken = new AtomicBoolean();
    private final AtomicBoolean demoTaken = new AtomicBoolean();

    private HeadStart(AppDirectories dirs, CompletableFuture<LoadedSettings> settings, CompletableFuture<OpenWorkspace> demo) {
        this.dirs = dirs;
        this.settings = settings;
        this.demo = demo;
    }

    /**
     * For the command lines whose meaning needs no parser: none (the settings decide) or {@code --demo}
     * alone. Null for anything else (help, version, the smoke test with its own folders, mistakes):
     * those start after parsing, or never.
     */
    static HeadStart beforeParsing(String[] args) {
        boolean plain = args.length == 0;
        boolean demo = args.length == 1 && "--demo".equals(args[0]);
        return plain || demo ? begin(AppDirectories.forCurrentUser(), Clock.systemDefaultZone(), demo) : null;
    }

    /** Starts reading the settings, and opening the demo workspace when {@code openDemo}. */
    static HeadStart begin(AppDirectories dirs, Clock clock, boolean openDemo) {
        CompletableFuture<LoadedSettings> settings = inThread("coach-desk-settings-head-start", () -> {
            if (!openDemo) {
                // Ready for the signed-in workspace's cache; the demo thread does it before its own.
                SqliteNativeLibrary.useUnpackedIn(dirs.data());
            }
            SettingsFile file = new SettingsFile(dirs.settingsFile());
            return new LoadedSettings(file, file.load());
        });
        CompletableFuture<OpenWorkspace> demo = openDemo
                ? inThread("coach-desk-demo-head-start",
                        () -> {
                            SqliteNativeLibrary.useUnpackedIn(dirs.data());
                            OpenWorkspace opened = new DemoWorkspaceOpener(dirs.data(), clock).open();
                            // Set before the hand-over, so the FX thread waits for this read instead of starting its own.
                            opened.firstRosterReading(new CompletableFuture<>());
                            return opened;
                        }, HeadStart::readFirstRoster)
                : null;
        return new HeadStart(dirs, settings, demo);
    }

    /**
     * The settings and their file, already read, when it is the one for {@code forDirs} and asked for the first
     * time; waits for the (small) read to finish. Empty otherwise, or when reading it failed.
     */
    Optional<LoadedSettings> settings(AppDirectories forDirs) {
        if (!dirs.equals(forDirs) || !settingsTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(settings.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The demo workspace being opened, for the first caller whose data folder it is; empty for later
     * callers (opening the demo again opens it afresh), other folders, and when no demo was asked for.
     */
    Optional<Opening> demo(Path forDataFolder) {
        if (demo == null || !dirs.data().toAbsolutePath().equals(forDataFolder.toAbsolutePath())
                || !demoTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        return Optional.of(new Opening(demo));
    }

    private static <T> CompletableFuture<T> inThread(String name, Work<T> work) {
        return inThread(name, work, done -> { });
    }

    /** Runs {@code work}, hands its result over, then runs {@code andThen} with it on the same thread. */
    private static <T> CompletableFuture<T> inThread(String name, Work<T> work, Consumer<T> andThen) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            T value;
            try {
                value = work.run();
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
                return;
            }
            result.complete(value);
            andThen.accept(value);
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * The workspace is handed over as soon as its cache is open, so the FX thread can build the main
     * window while the roster (1,000 clients: a few hundred milliseconds) is read here.
     */
    private static void readFirstRoster(OpenWorkspace opened) {
        CompletableFuture<RosterViewModel.Read> reading = opened.firstRosterReading();
        try {
            reading.complete(new StorePorts(opened.store()).readRoster());
        } catch (RuntimeException e) {
            reading.completeExceptionally(e);
        }
    }

    /** The settings file and what it held at start. */
    record LoadedSettings(SettingsFile file, Settings settings) {

        /** What the head start read (when there is one and it got that far), else read now. */
        static LoadedSettings of(HeadStart headStart, AppDirectories dirs) {
            return Optional.ofNullable(headStart).flatMap(start -> start.settings(dirs)).orElseGet(() -> {
                SettingsFile file = new SettingsFile(dirs.settingsFile());
                return new LoadedSettings(file, file.load());
            });
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    /** The demo workspace being opened. */
    static final class Opening {
        private final CompletableFuture<OpenWorkspace> future;

        private Opening(CompletableFuture<OpenWorkspace> future) {
            this.future = future;
        }

        /** The workspace if it is open already (never waits: fine on the FX thread), else null. */
        OpenWorkspace readyNow() {
            return future.isDone() && !future.isCompletedExceptionally() ? future.join() : null;
        }

        /** Waits for the workspace (off the FX thread); throws what opening it threw. */
        OpenWorkspace await() throws Exception {
            try {
                return future.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
