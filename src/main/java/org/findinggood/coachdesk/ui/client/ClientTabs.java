package org.findinggood.coachdesk.ui.client;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The contents of the three client tabs, each built when its tab is first shown ({@link ClientAreaView}):
 * the first client opened builds Quick Prep only, which took the first open from 1.3-1.5 s to 0.85-0.9 s
 * (client-switch bench). The tab views (Quick Prep, Map, Activities) plug in here; each follows the selected
 * client itself. {@link #placeholders} shows what is coming.
 */
public record ClientTabs(Supplier<Node> quickPrep, Supplier<Node> map, Supplier<Node> activities) {

    /** The contents in tab order. */
    List<Supplier<Node>> inOrder() {
        return List.of(quickPrep, map, activities);
    }

    public static ClientTabs placeholders(ObservableValue<String> latestWeek) {
        return new ClientTabs(
                () -> placeholder("quickPrepPlaceholder", "Quick Prep",
                        "This week's themes, open threads and suggested questions will appear here.", latestWeek),
                () -> placeholder("mapPlaceholder", "Map",
                        "Long-term patterns, persistent themes and breakthroughs will appear here.", latestWeek),
                () -> placeholder("activitiesPlaceholder", "Activities",
                        "Agreed activities with their evidence and your notes will appear here.", latestWeek));
    }

    private static Node placeholder(String id, String title, String text, ObservableValue<String> latestWeek) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        Label week = new Label();
        week.textProperty().bind(latestWeek);
        Label body = new Label(text);
        body.setWrapText(true);
        VBox box = new VBox(heading, week, body);
        box.setId(id);
        box.getStyleClass().add("tab-placeholder");
        return box;
    }
}
