package org.findinggood.coachdesk.ui.common.json;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;

/** A pane that always shows the current value of a view model's {@link JsonShape}, re-rendered on change. */
public class JsonShapePane extends StackPane {

    public JsonShapePane(String id, ObservableValue<JsonShape> shape, JsonRenderer renderer) {
        setId(id);
        setAlignment(Pos.TOP_LEFT);
        Runnable render = () -> getChildren().setAll(renderer.render(shape.getValue()));
        shape.addListener((obs, old, now) -> render.run());
        render.run();
    }
}
