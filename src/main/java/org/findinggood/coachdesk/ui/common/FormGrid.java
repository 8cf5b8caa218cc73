package org.findinggood.coachdesk.ui.common;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The label-and-field grid of the app's dialogs; its labels keep their whole text (no "Sync every (mi..."). */
public final class FormGrid {

    private FormGrid() {
    }

    public static GridPane create() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints());
        return grid;
    }
}
