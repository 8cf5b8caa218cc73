package org.findinggood.coachdesk.testsupport.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Every text a window's scene graph holds, visible or not, as a screenshot or a screen reader could
 * reach it: labels, text nodes, fields, accessible texts and help. Call on the FX thread.
 */
public final class SceneTexts {

    private SceneTexts() {
    }

    /** From a test thread: read on the FX thread. */
    public static List<String> read(Node node) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> of(node)).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    public static List<String> of(Node node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            found.add(labeled.getText());
        }
        if (node instanceof Text text && text.getText() != null) {
            found.add(text.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            found.add(input.getText());
        }
        if (node.getAccessibleText() != null) {
            found.add(node.getAccessibleText());
        }
        if (node.getAccessibleHelp() != null) {
            found.add(node.getAccessibleHelp());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
