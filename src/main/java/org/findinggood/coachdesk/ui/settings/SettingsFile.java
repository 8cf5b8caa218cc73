package org.findinggood.coachdesk.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@link Settings} from a JSON file and saves them, debounced (one write a second at most)
 * and atomically (temp file, then move), so a crash mid-write never leaves a half file. A file that
 * does not parse is moved aside and the defaults are used.
 */
public class SettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final long DEBOUNCE_MS = 1000;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private ScheduledFuture<?> pendingSave;

    public SettingsFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Reads the file into new settings; a missing file gives defaults, a broken one is moved aside. */
    public Settings load() {
        Settings settings = new Settings();
        if (!Files.exists(file)) {
            return settings;
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            stored.applyTo(settings);
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".broken");
            LOG.warn("Settings file {} could not be read; starting with defaults and keeping it as {}", file, aside, e);
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move the unreadable settings file aside", moveFailed);
            }
        }
        return settings;
    }

    /** Writes now (temp file, then an atomic move). Call off the FX thread. */
    public synchronized void save(Stored snapshot) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            json.writeValue(temp.toFile(), snapshot);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Saves whenever a setting changes, at most once per second. The snapshot is taken on the
     * caller's (FX) thread; the write happens on {@code scheduler}.
     */
    public void saveOnChange(Settings settings, ScheduledExecutorService scheduler) {
        InvalidationListener listener = obs -> schedule(settings, scheduler);
        for (Observable observable : settings.observables()) {
            observable.addListener(listener);
        }
    }

    private synchronized void schedule(Settings settings, ScheduledExecutorService scheduler) {
        Stored snapshot = Stored.of(settings);
        if (pendingSave != null) {
            pendingSave.cancel(false);
        }
        if (scheduler.isShutdown()) {
            return; // shutting down: the final save happens on exit
        }
        pendingSave = scheduler.schedule(() -> {
            try {
                save(snapshot);
            } catch (IOException e) {
                LOG.warn("Could not save settings to {}", file, e);
            }
        }, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    /** The JSON shape on disk: plain values, so the file stays readable and stable. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stored(String theme, Integer syncIntervalMinutes, Map<String, String> anonKeys,
                         String lastProjectUrl, String lastCoachEmail, WindowBounds window,
                         List<String> hiddenActivityColumns) {

        public static Stored of(Settings settings) {
            return new Stored(settings.themeProperty().get().name(), settings.syncIntervalMinutesProperty().get(),
                    new TreeMap<>(settings.anonKeys()), settings.lastProjectUrlProperty().get(),
                    settings.lastCoachEmailProperty().get(), settings.windowBoundsProperty().get(),
                    List.copyOf(settings.hiddenActivityColumns()));
        }

        void applyTo(Settings settings) {
            if (theme != null) {
                try {
                    settings.themeProperty().set(ThemeChoice.valueOf(theme));
                } catch (IllegalArgumentException e) {
                    LOG.info("Unknown theme '{}' in settings; following the system", theme);
                }
            }
            if (syncIntervalMinutes != null && syncIntervalMinutes >= 1) {
                settings.syncIntervalMinutesProperty().set(syncIntervalMinutes);
            }
            if (anonKeys != null) {
                settings.anonKeys().putAll(anonKeys);
            }
            settings.lastProjectUrlProperty().set(lastProjectUrl);
            settings.lastCoachEmailProperty().set(lastCoachEmail);
            settings.windowBoundsProperty().set(window);
            if (hiddenActivityColumns != null) {
                // the coach's own choice, an empty one too, replaces the first-run default
                settings.hiddenActivityColumns().retainAll(hiddenActivityColumns);
                settings.hiddenActivityColumns().addAll(hiddenActivityColumns);
            }
        }
    }
}
