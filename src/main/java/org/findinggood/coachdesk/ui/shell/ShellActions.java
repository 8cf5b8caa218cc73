package org.findinggood.coachdesk.ui.shell;

/** What the main window's menu asks the app to do; the composition root implements it. */
public interface ShellActions {
    void syncNow();

    void openSettings();

    void switchWorkspace();

    void signOut();

    void quit();
}
