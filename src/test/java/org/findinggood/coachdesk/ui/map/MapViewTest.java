package org.findinggood.coachdesk.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonRenderer;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.tabs.DemoRows;
import org.findinggood.coachdesk.ui.tabs.Renders;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the Map tab with real controls (headless) on the demo workspace. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final DemoRows demo = DemoRows.standard();
    private MapViewModel model;
    private MapView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        JsonShapeRecognizer recognizer = new JsonShapeRecognizer();
        model = new MapViewModel(demo.mapSource(), Tasks.onFxThread(background), recognizer);
        view = new MapView(model, new JsonRenderer(recognizer, url -> { }));
        stage.setScene(new Scene(view, 1240, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void select(FxRobot robot, Client client) throws Exception {
        Renders.awaitNext(robot, model.renderCountProperty(), () -> model.show(client.email()));
    }

    @Test
    void showsTheLongViewWithChartsAndTheFocusTimeline(FxRobot robot) throws Exception {
        Client client = demo.client(RelationshipStatus.ACTIVE, 0);
        select(robot, client);

        assertThat(robot.lookup("#mapCoachingStart").queryAs(Label.class).getText()).matches("\\d{1,2} \\w{3} \\d{4}");
        assertThat(robot.lookup("#mapTotalWeeks").queryAs(Label.class).getText()).endsWith("weeks");
        // the demo's FIRES trajectory is monthly points: a line chart with one line per FIRES element
        LineChart<?, ?> fires = robot.lookup("#mapFiresTrajectory .json-series").queryAs(LineChart.class);
        assertThat(fires.getData()).hasSize(5);
        LineChart<?, ?> engagement = robot.lookup("#mapEngagementChart").queryAs(LineChart.class);
        assertThat(engagement.getData().get(0).getData()).hasSizeGreaterThan(5);
        assertThat(robot.lookup("#mapEngagementSummary").queryAs(Label.class).getText()).contains("check-ins over");

        VBox focus = robot.lookup("#mapFocusHistory").queryAs(VBox.class);
        assertThat(focus.getChildren()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(robot.lookup("#mapFocusHistory .focus-evolved").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#mapFocusHistory .focus-active").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#mapFocusHistory .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.contains("evolved into"));
        assertThat(robot.lookup("#mapPermissionEvolution .json-moment").queryAll()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(robot.lookup("#mapNoAggregate").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void anInvitedClientHasNoLongViewYetAndSaysSo(FxRobot robot) throws Exception {
        select(robot, demo.client(RelationshipStatus.ACTIVE, 0));
        select(robot, demo.client(RelationshipStatus.PENDING_COACH_INVITE, 0));
        Label note = robot.lookup("#mapNoAggregate").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Nothing to map yet: their check-in scores appear here")
                .doesNotContain("below").doesNotContain("server");
        assertThat(robot.lookup("#mapFiresTrajectory .json-series").tryQuery()).isEmpty();
        // designed empty states: one note, no figures, no empty cards under it, no blank chart
        assertThat(robot.lookup("#mapEngagementChart").query().isVisible()).isFalse();
        for (String hidden : List.of("#mapCoachingStart", "#mapFiresTrajectory", "#mapFocusHistory",
                "#mapEngagementSummary", "#mapBreakthroughs", "#mapQuestionsExplored")) {
            assertThat(shown(robot.lookup(hidden).query())).as(hidden).isFalse();
        }
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().filter(MapViewTest::shown)
                .map(Label::getText)).doesNotContain("—");
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void screenshot(FxRobot robot) throws Exception {
        select(robot, demo.client(RelationshipStatus.ACTIVE, 0));
        robot.interact(() -> {
            try {
                Screenshots.save(view, "map.png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
