package org.findinggood.coachdesk.testsupport.fx;

import java.util.concurrent.atomic.AtomicBoolean;
import org.findinggood.coachdesk.ui.common.EmojiFont;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Loads the bundled emoji font before the test JVM lays out its first text, as the app does in
 * {@code Application.init()}: JavaFX fixes a font's fallbacks at first layout, so a font loaded by a later
 * test would never be used and the screenshots would show emoji as boxes. Registered for every test class
 * (junit-platform.properties, META-INF/services).
 */
public final class EmojiFontFirst implements BeforeAllCallback {

    private static final AtomicBoolean LOADED = new AtomicBoolean();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (LOADED.compareAndSet(false, true)) {
            EmojiFont.loadWhereMissing();
        }
    }
}
