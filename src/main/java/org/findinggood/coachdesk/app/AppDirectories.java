package org.findinggood.coachdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Coach Desk keeps its data, logs and caches: the operating system's conventional folders
 * (XDG on Linux, %APPDATA% on Windows, ~/Library on macOS), never next to the installed binaries.
 * {@code -Dcoachdesk.home=DIR} puts everything under one folder (tests, portable use).
 */
public record AppDirectories(Path data, Path config, Path logs) {

    private static final String APP = "CoachDesk";
    private static final String APP_LOWER = "coach-desk";

    public static AppDirectories forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getProperty("user.home", "."),
                System.getenv(), System.getProperty("coachdesk.home"));
    }

    /** Pure resolution, so each operating system's rule is testable anywhere. */
    public static AppDirectories resolve(String osName, String userHome, Map<String, String> env, String override) {
        if (override != null && !override.isBlank()) {
            Path root = Path.of(override);
            return new AppDirectories(root.resolve("data"), root.resolve("config"), root.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            Path roaming = pathOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming")).resolve(APP);
            Path local = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local")).resolve(APP);
            return new AppDirectories(local.resolve("Data"), roaming, local.resolve("Logs"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve(APP);
            return new AppDirectories(support, support, home.resolve("Library").resolve("Logs").resolve(APP));
        }
        Path dataHome = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(APP_LOWER);
        Path configHome = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP_LOWER);
        Path stateHome = pathOr(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state")).resolve(APP_LOWER);
        return new AppDirectories(dataHome, configHome, stateHome.resolve("logs"));
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    /** The app's settings (JSON), read at start and saved on change. */
    public Path settingsFile() {
        return config.resolve("settings.json");
    }
}
