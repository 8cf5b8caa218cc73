package org.findinggood.coachdesk.ui.export;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.findinggood.coachdesk.ui.common.ErrorLine;

/** Shows an export under way: a progress bar over all rows, then where the file is or what went wrong. */
public class ExportDialog extends Alert {

    public ExportDialog(Window owner, ExportViewModel model) {
        super(AlertType.NONE, "", ButtonType.CLOSE);
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export your data");
        getDialogPane().setId("exportDialog");

        ProgressBar bar = new ProgressBar();
        bar.setId("exportProgress");
        bar.setPrefWidth(440);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.failedProperty().not());
        bar.managedProperty().bind(bar.visibleProperty());

        Label message = new Label();
        message.setId("exportMessage");
        message.setWrapText(true);
        // an Alert sizes its content once; without these the wrapped sentence is cut with "..."
        message.setPrefWidth(440);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(Bindings.when(model.failedProperty()).then("").otherwise(model.messageProperty()));
        message.visibleProperty().bind(model.failedProperty().not());
        message.managedProperty().bind(message.visibleProperty());

        ErrorLine error = new ErrorLine("export", Bindings.when(model.failedProperty()).then(model.messageProperty())
                .otherwise(""), model.detailsProperty());
        error.setPrefWidth(440);
        getDialogPane().setContent(new VBox(10, bar, message, error));
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("exportCloseButton");
    }
}
