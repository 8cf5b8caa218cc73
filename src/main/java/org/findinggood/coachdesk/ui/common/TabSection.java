package org.findinggood.coachdesk.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How a tab draws one titled section: a heading over its content, styled {@code <prefix>-heading}
 * and {@code <prefix>-section} so each tab's stylesheet keeps its own look.
 */
public final class TabSection {

    private final String stylePrefix;
    private final double spacing;
    private final Insets padding;
    private final boolean contentGrows;

    /**
     * @param contentGrows whether the content takes the height the section is given beyond its own
     */
    public TabSection(String stylePrefix, double spacing, Insets padding, boolean contentGrows) {
        this.stylePrefix = stylePrefix;
        this.spacing = spacing;
        this.padding = padding;
        this.contentGrows = contentGrows;
    }

    public VBox of(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("title-4", stylePrefix + "-heading");
        VBox box = new VBox(spacing, heading, content);
        box.getStyleClass().add(stylePrefix + "-section");
        box.setPadding(padding);
        if (contentGrows) {
            VBox.setVgrow(content, Priority.ALWAYS);
        }
        return box;
    }
}
