package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab stops that AtlantaFX leaves without a visible focus (the flat Today button, the client tabs, which
 * take the focus as one stop) show it: a glow on the button, the chosen tab tinted and underlined.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingDeskTest {

    private final DemoDesk desk;

    FocusRingDeskTest() throws Exception {
        desk = new DemoDesk("coach-desk-focus");
    }

    @Start
    void start(Stage stage) throws Exception {
        desk.start(stage, CoachDeskAppTest.CLOCK);
    }

    @AfterEach
    void stop() throws Exception {
        desk.stop();
    }

    private static Background selectedTab(FxRobot robot) {
        return robot.lookup("#clientTabs .tab:selected").tryQuery().or(() -> robot.lookup(".tab-pane .tab:selected").tryQuery())
                .map(tab -> ((Region) tab).getBackground()).orElse(null);
    }

    @Test
    void theTodayButtonAndTheClientTabsShowWhenTheyHaveTheKeyboard(FxRobot robot) throws Exception {
        DemoDesk.waitUntil(() -> robot.lookup("#rosterList").tryQuery().isPresent()
                && !robot.lookup("#rosterList").queryAs(ListView.class).getItems().isEmpty());
        robot.interact(() -> robot.lookup("#rosterList").queryAs(ListView.class).getSelectionModel().select(0));
        DemoDesk.waitUntil(() -> robot.lookup(".tab-pane").tryQuery().map(Node::isVisible).orElse(false));

        Node today = robot.lookup("#todayButton").query();
        robot.interact(() -> robot.lookup("#rosterList").query().requestFocus());
        assertThat(today.getEffect()).as("Today without the keyboard").isNull();
        robot.interact(today::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(today.getEffect()).as("Today with the keyboard").isNotNull();

        Background unfocused = selectedTab(robot);
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(tabs::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.isFocused()).isTrue();
        assertThat(selectedTab(robot)).as("the chosen tab's look with the keyboard on the tabs").isNotEqualTo(unfocused);

        // the header before its tabs: Tab from the header's calendar link goes to the client tabs
        Node calendar = robot.lookup("#clientCalendarLink").query();
        robot.interact(calendar::requestFocus);
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.isFocused()).as("Tab after the calendar link").isTrue();
    }
}
