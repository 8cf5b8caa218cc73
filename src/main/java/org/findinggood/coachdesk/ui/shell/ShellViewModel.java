package org.findinggood.coachdesk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.findinggood.coachdesk.ui.common.ThemeChoice;

/**
 * The main window's frame: its title, whether this is the demo workspace, and the menu commands.
 * Sync and sign-out exist only for a signed-in workspace; the demo says so instead.
 */
public class ShellViewModel {

    public static final String PRESENTING_BANNER = "Presenting: other clients and coach-only notes are hidden"
            + " \u2014 Ctrl+Shift+P shows them again";
    public static final String DEMO_BANNER = "Demo workspace \u2014 changes stay on this computer";

    private final String workspaceLabel;
    private final boolean demo;
    private final ObjectProperty<ThemeChoice> theme;
    private final ShellActions actions;
    private final Guards guards;

    /**
     * What keeps client data off screens: whether an app lock is set (File > Lock is offered only
     * then) and the "Presenting" switch the roster and client views bind to.
     */
    public record Guards(ObservableBooleanValue lockEnabled, BooleanProperty presenting) {
        /** No lock and a switch nobody else follows (tests of the shell alone). */
        public static Guards none() {
            return new Guards(new SimpleBooleanProperty(false), new SimpleBooleanProperty(false));
        }
    }

    /**
     * @param workspaceLabel the coach's name or e-mail, shown in the title
     * @param theme          the settings' theme, switched from View > Theme
     */
    public ShellViewModel(String workspaceLabel, boolean demo, ObjectProperty<ThemeChoice> theme, ShellActions actions) {
        this(workspaceLabel, demo, theme, actions, Guards.none());
    }

    public ShellViewModel(String workspaceLabel, boolean demo, ObjectProperty<ThemeChoice> theme, ShellActions actions,
            Guards guards) {
        this.workspaceLabel = workspaceLabel;
        this.demo = demo;
        this.theme = theme;
        this.actions = actions;
        this.guards = guards;
    }

    public ObservableBooleanValue lockEnabled() {
        return guards.lockEnabled();
    }

    /** The "Presenting" switch: on, other clients' names and coach-only content are hidden. */
    public BooleanProperty presentingProperty() {
        return guards.presenting();
    }

    public void exportWorkspace() {
        actions.exportWorkspace();
    }

    public void exportClient() {
        actions.exportClient();
    }

    public void lockNow() {
        if (guards.lockEnabled().get()) {
            actions.lockNow();
        }
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
