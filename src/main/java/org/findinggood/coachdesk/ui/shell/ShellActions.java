package org.findinggood.coachdesk.ui.shell;

/** What the main window's menu asks the app to do; the composition root implements it. */
public interface ShellActions {
    void syncNow();

    void openSettings();

    void switchWorkspace();

    void signOut();

    /** "Sign out and forget this device": asks first, then deletes this computer's cache and keys. */
    void forgetDevice();

    void quit();

    /** Exports everything cached to a ZIP the coach chooses (File > Export workspace...). */
    default void exportWorkspace() {
    }

    /** Exports the open client's cached data to a ZIP the coach chooses. */
    default void exportClient() {
    }

    /** Locks the window now (File > Lock, Ctrl+L); only offered while an app lock is set. */
    default void lockNow() {
    }
}
