package org.findinggood.coachdesk.ui.shell;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.ui.client.ClientAreaView;
import org.findinggood.coachdesk.ui.common.Subscriptions;
import org.findinggood.coachdesk.ui.common.ThemeChoice;

/**
 * The main window's content: menu bar (and the demo banner), roster on the left, client area on
 * the right, sync status at the bottom; plus the keyboard shortcuts. It follows the app-wide theme
 * and "Presenting" switch and puts a shortcut on the app's scene; {@link #close()} lets go of them.
 */
public class MainWindowView extends BorderPane implements AutoCloseable {

    /**
     * The pieces the window arranges, built by the composition root. {@code today} takes the client area's
     * place while {@code todayShown} holds; {@code showToday} is Ctrl+0 and the roster's Today button,
     * {@code openSearch} is Ctrl+K (search everything and the command palette).
     */
    public record Parts(Node roster, ClientAreaView clientArea, Node statusBar, Runnable focusSearch,
                        Runnable inviteClient, Node today, ObservableBooleanValue todayShown, Runnable showToday,
                        Runnable openSearch) {
    }

    private final ShellViewModel model;
    private final Parts parts;
    private final SplitPane split;
    private final StackPane layers;
    /** What this window registered on the app's longer-lived objects (theme, switches, scene). */
    private final Subscriptions subscriptions = new Subscriptions();

