package org.findinggood.coachdesk.ui.search;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The Ctrl+K box: a field over a result list, laid over the top of the main window. Typing searches (the
 * keyboard stays in the field), Down/Up move through the results, Enter opens or runs the chosen one,
 * Escape closes it.
 */
public class SearchView extends VBox {

    static final String STYLESHEET = SearchView.class.getResource("/org/findinggood/coachdesk/ui/today/today.css")
            .toExternalForm();

    private final TextField field = new TextField();
    private final ListView<SearchRow> list = new ListView<>();
    private final Runnable close;

    /** @param close takes the box away (Escape, or after Enter opened or ran something) */
    public SearchView(SearchViewModel model, Runnable close) {
        super(8);
        this.close = close;
        setId("searchPalette");
        getStyleClass().add("search-palette");
        getStylesheets().add(STYLESHEET);
        setMaxSize(680, 480);
        setPrefSize(680, 480);

        field.setId("searchEverythingField");
        field.setPromptText("Search clients, weeks, activities, notes\u2026  or > for commands");
        field.setAccessibleText("Search everything");
        field.textProperty().bindBidirectional(model.queryProperty());
        Label status = new Label();
        status.setId("searchStatus");
        status.getStyleClass().add("muted-line");
        status.textProperty().bind(model.statusProperty());

        list.setId("searchResults");
        list.setItems(model.rows());
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new RowCell());
        Label hint = new Label("Type to search everything cached for you: names, e-mails, invite codes, weeks, "
                + "activities, notes, focus, permissions. Type > for commands.");
        hint.setWrapText(true);
        // inside the list's frame, not against it
        hint.setPadding(new javafx.geometry.Insets(12, 16, 12, 16));
        hint.getStyleClass().add("text-muted");
        list.setPlaceholder(hint);
        VBox.setVgrow(list, Priority.ALWAYS);
        model.selectedIndexProperty().addListener((obs, old, index) -> {
            list.getSelectionModel().select(index.intValue());
            if (index.intValue() >= 0) {
                list.scrollTo(index.intValue());
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<SearchRow>) change ->
                list.getSelectionModel().select(model.selectedIndexProperty().get()));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.selectedIndexProperty().set(index.intValue());
            }
        });
        setOnKeyPressed(event -> {
            switch (event.getCode()) {
                case DOWN -> model.moveDown();
                case UP -> model.moveUp();
                case ENTER -> {
                    if (model.activateSelected()) {
                        close.run();
                    }
                }
                case ESCAPE -> close.run();
                default -> {
                    return;
                }
            }
            event.consume();
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && model.activateSelected()) {
                close.run();
            }
        });
        getChildren().addAll(field, status, list);
    }

    /** The keyboard in the field, the last query selected for retyping. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** A client heading, a hit (snippet with the matched words in bold, and where it lives) or a command. */
    private static final class RowCell extends ListCell<SearchRow> {

        @Override
        protected void updateItem(SearchRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setText(null);
            Label where = new Label(row.where());
            where.getStyleClass().add("search-where");
            where.setMinWidth(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            VBox box = new VBox();
            box.getStyleClass().add("search-hit");
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(24));
            switch (row.kind()) {
                case CLIENT -> {
                    Label name = new Label(row.title());
                    name.getStyleClass().add("search-client");
                    box.getChildren().add(new HBox(8, name, grow, where));
                }
                case COMMAND -> {
                    Label name = new Label("\u25b6 " + row.title());
                    box.getChildren().add(new HBox(8, name, grow, where));
                }
                case HIT -> {
                    // where it lives, then the words around the match, wrapped within the list's width
                    TextFlow snippet = snippet(row.snippet());
                    Text place = new Text(row.where() + "  \u00b7  ");
                    place.getStyleClass().addAll("text", "search-where");
                    snippet.getChildren().add(0, place);
                    snippet.prefWidthProperty().bind(box.prefWidthProperty().subtract(16));
                    snippet.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
                    box.getChildren().add(snippet);
                }
            }
            setGraphic(box);
        }

        private static TextFlow snippet(String marked) {
            TextFlow flow = new TextFlow();
            for (SnippetSpans.Span span : SnippetSpans.of(marked)) {
                Text text = plain(span.text());
                if (span.match()) {
                    text.getStyleClass().add("search-match");
                }
                flow.getChildren().add(text);
            }
            return flow;
        }

        private static Text plain(String text) {
            Text plain = new Text(text);
            plain.getStyleClass().add("text");
            return plain;
        }
    }
}
