package org.findinggood.coachdesk.ui.activities;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Gives each short column of a table the width its header and its longest word need, measured in the
 * fonts the theme gives them. Cut to "Evid…", "Trans…" or "Deprioriti…" a column said nothing; with this
 * floor a value of several words may wrap onto whole lines, but no word is cut. Run after the table's
 * skin and CSS are in place (the theme decides the fonts).
 */
final class ColumnFloor {

    /** Room beside a sorted column's header text for its arrow (the header's grid keeps 4 px for it otherwise). */
    private static final double SORT_ARROW = 12;
    private static final double ARROW_GAP = 4;

    private ColumnFloor() {
    }

    /** {@code values}: per column, every text its cells can show (each word must fit on a line). */
    static void apply(TableView<?> table, Map<? extends TableColumnBase<?, ?>, List<String>> values) {
        apply(table, values, java.util.Set.of());
    }

    /** {@code bold}: the columns whose cells may draw their value in bold (the sync column's unsent edit). */
    static void apply(TableView<?> table, Map<? extends TableColumnBase<?, ?>, List<String>> values,
                      java.util.Set<? extends TableColumnBase<?, ?>> bold) {
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null
                    || !values.containsKey(header.getTableColumn())) {
                continue;
            }
            TableColumnBase<?, ?> column = header.getTableColumn();
            Label label = (Label) header.lookup(".label");
            if (label == null) {
                continue;
            }
            double headerWidth = width(column.getText(), label.getFont()) + label.snappedLeftInset()
                    + label.snappedRightInset() + header.snappedLeftInset() + header.snappedRightInset()
                    + (table.getSortOrder().contains(column) ? SORT_ARROW : ARROW_GAP) + 1;
            Font cellFont = cellFont(table, label.getFont());
            Font boldCellFont = bold.contains(column)
                    ? Font.font(cellFont.getFamily(), javafx.scene.text.FontWeight.BOLD, cellFont.getSize()) : cellFont;
            double widestWord = 0;
            for (String value : values.get(column)) {
                for (String word : value.split("\\s+")) {
                    widestWord = Math.max(widestWord, Math.max(width(word, cellFont), width(word, boldCellFont)));
                }
            }
            // a table cell's padding (theme) plus a little for rounding
            double floor = Math.ceil(Math.max(headerWidth, widestWord + 2 * label.snappedLeftInset() + 3));
            column.setMinWidth(floor);
            column.setMaxWidth(Math.max(column.getMaxWidth(), floor));
        }
        // the constrained policy runs on resizes only: let it share the width out again under the new floors
        forceResizePolicy(table);
    }

    /** The font the theme gives the table's cells (it may differ from the header's), once a cell exists. */
    private static Font cellFont(TableView<?> table, Font headerFont) {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof Labeled cell && cell.getFont() != null) {
                return cell.getFont();
            }
        }
        return Font.font(headerFont.getFamily(), headerFont.getSize());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void forceResizePolicy(TableView<?> table) {
        table.getColumnResizePolicy().call(new TableView.ResizeFeatures(table, null, 0.0));
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