    public MainWindowView(ShellViewModel model, Parts parts) {
        this.model = model;
        this.parts = parts;
        setId("mainWindow");

        VBox top = new VBox(menuBar());
        if (model.demo()) {
            Label banner = new Label(ShellViewModel.DEMO_BANNER);
            banner.setId("demoBanner");
            HBox bar = new HBox(banner);
            bar.getStyleClass().add("demo-banner");
            top.getChildren().add(bar);
        }
        Label presentingText = new Label(ShellViewModel.PRESENTING_BANNER);
        presentingText.setId("presentingBanner");
        HBox presenting = new HBox(presentingText);
        presenting.getStyleClass().add("presenting-banner");
        subscriptions.bind(presenting.visibleProperty(), model.presentingProperty());
        subscriptions.bind(presenting.managedProperty(), model.presentingProperty());
        top.getChildren().add(presenting);
        setTop(top);

        Button todayButton = new Button("Today");
        todayButton.setId("todayButton");
        todayButton.setTooltip(new Tooltip("The clients who need you (Ctrl+0)"));
        todayButton.setMaxWidth(Double.MAX_VALUE);
        todayButton.setOnAction(e -> parts.showToday().run());
        todayButton.getStyleClass().add("flat");
        VBox left = new VBox(4, todayButton, parts.roster());
        VBox.setVgrow(parts.roster(), javafx.scene.layout.Priority.ALWAYS);
        left.setId("rosterSide");
        StackPane right = new StackPane(parts.clientArea(), parts.today());
        right.setId("rightSide");
        parts.today().visibleProperty().bind(parts.todayShown());
        parts.clientArea().visibleProperty().bind(javafx.beans.binding.Bindings.not(parts.todayShown()));
        split = new SplitPane(left, right);
        split.setId("mainSplit");
        SplitPane.setResizableWithParent(left, false);
        split.setDividerPositions(0.3);
        layers = new StackPane(split);
        setCenter(layers);
        setBottom(parts.statusBar());
        subscriptions.listen(sceneProperty(), (obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private MenuBar menuBar() {
        MenuItem syncNow = item("syncNowMenuItem", "Sync now", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        syncNow.setOnAction(e -> model.syncNow());
        syncNow.setDisable(!model.canSync());
        MenuItem invite = item("inviteClientMenuItem", "Invite client\u2026",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        invite.setOnAction(e -> parts.inviteClient().run());
        MenuItem settings = item("settingsMenuItem", "Settings\u2026",
                new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> model.openSettings());
        MenuItem switchWorkspace = item("switchWorkspaceMenuItem", model.switchWorkspaceLabel(), null);
        switchWorkspace.setOnAction(e -> model.switchWorkspace());
        MenuItem signOut = item("signOutMenuItem", "Sign out", null);
        signOut.setOnAction(e -> model.signOut());
        signOut.setDisable(!model.canSignOut());
        MenuItem forgetDevice = item("forgetDeviceMenuItem", "Sign out and forget this device\u2026", null);
        forgetDevice.setOnAction(e -> model.forgetDevice());
        forgetDevice.setDisable(!model.canSignOut());
        MenuItem exportWorkspace = item("exportWorkspaceMenuItem", "Export workspace\u2026",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        exportWorkspace.setOnAction(e -> model.exportWorkspace());
        MenuItem exportClient = item("exportClientMenuItem", "Export this client\u2026", null);
        exportClient.setOnAction(e -> model.exportClient());
        MenuItem lock = item("lockMenuItem", "Lock", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        lock.setOnAction(e -> model.lockNow());
        javafx.beans.binding.BooleanBinding unlockable = javafx.beans.binding.Bindings.not(model.lockEnabled());
        subscriptions.bind(lock.disableProperty(), unlockable);
        subscriptions.add(unlockable::dispose);
        MenuItem quit = item("quitMenuItem", "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> model.quit());
        Menu file = new Menu("_File", null, syncNow, invite, new SeparatorMenuItem(), exportClient, exportWorkspace,
                new SeparatorMenuItem(), settings, switchWorkspace,
                signOut, forgetDevice, new SeparatorMenuItem(), lock, quit);
        file.setId("fileMenu");

        ToggleGroup themes = new ToggleGroup();
        Menu theme = new Menu("Theme");
        theme.setId("themeMenu");
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem radio = new RadioMenuItem(choice.label());
            radio.setId("theme" + choice.name().charAt(0) + choice.name().substring(1).toLowerCase() + "MenuItem");
            radio.setToggleGroup(themes);
            radio.setSelected(model.themeProperty().get() == choice);
            radio.setOnAction(e -> model.themeProperty().set(choice));
            subscriptions.listen(model.themeProperty(), (obs, old, now) -> radio.setSelected(now == choice));
            theme.getItems().add(radio);
        }
        MenuItem search = item("searchMenuItem", "Find client", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        search.setOnAction(e -> parts.focusSearch().run());
        CheckMenuItem presenting = new CheckMenuItem("Presenting");
        presenting.setId("presentingMenuItem");
        presenting.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        presenting.selectedProperty().bindBidirectional(model.presentingProperty());
        subscriptions.add(() -> presenting.selectedProperty().unbindBidirectional(model.presentingProperty()));
        MenuItem everything = item("searchEverythingMenuItem", "Search everything\u2026",
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        everything.setOnAction(e -> parts.openSearch().run());
        MenuItem today = item("todayMenuItem", "Today", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        today.setOnAction(e -> parts.showToday().run());
        Menu view = new Menu("_View", null, today, search, everything, tabItem(0, "Quick Prep"), tabItem(1, "Map"),
                tabItem(2, "Activities"), new SeparatorMenuItem(), presenting, theme);
        view.setId("viewMenu");

        MenuItem shortcuts = item("shortcutsMenuItem", "Keyboard shortcuts", null);
        shortcuts.setOnAction(e -> shortcuts());
        MenuItem about = item("aboutMenuItem", "About Coach Desk", null);
        about.setOnAction(e -> info("About Coach Desk", "Coach Desk 0.1.0 \u2014 session prep for Finding Good coaches.\n"
                + (model.demo() ? "This is the demo workspace: sample data, kept on this computer and never synced."
                : "Works offline from a local cache; edits sync when you are online.")));
        Menu help = new Menu("_Help", null, shortcuts, about);
        help.setId("helpMenu");

        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menuBar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }


    private MenuItem tabItem(int index, String name) {
        MenuItem item = item("tab" + (index + 1) + "MenuItem", name,
                new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(index + 1)), KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> parts.clientArea().selectTab(index));
        return item;
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private void installShortcuts(Scene scene) {
        // F5 as a second sync key (menu items carry one accelerator each).
        KeyCodeCombination f5 = new KeyCodeCombination(KeyCode.F5);
        Runnable syncNow = model::syncNow;
        scene.getAccelerators().put(f5, syncNow);
        subscriptions.add(() -> scene.getAccelerators().remove(f5, syncNow));
    }

    /** Lets go of the app's theme, switches and scene (the workspace closed); FX thread. */
    @Override
    public void close() {
        subscriptions.close();
    }

    /** Help › Keyboard shortcuts: an aligned table of keys and what they do (a grid, not padded text). */
    private void shortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(new ShortcutsTable(model.demo()));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    /** Lays a box over the top of the window's centre (the Ctrl+K search); one at a time. */
    public void showOverlay(javafx.scene.layout.Region box) {
        if (!layers.getChildren().contains(box)) {
            layers.getChildren().removeIf(node -> node != split);
            StackPane.setAlignment(box, javafx.geometry.Pos.TOP_CENTER);
            StackPane.setMargin(box, new javafx.geometry.Insets(24, 16, 16, 16));
            layers.getChildren().add(box);
        }
    }

    /** Removes the overlay; the keyboard goes back to what had it before. */
    public void hideOverlay(javafx.scene.layout.Region box, javafx.scene.Node focusBack) {
        layers.getChildren().remove(box);
        if (focusBack != null && focusBack.getScene() != null) {
            focusBack.requestFocus();
        }
    }

    public SplitPane split() {
        return split;
    }

    /** Moves keyboard focus to the roster search once the window shows. */
    public void focusSearchLater() {
        Platform.runLater(parts.focusSearch());
    }
}
