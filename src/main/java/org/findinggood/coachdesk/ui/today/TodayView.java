package org.findinggood.coachdesk.ui.today;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/**
 * Today's screen: a title, how many clients need the coach, and the ranked list; each line shows the
 * client's name, its reasons as chips and how the rank came about. Enter or a click opens the client,
 * Delete (or the line's ✕) dismisses it until something new happens.
 */
public class TodayView extends VBox {

    static final String STYLESHEET = TodayView.class.getResource("/org/findinggood/coachdesk/ui/today/today.css")
            .toExternalForm();

    static final String HIDDEN = "Hidden while presenting";

    private final ListView<TodayEntry> list = new ListView<>();

    public TodayView(TodayViewModel model) {
        setId("todayView");
        getStyleClass().add("today");
        getStylesheets().add(STYLESHEET);

        Label title = new Label("Today");
        title.getStyleClass().add("today-title");
        Label summary = new Label();
        summary.setId("todaySummary");
        summary.getStyleClass().add("today-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label keys = new Label("Enter opens \u00b7 Delete dismisses until something new \u00b7 Ctrl+0 comes back here");
        keys.getStyleClass().add("muted-line");
        keys.setWrapText(true);
        ErrorLine error = new ErrorLine("today", model.errorProperty(), model.errorDetailsProperty()).withRetry("todayRetry", model::reload);

        list.setId("todayList");
        list.setItems(model.entries());
        list.setCellFactory(view -> new EntryCell(model));
        list.setPlaceholder(new Label("Nobody needs you right now."));
        VBox.setVgrow(list, Priority.ALWAYS);
        // the list's selection and the model's index follow each other
        model.selectedIndexProperty().addListener((obs, old, index) -> {
            if (list.getSelectionModel().getSelectedIndex() != index.intValue()) {
                list.getSelectionModel().select(index.intValue());
                if (index.intValue() >= 0) {
                    list.scrollTo(index.intValue());
                }
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.selectedIndexProperty().set(index.intValue());
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.openSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                model.dismissSelected();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() >= 1 && model.selected() != null
                    && event.getPickResult().getIntersectedNode() != list) {
                model.openSelected();
            }
        });
        getChildren().addAll(title, summary, keys, error, list);
        // the first read arrives after Today was shown: keyboard on the list then, so Enter opens the first client
        model.loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded && isVisible()) {
                focusList();
            }
        });
        // at start the rows can arrive before the window holds this view, when a focus request is lost:
        // take the keyboard once the list is in the window
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null && isVisible() && model.loadedProperty().get()) {
                Platform.runLater(this::focusList);
            }
        });
    }

    /** Keyboard focus on the list (Today shown at start or on Ctrl+0), so Enter and the arrows work at once. */
    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().getSelectedIndex() < 0 && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    public ListView<TodayEntry> list() {
        return list;
    }

    private static final class EntryCell extends ListCell<TodayEntry> {

        private final Label name = new Label();
        private final FlowPane chips = new FlowPane(6, 4);
        private final Label why = new Label();
        private final Button dismiss = new Button("\u2715");
        private final VBox box;
        private final TodayViewModel model;
        // presenting on or off: every cell, spare ones the list keeps out of sight too, draws itself again
        private final InvalidationListener redraw = obs -> show(getItem());

        EntryCell(TodayViewModel model) {
            this.model = model;
            model.presentingProperty().addListener(new WeakInvalidationListener(redraw));
            name.getStyleClass().add("today-name");
            why.getStyleClass().add("today-why");
            why.setWrapText(true);
            dismiss.getStyleClass().addAll("flat", "small");
            dismiss.setTooltip(new Tooltip("Dismiss until something new happens (Delete)"));
            dismiss.setFocusTraversable(false);
            dismiss.setOnAction(e -> {
                model.selectedIndexProperty().set(getIndex());
                model.dismissSelected();
                e.consume();
            });
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox top = new HBox(10, name, grow, dismiss);
            top.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(top, chips, why);
            box.getStyleClass().add("today-cell");
            // wrap within the list's width rather than widening the cell
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(24));
            chips.prefWrapLengthProperty().bind(box.prefWidthProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TodayEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            show(empty ? null : entry);
        }

        private void show(TodayEntry entry) {
            if (entry == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (model.presentingProperty().get()) {
                name.setText(HIDDEN);
                chips.getChildren().clear();
                why.setText("");
                dismiss.setAccessibleText("Dismiss");
                setTooltip(null);
                setGraphic(box);
                return;
            }
            name.setText(entry.displayName());
            chips.getChildren().clear();
            for (TodayReason reason : entry.reasons()) {
                Label chip = new Label(reason.chip());
                chip.getStyleClass().add("reason-chip");
                if (reason.weight() >= 3) {
                    chip.getStyleClass().add("strong");
                }
                chip.setTooltip(new Tooltip(reason.explanation()));
                chips.getChildren().add(chip);
            }
            why.setText(entry.rankExplanation());
            dismiss.setAccessibleText("Dismiss " + entry.displayName());
            setTooltip(new Tooltip(String.join("\n", entry.reasons().stream().map(TodayReason::explanation).toList())));
            setGraphic(box);
        }
    }
}
