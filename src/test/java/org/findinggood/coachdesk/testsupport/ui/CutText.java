package org.findinggood.coachdesk.testsupport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds text a coach cannot read whole on screen: a {@link Labeled} (labels, buttons, table and list
 * cells, column headers, tabs) whose skin shows it cut (an ellipsis) with no tooltip holding the whole
 * text, and any wrapping {@link Text} that breaks a word across lines because the word is wider than
 * its line ("Tuesda/y"). Each finding names the node (its id, or the nearest ancestor's), its size and
 * the text. Call on the FX thread after a layout pass.
 */
public final class CutText {

    private CutText() {
    }

    public static List<String> in(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            checkLabeled(labeled, found);
        }
        if (node instanceof Text text) {
            checkWrapping(text, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void checkLabeled(Labeled labeled, List<String> found) {
        String whole = labeled.isMnemonicParsing() && labeled.getText() != null
                ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
        if (whole == null || whole.isBlank() || labeled.getWidth() <= 0) {
            return;
        }
        // a cell drawing its text as a graphic (a wrapping or clamped Text) must draw it whole too
        // (line breaks it puts in itself, as right-to-left text broken onto lines, cut nothing)
        if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY && labeled.getGraphic() instanceof Text graphic
                && graphic.isVisible() && graphic.getText() != null
                && !graphic.getText().replaceAll("\\s+", " ").equals(whole.replaceAll("\\s+", " "))
                && !readableInTooltip(labeled, whole)) {
            found.add(describe(labeled) + " shows \"" + graphic.getText() + "\" of \"" + whole + "\"");
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.getStyleClass().contains("text") && shown.isVisible()) {
                String drawn = shown.getText();
                if (drawn != null && !drawn.equals(whole) && !readableInTooltip(labeled, whole)) {
                    found.add(describe(labeled) + " shows \"" + drawn + "\" of \"" + whole + "\"");
                }
            }
        }
    }

    private static boolean readableInTooltip(Labeled labeled, String whole) {
        Tooltip tip = labeled.getTooltip();
        return tip != null && tip.getText() != null && tip.getText().contains(whole.strip());
    }

    private static void checkWrapping(Text text, List<String> found) {
        double width = text.getWrappingWidth();
        String value = text.getText();
        if (width <= 0 || value == null || value.isBlank()) {
            return;
        }
        Text probe = new Text();
        probe.setFont(text.getFont());
        for (String word : value.split("\\s+")) {
            probe.setText(word);
            // a word wider than its line is broken inside itself
            if (!word.isEmpty() && probe.getLayoutBounds().getWidth() > width + 0.5) {
                found.add(describe(text) + " breaks \"" + word + "\" inside the word (line "
                        + String.format(Locale.ROOT, "%.0f", width) + " px) in \"" + value + "\"");
                return;
            }
        }
    }

    private static String describe(Node node) {
        String where = node.getId();
        Node up = node.getParent();
        while (where == null && up != null) {
            where = up.getId() == null ? null : "in #" + up.getId();
            up = up.getParent();
        }
        return node.getClass().getSimpleName() + (node.getId() != null ? " #" + where : " " + (where == null ? "" : where))
                + String.format(Locale.ROOT, " (%.0fx%.0f)", node.getLayoutBounds().getWidth(), node.getLayoutBounds().getHeight());
    }
}
