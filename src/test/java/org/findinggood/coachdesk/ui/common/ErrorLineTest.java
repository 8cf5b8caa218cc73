package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorLineTest {

    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final SimpleStringProperty details = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        // as narrow as the sign-in form, where the link used to shrink to "..." beside a long sentence
        VBox box = new VBox(new ErrorLine("test", error, details));
        box.setPrefWidth(360);
        stage.setScene(new Scene(box, 360, 200));
        stage.show();
    }

    @Test
    void aLongSentenceWrapsAndTheLinkKeepsItsWholeText(FxRobot robot) {
        assertThat(robot.lookup("#testError").queryAs(Label.class).getParent().isVisible()).as("no error, no line").isFalse();

        robot.interact(() -> {
            details.set("java.net.ConnectException: Failed to connect to localhost/127.0.0.1:9");
            error.set("The project could not be reached; check the URL and your internet connection, then try again.");
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label sentence = robot.lookup("#testError").queryAs(Label.class);
        Hyperlink copy = robot.lookup("#testCopyDetails").queryAs(Hyperlink.class);
        assertThat(sentence.getParent().isVisible()).isTrue();
        assertThat(copy.isVisible()).isTrue();
        assertThat(copy.getWidth()).as("the link is as wide as its text").isGreaterThanOrEqualTo(copy.prefWidth(-1));
        assertThat(sentence.getHeight()).as("the sentence wraps onto more lines").isGreaterThan(sentence.getFont().getSize() * 2);

        robot.interact(copy::fire);
        assertThat(copy.getText()).isEqualTo("Copied");
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString())
                .contains("could not be reached").contains("ConnectException"));
    }
}
