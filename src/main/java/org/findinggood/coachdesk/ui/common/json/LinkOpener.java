package org.findinggood.coachdesk.ui.common.json;

/**
 * Opens a web address in the user's browser. The app passes {@code hostServices::showDocument};
 * tests pass a recorder, so no browser ever opens during a test.
 */
@FunctionalInterface
public interface LinkOpener {

    void open(String url);
}
