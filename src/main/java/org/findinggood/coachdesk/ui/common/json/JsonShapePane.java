package org.findinggood.coachdesk.ui.common.json;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** A pane that always shows the current value of a view model's {@link JsonShape}, re-rendered on change. */
public class JsonShapePane extends StackPane {

    public JsonShapePane(String id, ObservableValue<JsonShape> shape, JsonRenderer renderer) {
        this(id, shape, renderer, null);
    }

    /**
     * With {@code whenEmpty}: what shows while there is nothing, a sentence saying what will appear there and
     * when (a lone "—" said neither); null keeps the renderer's dash.
     */
    public JsonShapePane(String id, ObservableValue<JsonShape> shape, JsonRenderer renderer, String whenEmpty) {
        setId(id);
        setAlignment(Pos.TOP_LEFT);
        Runnable render = () -> getChildren().setAll(whenEmpty != null && shape.getValue() instanceof JsonShape.Nothing
                ? emptyNote(id, whenEmpty) : renderer.render(shape.getValue()));
        shape.addListener((obs, old, now) -> render.run());
        render.run();
    }

    private static Label emptyNote(String id, String text) {
        Label note = new Label(text);
        note.setId(id + "Empty");
        note.setWrapText(true);
        note.getStyleClass().add("json-muted");
        return note;
    }
}
