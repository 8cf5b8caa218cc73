package org.findinggood.coachdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emoji for Linux desktops that have no emoji font (coaches paste them into notes and activities;
 * without one they show as boxes). Windows and macOS bring their own, so the bundled Symbola is
 * loaded on Linux only. JavaFX adds a font loaded this way to the fallback of the default font, but
 * only for text laid out after the load: call {@link #loadWhereMissing()} before the first window (the app does
 * in {@code Application.init()}, on the launcher thread).
 */
public final class EmojiFont {

    private static final Logger LOG = LoggerFactory.getLogger(EmojiFont.class);
    static final String RESOURCE = "fonts/Symbola.ttf";

    private EmojiFont() {
    }

    /** Loads the bundled emoji font on Linux; empty elsewhere or if it cannot be read (text still shows). */
    public static Optional<Font> loadWhereMissing() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        return load();
    }

    static Optional<Font> load() {
        try (InputStream in = EmojiFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("The emoji font {} is missing from the build; emoji will show as boxes", RESOURCE);
                return Optional.empty();
            }
            return Optional.ofNullable(Font.loadFont(in, 13));
        } catch (IOException e) {
            LOG.warn("Could not read the emoji font; emoji will show as boxes", e);
            return Optional.empty();
        }
    }
}
