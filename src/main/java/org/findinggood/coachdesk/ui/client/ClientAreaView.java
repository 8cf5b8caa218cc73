package org.findinggood.coachdesk.ui.client;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand side of the main window: the selected client's header (name, e-mail, status,
 * calendar link, latest week) above a TabPane with Quick Prep, Map and Activities. Shows a hint
 * while no client is selected.
 */
public class ClientAreaView extends StackPane {

    private final TabPane tabs = new TabPane();

    /**
     * With each tab's contents built when it is first shown, not before: the window's first frame (the
     * cold start) neither builds nor loads the classes of three views it does not show, and the first
     * client opened builds only the tab on top.
     */
    public ClientAreaView(ClientAreaViewModel model, ClientTabs contents) {
        setId("clientArea");

        Label name = new Label();
        name.setId("clientName");
        name.getStyleClass().add("client-title");
        name.textProperty().bind(model.nameProperty());

        Label status = new Label();
        status.setId("clientStatus");
        status.getStyleClass().add("status-badge");
        status.textProperty().bind(model.statusProperty());
        model.statusStyleProperty().addListener((obs, old, now) -> {
            status.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
            if (now != null && !now.isEmpty()) {
                status.getStyleClass().add(now);
            }
        });

        Label email = new Label();
        email.setId("clientEmail");
        email.getStyleClass().add("client-detail");
        email.textProperty().bind(model.emailProperty());

        Hyperlink calendar = new Hyperlink("Calendar link");
        calendar.setId("clientCalendarLink");
        calendar.setTooltip(new Tooltip("Copy the client's scheduling link"));
        calendar.visibleProperty().bind(Bindings.isNotEmpty(model.calendarLinkProperty()));
        calendar.managedProperty().bind(calendar.visibleProperty());
        calendar.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.calendarLinkProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
            calendar.setText("Link copied");
        });
        model.selectedProperty().addListener((obs, old, now) -> calendar.setText("Calendar link"));

        Label week = new Label();
        week.setId("clientLatestWeek");
        week.getStyleClass().add("client-detail");
        week.textProperty().bind(model.latestWeekProperty());

        HBox titleRow = new HBox(10, name, status);
        titleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox detailRow = new HBox(12, email, calendar, week);
        detailRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox header = new VBox(titleRow, detailRow);
        header.getStyleClass().add("client-header");
        header.setId("clientHeader");

        tabs.setId("clientTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab quickPrep = tab("quickPrepTab", "Quick Prep");
        Tab map = tab("mapTab", "Map");
        Tab activities = tab("activitiesTab", "Activities");
        tabs.getTabs().addAll(quickPrep, map, activities);

        // the header first: Tab follows the children's order, and it went through the whole tab before the
        // header's calendar link
        BorderPane client = new BorderPane();
        client.setTop(header);
        client.setCenter(tabs);

        Label hint = new Label("Select a client on the left to prepare for a session.");
        Label keys = new Label("Ctrl+F to search \u00b7 arrow keys to move \u00b7 Ctrl+1/2/3 for the tabs");
        VBox empty = new VBox(hint, keys);
        empty.setId("noClientSelected");
        empty.getStyleClass().add("empty-state");

        client.visibleProperty().bind(model.selectedProperty().isNotNull());
        empty.visibleProperty().bind(model.selectedProperty().isNull());
        getChildren().add(empty);
        // The tabs join the scene when a client is first selected: the window's first layout (the
        // cold start) does not style and lay out hidden tab views. A tab's contents are built when it is
        // first shown, before the tab loads (registered after this view) ask its view model to read.
        Runnable join = () -> {
            fillWhenShown(contents);
            getChildren().add(client);
        };
        if (model.selectedProperty().get() != null) {
            join.run();
        } else {
            model.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends SelectedClient> obs, SelectedClient old,
                                    SelectedClient now) {
                    if (now != null) {
                        obs.removeListener(this);
                        join.run();
                    }
                }
            });
        }
    }

    private void fillWhenShown(ClientTabs contents) {
        List<Supplier<Node>> builders = contents.inOrder();
        Runnable fillSelected = () -> {
            int index = tabs.getSelectionModel().getSelectedIndex();
            Tab tab = index < 0 ? null : tabs.getTabs().get(index);
            if (tab != null && tab.getContent() == null) {
                tab.setContent(builders.get(index).get());
            }
        };
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> fillSelected.run());
        fillSelected.run();
    }

    private static Tab tab(String id, String title) {
        Tab tab = new Tab(title);
        tab.setId(id);
        return tab;
    }

    /** Ctrl+1/2/3: selects a tab by position (0-based). */
    public void selectTab(int index) {
        List<Tab> all = tabs.getTabs();
        if (index >= 0 && index < all.size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    public TabPane tabPane() {
        return tabs;
    }
}
