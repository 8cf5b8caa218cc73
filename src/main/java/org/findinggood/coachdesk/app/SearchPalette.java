package org.findinggood.coachdesk.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.findinggood.coachdesk.store.SearchIndex;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.search.PaletteCommand;
import org.findinggood.coachdesk.ui.search.SearchView;
import org.findinggood.coachdesk.ui.search.SearchViewModel;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.findinggood.coachdesk.ui.shell.MainWindowView;
import org.findinggood.coachdesk.ui.shell.ShellActions;

/** Ctrl+K for one open workspace: the search box over its cache, with the app's commands. FX thread. */
final class SearchPalette {

    private final SearchViewModel model;
    private final Stage owner;
    private SearchView view;
    private MainWindowView window;
    private Node focusBefore;

    /**
     * @param inviteClient opens the invite dialog; {@code showToday} shows Today
     */
    SearchPalette(SearchIndex index, Tasks tasks, Stage owner, CoachDay day, ShellActions shell, Settings settings,
                  boolean canSync, Runnable inviteClient) {
        this.owner = owner;
        List<PaletteCommand> commands = new ArrayList<>();
        commands.add(new PaletteCommand("Today", "clients who need me start", day::showToday));
        if (canSync) {
            commands.add(new PaletteCommand("Sync now", "refresh pull push", shell::syncNow));
        }
        commands.add(new PaletteCommand("Invite a client", "new add client code", inviteClient));
        commands.add(new PaletteCommand("Export the prep sheet as PDF", "print save quick prep", () -> export(day, "#quickPrepExportPdf")));
        commands.add(new PaletteCommand("Export the prep sheet as Markdown", "save quick prep md",
                () -> export(day, "#quickPrepExportMarkdown")));
        commands.add(new PaletteCommand("Switch to the dark theme", "theme night", () -> settings.themeProperty().set(ThemeChoice.DARK)));
        commands.add(new PaletteCommand("Switch to the light theme", "theme day", () -> settings.themeProperty().set(ThemeChoice.LIGHT)));
        commands.add(new PaletteCommand("Follow the system theme", "theme auto", () -> settings.themeProperty().set(ThemeChoice.SYSTEM)));
        commands.add(new PaletteCommand("Settings", "preferences options", shell::openSettings));
        if (canSync) {
            commands.add(new PaletteCommand("Sign out", "log out leave account", shell::signOut));
        }
        this.model = new SearchViewModel(index::search, tasks, day::open, commands);
    }

    /** The selected client's Quick Prep, then its export button (which asks where to save). */
    private void export(CoachDay day, String buttonId) {
        day.showQuickPrep();
        Scene scene = owner.getScene();
        javafx.application.Platform.runLater(() -> {
            Node button = scene == null ? null : scene.lookup(buttonId);
            if (button instanceof Button export && !export.isDisabled()) {
                export.fire();
            }
        });
    }

    /** The window the box is laid over (made after this palette: its menu opens the palette). */
    void attach(MainWindowView mainWindow) {
        this.window = mainWindow;
    }

    void show() {
        if (window == null) {
            return;
        }
        if (view == null) {
            view = new SearchView(model, this::hide);
        }
        focusBefore = owner.getScene() == null ? null : owner.getScene().getFocusOwner();
        window.showOverlay(view);
        view.focusField();
    }

    void hide() {
        if (window != null && view != null) {
            window.hideOverlay(view, focusBefore);
        }
    }

    SearchViewModel model() {
        return model;
    }
}
