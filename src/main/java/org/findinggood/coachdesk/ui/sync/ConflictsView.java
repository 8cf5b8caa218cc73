package org.findinggood.coachdesk.ui.sync;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/**
 * The conflicts window: a list on the left, mine-versus-theirs and the choices on the right. Rejected edits
 * (the server refuses them every time) appear in the same list with the server's reason above the values.
 */
public class ConflictsView extends Dialog<Void> {

    public ConflictsView(Window owner, ConflictsViewModel model) {
        initOwner(owner);
        setTitle("Conflicts");
        setHeaderText("These edits changed on the server too, or the server refused them. Choose what to keep.");
        setResizable(true);

        ListView<Conflict> list = new ListView<>(model.conflicts());
        list.setId("conflictList");
        list.setPrefWidth(260);
        list.setPlaceholder(new Label("No conflicts left."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict conflict, boolean empty) {
                super.updateItem(conflict, empty);
                setText(empty || conflict == null ? null : ConflictsViewModel.title(conflict));
            }

            {
                // long titles wrap inside the list instead of running off under a scroll bar
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));

        Label heading = new Label();
        heading.setId("conflictTitle");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        GridPane fields = new GridPane();
        fields.setId("conflictFields");
        fields.setHgap(10);
        fields.setVgap(6);
        model.selectedProperty().addListener((obs, old, now) -> show(now, heading, fields));
        show(model.selectedProperty().get(), heading, fields);

        Button keepMine = new Button();
        keepMine.textProperty().bind(model.keepLabelProperty());
        keepMine.setId("keepMineButton");
        keepMine.getStyleClass().add(Styles.ACCENT);
        keepMine.setOnAction(e -> model.resolve(ConflictResolution.KEEP_MINE));
        Button takeTheirs = new Button();
        takeTheirs.textProperty().bind(model.discardLabelProperty());
        takeTheirs.setId("takeTheirsButton");
        takeTheirs.setOnAction(e -> model.resolve(ConflictResolution.TAKE_THEIRS));
        Button keepBoth = new Button("Keep both notes");
        keepBoth.setId("keepBothNotesButton");
        keepBoth.setOnAction(e -> model.resolve(ConflictResolution.KEEP_BOTH_NOTES));
        var nothing = model.selectedProperty().isNull().or(model.busyProperty());
        keepMine.disableProperty().bind(nothing);
        takeTheirs.disableProperty().bind(nothing);
        keepBoth.disableProperty().bind(nothing);
        keepBoth.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.selectedProperty().get() != null && model.selectedProperty().get().canKeepBothNotes(),
                model.selectedProperty()));
        keepBoth.managedProperty().bind(keepBoth.visibleProperty());

        // A rejected edit: the server's reason in the coach's words, its details one click away.
        ErrorLine refusal = new ErrorLine("refusal", model.refusalProperty(), model.refusalDetailsProperty());
        VBox detail = new VBox(10, heading, refusal, fields, new HBox(8, keepMine, takeTheirs, keepBoth),
                new ErrorLine("conflicts", model.errorProperty(), model.errorDetailsProperty()));
        detail.setId("conflictDetail");
        detail.setPrefWidth(460);
        // Buttons and field names keep their whole text: the window grows instead of cutting them to "...".
        for (Button button : List.of(keepMine, takeTheirs, keepBoth)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox content = new HBox(12, list, detail);
        content.setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("conflictsCloseButton");
        model.reload();
    }

    private static void show(Conflict conflict, Label heading, GridPane fields) {
        fields.getChildren().clear();
        if (conflict == null) {
            heading.setText("No conflicts left.");
            return;
        }
        heading.setText(ConflictsViewModel.title(conflict));
        Label mineHeader = new Label("Yours");
        mineHeader.getStyleClass().add(Styles.TEXT_BOLD);
        Label theirsHeader = new Label("On the server");
        theirsHeader.getStyleClass().add(Styles.TEXT_BOLD);
        fields.addRow(0, new Label(), mineHeader, theirsHeader);
        int row = 1;
        for (ConflictsViewModel.FieldDifference difference : ConflictsViewModel.differences(conflict)) {
            Label name = new Label(difference.label());
            name.setMinWidth(Region.USE_PREF_SIZE);
            // both sides as tall as the longer needs, so neither is cut to a few lines and a scroll bar
            int rows = rowsFor(difference.mine(), difference.theirs());
            fields.addRow(row++, name, value(difference.mine(), "mine-" + difference.column(), rows),
                    value(difference.theirs(), "theirs-" + difference.column(), rows));
        }
    }

    /** Lines for values of these lengths in an 18-column field (about 24 characters a line), at most 10. */
    static int rowsFor(String... values) {
        int rows = 1;
        for (String value : values) {
            int lines = 0;
            for (String paragraph : (value == null ? "" : value).split("\n", -1)) {
                lines += Math.max(1, (int) Math.ceil(paragraph.length() / 24.0));
            }
            rows = Math.max(rows, lines);
        }
        return Math.min(10, rows);
    }

    private static TextArea value(String text, String id, int rows) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(18);
        return area;
    }
}
