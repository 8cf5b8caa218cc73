package org.findinggood.coachdesk.ui.settings;

import org.findinggood.coachdesk.files.AtomicFile;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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

    /**
     * Reading goes through jackson-core's streaming parser: the app reads its settings before its first
     * frame, and making an {@link ObjectMapper} and binding the record took ~180 ms in a fresh JVM (the
     * parser: a few ms). Writes, a second after a change, use the mapper, made on the first save.
     */
    private static final JsonFactory READER = new JsonFactory();

    private final Path file;
    private ObjectMapper writer;
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
            Stored stored;
            try (JsonParser parser = READER.createParser(file.toFile())) {
                stored = Stored.read(parser);
            }
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
        if (writer == null) {
            writer = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        }
        Files.createDirectories(file.getParent());
        AtomicFile.at(file).write(out -> writer.writeValue(out, snapshot));
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
                         List<String> hiddenActivityColumns, String startView) {

        /** Reads the object {@link #of} writes; unknown fields are skipped, a wrong shape is an error. */
        static Stored read(JsonParser parser) throws IOException {
            expect(parser.nextToken(), JsonToken.START_OBJECT, parser);
            String theme = null;
            Integer interval = null;
            Map<String, String> keys = null;
            String url = null;
            String coach = null;
            WindowBounds window = null;
            List<String> hidden = null;
            String start = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "theme" -> theme = text(parser);
                    case "syncIntervalMinutes" -> interval = value == JsonToken.VALUE_NULL ? null : parser.getValueAsInt();
                    case "anonKeys" -> keys = value == JsonToken.VALUE_NULL ? null : stringMap(parser);
                    case "lastProjectUrl" -> url = text(parser);
                    case "lastCoachEmail" -> coach = text(parser);
                    case "window" -> window = value == JsonToken.VALUE_NULL ? null : windowBounds(parser);
                    case "hiddenActivityColumns" -> hidden = value == JsonToken.VALUE_NULL ? null : stringList(parser);
                    case "startView" -> start = text(parser);
                    default -> parser.skipChildren();
                }
            }
            expect(parser.currentToken(), JsonToken.END_OBJECT, parser);
            return new Stored(theme, interval, keys, url, coach, window, hidden, start);
        }

        private static WindowBounds windowBounds(JsonParser parser) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, parser);
            double x = 0;
            double y = 0;
            double width = 0;
            double height = 0;
            boolean maximized = false;
            double divider = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "x" -> x = parser.getValueAsDouble();
                    case "y" -> y = parser.getValueAsDouble();
                    case "width" -> width = parser.getValueAsDouble();
                    case "height" -> height = parser.getValueAsDouble();
                    case "maximized" -> maximized = parser.getValueAsBoolean();
                    case "divider" -> divider = parser.getValueAsDouble();
                    default -> parser.skipChildren();
                }
            }
            return new WindowBounds(x, y, width, height, maximized, divider);
        }

        private static Map<String, String> stringMap(JsonParser parser) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, parser);
            Map<String, String> map = new TreeMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.put(key, text(parser));
            }
            return map;
        }

        private static List<String> stringList(JsonParser parser) throws IOException {
            expect(parser.currentToken(), JsonToken.START_ARRAY, parser);
            List<String> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(text(parser));
            }
            return list;
        }

        private static String text(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (!token.isScalarValue()) {
                throw new JsonParseException(parser, "expected a text value, found " + token);
            }
            return parser.getText();
        }

        private static void expect(JsonToken actual, JsonToken expected, JsonParser parser) throws IOException {
            if (actual != expected) {
                throw new JsonParseException(parser, "expected " + expected + ", found " + actual);
            }
        }

        public static Stored of(Settings settings) {
            return new Stored(settings.themeProperty().get().name(), settings.syncIntervalMinutesProperty().get(),
                    new TreeMap<>(settings.anonKeys()), settings.lastProjectUrlProperty().get(),
                    settings.lastCoachEmailProperty().get(), settings.windowBoundsProperty().get(),
                    List.copyOf(settings.hiddenActivityColumns()), settings.startViewProperty().get().name());
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
            if (startView != null) {
                try {
                    settings.startViewProperty().set(StartView.valueOf(startView));
                } catch (IllegalArgumentException e) {
                    LOG.info("Unknown start view '{}' in settings; starting with Today", startView);
                }
            }
            if (hiddenActivityColumns != null) {
                // the coach's own choice, an empty one too, replaces the first-run default
                settings.hiddenActivityColumns().retainAll(hiddenActivityColumns);
                settings.hiddenActivityColumns().addAll(hiddenActivityColumns);
            }
        }
    }
}
