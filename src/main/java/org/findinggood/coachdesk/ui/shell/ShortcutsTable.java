package org.findinggood.coachdesk.ui.shell;

import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Help › Keyboard shortcuts: the keys in one column and what they do in the next, aligned in any font. */
final class ShortcutsTable extends GridPane {

    /** A key (or keys) and what it does. */
    record Shortcut(String keys, String does) {
    }

    static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Ctrl+0", "Today: the clients who need you"),
            new Shortcut("Enter", "Open the client (Today, search)"),
            new Shortcut("Delete", "Dismiss a client from Today until something new"),
            new Shortcut("Ctrl+K", "Search everything; commands"),
            new Shortcut("Ctrl+F", "Search the roster"),
            new Shortcut("Up / Down", "Move through the roster or Today"),
            new Shortcut("Ctrl+1, 2, 3", "Quick Prep, Map, Activities"),
            new Shortcut("Ctrl+R or F5", "Sync now"),
            new Shortcut("Ctrl+I", "Invite a client"),
            new Shortcut("Ctrl+,", "Settings"),
            new Shortcut("Ctrl+Shift+E", "Export the workspace (ZIP of JSON and a summary)"),
            new Shortcut("Ctrl+L", "Lock (when an app lock is set in Settings)"),
            new Shortcut("Ctrl+Shift+P", "Presenting: hide other clients and coach-only notes"),
            new Shortcut("Ctrl+Q", "Quit"));

    /** In the demo, which never syncs, the sync keys say when they work. */
    static List<Shortcut> shortcuts(boolean demo) {
        return SHORTCUTS.stream().map(shortcut -> demo && shortcut.does().equals("Sync now")
                ? new Shortcut(shortcut.keys(), "Sync now (once signed in; the demo never syncs)") : shortcut).toList();
    }

    ShortcutsTable() {
        this(false);
    }

    ShortcutsTable(boolean demo) {
        setId("shortcutsTable");
        setHgap(24);
        setVgap(6);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        keys.setHalignment(HPos.LEFT);
        ColumnConstraints does = new ColumnConstraints();
        does.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(keys, does);
        int row = 0;
        for (Shortcut shortcut : shortcuts(demo)) {
            Label key = new Label(shortcut.keys());
            key.getStyleClass().add("shortcut-keys");
            key.setStyle("-fx-font-weight: bold;");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(shortcut.does());
            what.setWrapText(true);
            addRow(row++, key, what);
        }
    }

    /** The table as text (for the clipboard or a log), one "keys: does" per line. */
    static String asText() {
        StringBuilder text = new StringBuilder();
        for (Shortcut shortcut : SHORTCUTS) {
            text.append(shortcut.keys()).append(": ").append(shortcut.does()).append('\n');
        }
        return text.toString().strip();
    }
}
