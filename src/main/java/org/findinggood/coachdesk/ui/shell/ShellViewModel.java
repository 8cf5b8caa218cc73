package org.findinggood.coachdesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import org.findinggood.coachdesk.ui.common.ThemeChoice;

/**
 * The main window's frame: its title, whether this is the demo workspace, and the menu commands.
 * Sync and sign-out exist only for a signed-in workspace; the demo says so instead.
 */
public class ShellViewModel {

    public static final String DEMO_BANNER = "Demo workspace \u2014 changes stay on this computer";

    private final String workspaceLabel;
    private final boolean demo;
    private final ObjectProperty<ThemeChoice> theme;
    private final ShellActions actions;

    /**
     * @param workspaceLabel the coach's name or e-mail, shown in the title
     * @param theme          the settings' theme, switched from View > Theme
     */
    public ShellViewModel(String workspaceLabel, boolean demo, ObjectProperty<ThemeChoice> theme, ShellActions actions) {
        this.workspaceLabel = workspaceLabel;
        this.demo = demo;
        this.theme = theme;
        this.actions = actions;
    }

    public String title() {
        return demo ? "Coach Desk \u2014 Demo workspace" : "Coach Desk \u2014 " + workspaceLabel;
    }

    public boolean demo() {
        return demo;
    }

    public boolean canSync() {
        return !demo;
    }

    public boolean canSignOut() {
        return !demo;
    }

    /** In the demo, "switch workspace" means signing in to a real one. */
    public String switchWorkspaceLabel() {
        return demo ? "Sign in to Finding Good\u2026" : "Switch workspace\u2026";
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public void syncNow() {
        if (canSync()) {
            actions.syncNow();
        }
    }

    public void signOut() {
        if (canSignOut()) {
            actions.signOut();
        }
    }

    public void forgetDevice() {
        if (canSignOut()) {
            actions.forgetDevice();
        }
    }

    public void switchWorkspace() {
        actions.switchWorkspace();
    }

    public void openSettings() {
        actions.openSettings();
    }

    public void quit() {
        actions.quit();
    }
}
