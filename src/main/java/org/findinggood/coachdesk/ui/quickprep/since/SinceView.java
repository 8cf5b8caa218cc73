package org.findinggood.coachdesk.ui.quickprep.since;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The "Since" block: a heading, one link per change (it opens where the change lives), and this week's
 * numbers beside last week's. Placed at the top of Quick Prep.
 */
public class SinceView extends VBox {

    public SinceView(SinceViewModel model) {
        super(4);
        setId("sinceBlock");
        getStyleClass().add("since-block");
        Label heading = new Label();
        heading.setId("sinceHeading");
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        heading.textProperty().bind(model.headingProperty());
        VBox lines = new VBox(0);
        lines.setId("sinceItems");
        Hyperlink more = new Hyperlink();
        more.setId("sinceMore");
        more.textProperty().bind(model.moreProperty());
        more.visibleProperty().bind(Bindings.isNotEmpty(model.moreProperty()));
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.showAll());
        Label empty = muted(model.emptyProperty().get());
        empty.textProperty().bind(model.emptyProperty());
        empty.visibleProperty().bind(Bindings.isNotEmpty(model.emptyProperty()));
        empty.managedProperty().bind(empty.visibleProperty());
        Label error = muted("");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(model.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        Label weekTitle = new Label();
        weekTitle.getStyleClass().add("text-bold");
        weekTitle.textProperty().bind(model.weekOverWeekTitleProperty());
        weekTitle.visibleProperty().bind(Bindings.isNotEmpty(model.weekOverWeekTitleProperty()));
        weekTitle.managedProperty().bind(weekTitle.visibleProperty());
        FlowPane weekLines = new FlowPane(14, 2);
        weekLines.setId("weekOverWeek");
        weekLines.setRowValignment(javafx.geometry.VPos.BASELINE);
        model.shownItems().addListener((ListChangeListener<SinceItem>) change -> {
            lines.getChildren().setAll(model.shownItems().stream().map(item -> {
                Hyperlink link = new Hyperlink(item.text());
                link.setWrapText(true);
                link.setOnAction(e -> model.open(item));
                return link;
            }).toList());
        });
        // "This week against last week" heads its own line of figures
        model.weekOverWeek().addListener((ListChangeListener<String>) change -> {
            weekLines.getChildren().setAll(weekTitle);
            model.weekOverWeek().forEach(line -> weekLines.getChildren().add(new Label(line)));
        });
        weekLines.getChildren().setAll(weekTitle);
        getChildren().addAll(heading, lines, more, empty, error, weekLines);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
