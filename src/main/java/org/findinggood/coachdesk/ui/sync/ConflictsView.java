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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/** The conflicts window: a list on the left, mine-versus-theirs and the three choices on the right. */
public class ConflictsView extends Dialog<Void> {

    public ConflictsView(Window owner, ConflictsViewModel model) {
        initOwner(owner);
        setTitle("Conflicts");
        setHeaderText("These edits changed on the server too. Choose which version to keep.");
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
        GridPane fields = new GridPane();
        fields.setId("conflictFields");
        fields.setHgap(10);
        fields.setVgap(6);
        model.selectedProperty().addListener((obs, old, now) -> show(now, heading, fields));
        show(model.selectedProperty().get(), heading, fields);

        Button keepMine = new Button("Keep mine");
        keepMine.setId("keepMineButton");
        keepMine.getStyleClass().add(Styles.ACCENT);
        keepMine.setOnAction(e -> model.resolve(ConflictResolution.KEEP_MINE));
        Button takeTheirs = new Button("Take theirs");
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

        VBox detail = new VBox(10, heading, fields, new HBox(8, keepMine, takeTheirs, keepBoth),
                new ErrorLine("conflicts", model.errorProperty(), model.errorDetailsProperty()));
        detail.setId("conflictDetail");
        detail.setPrefWidth(460);
        HBox content = new HBox(12, list, detail);
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
            fields.addRow(row++, new Label(difference.label()), value(difference.mine(), "mine-" + difference.column()),
                    value(difference.theirs(), "theirs-" + difference.column()));
        }
    }

    private static TextArea value(String text, String id) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(6, Math.max(1, text.length() / 40 + 1)));
        area.setPrefColumnCount(18);
        return area;
    }
}
