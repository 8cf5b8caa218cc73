package org.findinggood.coachdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.findinggood.coachdesk.security.KeyringSecretStore;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.ui.common.EmojiFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: hands the stage to the app-lifetime composition root ({@link AppShell}). */
public class CoachDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CoachDeskApp.class);

    // JavaFX creates the Application itself, so the parsed options reach it through this field.
    private static LaunchOptions launchOptions = new LaunchOptions();
    private static HeadStart headStart;
    private static volatile int exitCode;

    private final AppDirectories directories;
    private final Clock clock;
    private final Supplier<KeyringSecretStore.ProbeResult> keyringProbe;
    private AppShell shell;
    private Path smokeHome;

    public CoachDeskApp() {
        this(null, Clock.systemDefaultZone());
    }

    /** For tests: a data/config folder of their own and a fixed clock. */
    public CoachDeskApp(AppDirectories directories, Clock clock) {
        this(directories, clock, null);
    }

    /** For tests: also the keyring probe (one that reports no keyring keeps tests off the user's keyring). */
    CoachDeskApp(AppDirectories directories, Clock clock, Supplier<KeyringSecretStore.ProbeResult> keyringProbe) {
        this.directories = directories;
        this.clock = clock;
        this.keyringProbe = keyringProbe;
    }

    static void launchApp(LaunchOptions options, String[] args) {
        launchOptions = options;
        if (!options.smokeTest()) {
            headStart = HeadStart.begin(AppDirectories.forCurrentUser(), Clock.systemDefaultZone(), options.demo());
        }
        launch(CoachDeskApp.class, args);
    }

    /** With what the launcher began before parsing ({@link HeadStart#beforeParsing}). */
    static void launchApp(LaunchOptions options, String[] args, HeadStart started) {
        launchOptions = options;
        headStart = started;
        launch(CoachDeskApp.class, args);
    }

    /** The process exit code after the app ended (non-zero when the smoke test failed). */
    static int exitCode() {
        return exitCode;
    }

    /**
     * On the launcher thread, before {@link #start}: the emoji font (about 70 ms to read) is loaded here, off the FX
     * thread yet before the first window lays out text, which is when JavaFX fixes the default font's fallbacks.
     */
    @Override
    public void init() {
        EmojiFont.loadWhereMissing();
    }

    @Override
    public void start(Stage stage) throws IOException {
        AppDirectories dirs = directories;
        if (dirs == null && launchOptions.smokeTest()) {
            // The smoke test must not touch (or depend on) the user's own data.
            smokeHome = Files.createTempDirectory("coach-desk-smoke");
            dirs = AppDirectories.resolve("", "", java.util.Map.of(), smokeHome.toString());
        } else if (dirs == null) {
            dirs = AppDirectories.forCurrentUser();
        }
        Path secretsFile = dirs.config().resolve("secrets.enc");
        shell = new AppShell(stage, dirs, clock, this::openInBrowser, keyringProbe == null
                ? new SecretStoreDetector(secretsFile) : new SecretStoreDetector(keyringProbe, secretsFile),
                directories == null ? headStart : null);
        if (directories == null) {
            // Launched as the app (not by a test): a session that ends without stop() (logout, SIGTERM)
            // still leaves the cache closed cleanly.
            AppShell exiting = shell;
            Runtime.getRuntime().addShutdownHook(new Thread(exiting::closeCacheAtExit, "coach-desk-exit"));
        }
        if (launchOptions.smokeTest()) {
            new SmokeTest(code -> {
                exitCode = code;
                Platform.exit();
            }).watch(shell);
        }
        shell.start(launchOptions.demo());
        headStart = null;
    }

    private void openInBrowser(String url) {
        try {
            getHostServices().showDocument(url);
        } catch (RuntimeException e) {
            // Started without Application.launch (tests) there are no host services.
            LOG.info("Could not open a browser for a link", e);
        }
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
        if (smokeHome != null) {
            try (Stream<Path> files = Files.walk(smokeHome)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                LOG.debug("Could not remove the smoke test's temporary folder", e);
            }
        }
    }

    /** For tests: the composition root, once started. */
    AppShell shell() {
        return shell;
    }
}
