package org.findinggood.coachdesk.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Best-effort guess whether the desktop prefers a dark theme: GNOME's colour scheme or GTK theme
 * name on Linux, {@code AppleInterfaceStyle} on macOS, {@code AppsUseLightTheme} on Windows. It runs
 * small processes, so call it off the FX thread. Anything unknown answers "light".
 */
public class OsThemeDetector {

    private static final Logger LOG = LoggerFactory.getLogger(OsThemeDetector.class);

    /** Runs a command and returns its standard output, or empty when it fails or is missing. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    private final String osName;
    private final Map<String, String> env;
    private final CommandRunner commands;

    public OsThemeDetector(String osName, Map<String, String> env, CommandRunner commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.commands = commands;
    }

    public static OsThemeDetector forThisMachine() {
        return new OsThemeDetector(System.getProperty("os.name", ""), System.getenv(), OsThemeDetector::runProcess);
    }

    public boolean prefersDark() {
        if (osName.startsWith("mac")) {
            return commands.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.trim().equalsIgnoreCase("dark")).orElse(false);
        }
        if (osName.startsWith("windows")) {
            return commands.run(List.of("reg", "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v", "AppsUseLightTheme"))
                    .map(out -> out.contains("0x0")).orElse(false);
        }
        String gtkTheme = env.get("GTK_THEME");
        if (gtkTheme != null && !gtkTheme.isBlank()) {
            return isDarkName(gtkTheme);
        }
        Optional<String> scheme = commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        return commands.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(OsThemeDetector::isDarkName).orElse(false);
    }

    static boolean isDarkName(String themeName) {
        String name = themeName.toLowerCase(Locale.ROOT);
        return name.contains("dark") || name.contains("black");
    }

    private static Optional<String> runProcess(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // tool not installed: not an error worth more than "light"
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.debug("Theme detection failed", e);
            return Optional.empty();
        }
    }
}
