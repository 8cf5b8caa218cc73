package org.findinggood.coachdesk.ui.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The JavaFX side of the JSON renderers, on a real stage (headless). */
@ExtendWith(ApplicationExtension.class)
class JsonRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> opened = new ArrayList<>();
    private StackPane host;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        host = new StackPane();
        stage.setScene(new Scene(host, 600, 500));
        stage.show();
    }

    private void show(String json, FxRobot robot) throws Exception {
        JsonRenderer renderer = new JsonRenderer(new JsonShapeRecognizer(), opened::add);
        var tree = JSON.readTree(json);
        robot.interact(() -> host.getChildren().setAll(renderer.render(tree)));
    }

    @Test
    void linksOpenThroughTheOpenerPassedIn(FxRobot robot) throws Exception {
        show("{\"calendar\": \"https://cal.com/jane\"}", robot);
        robot.clickOn(robot.lookup(".json-link").queryAs(Hyperlink.class));
        assertThat(opened).containsExactly("https://cal.com/jane");
    }

    @Test
    void countsDrawBarsScaledToTheLargest(FxRobot robot) throws Exception {
        show("{\"predict\": 4, \"prove\": 2}", robot);
        List<ProgressBar> bars = new ArrayList<>(robot.lookup(".json-bar").queryAllAs(ProgressBar.class));
        assertThat(bars).extracting(ProgressBar::getProgress).containsExactly(1.0, 0.5);
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).contains("Predict", "4");
    }

    @Test
    void chipsAndSeries(FxRobot robot) throws Exception {
        show("{\"themes\": [\"rest\", \"voice\"], \"trajectory\": [{\"week\": 1, \"feelings\": 2}, {\"week\": 2, \"feelings\": 4}]}", robot);
        assertThat(robot.lookup(".json-chip").queryAllAs(Label.class)).extracting(Label::getText).containsExactly("rest", "voice");
        @SuppressWarnings("unchecked")
        LineChart<String, Number> chart = robot.lookup(".json-series").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(1);
        assertThat(chart.getData().get(0).getData()).extracting(d -> d.getYValue().doubleValue()).containsExactly(2.0, 4.0);
    }
}
