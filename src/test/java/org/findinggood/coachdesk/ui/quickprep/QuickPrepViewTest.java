package org.findinggood.coachdesk.ui.quickprep;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
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
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Quick Prep tab with real controls (headless) on the demo workspace. */
@ExtendWith(ApplicationExtension.class)
class QuickPrepViewTest {

    private final ExecutorService background = Executors.newFixedThreadPool(2);
    private final List<String> opened = new ArrayList<>();
    private final DemoRows demo = DemoRows.standard();
    private QuickPrepViewModel model;
    private QuickPrepView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        JsonShapeRecognizer recognizer = new JsonShapeRecognizer();
        model = new QuickPrepViewModel(demo.quickPrepSource(), Tasks.onFxThread(background),
                Clock.fixed(DemoRows.TODAY.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), recognizer, opened::add);
        view = new QuickPrepView(model, new JsonRenderer(recognizer, opened::add));
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
    void showsTheLatestWeekAndStepsBackWithTheSelector(FxRobot robot) throws Exception {
        Client client = demo.client(RelationshipStatus.ACTIVE, 0);
        select(robot, client);

        @SuppressWarnings("unchecked")
        ComboBox<WeekOption> week = robot.lookup("#quickPrepWeek").queryAs(ComboBox.class);
        int latest = week.getValue().weekNumber();
        assertThat(week.getValue().index()).isZero();
        assertThat(week.getItems()).hasSizeGreaterThan(3);
        assertThat(robot.lookup("#quickPrepThemes").queryAs(FlowPane.class).getChildren()).isNotEmpty();
        assertThat(robot.lookup("#quickPrepActivityCounts .json-bar").queryAll()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(robot.lookup("#quickPrepPermission").queryAs(Label.class).getText()).isNotEqualTo("—");
        assertThat(robot.lookup("#quickPrepCheckins").queryAs(GridPane.class).getChildren()).hasSizeGreaterThan(14);

        robot.clickOn("#quickPrepOlderWeek");
        assertThat(week.getValue().weekNumber()).isEqualTo(latest - 1);
        robot.clickOn("#quickPrepNewerWeek");
        assertThat(week.getValue().weekNumber()).isEqualTo(latest);
        assertThat(robot.lookup("#quickPrepNewerWeek").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void namesPendingAndEvidenceFoundSoTheRostersOpenFigureAddsUp(FxRobot robot) throws Exception {
        Client client = demo.client(RelationshipStatus.ACTIVE, 0);
        long pending = demo.data().agreedActivities().stream().filter(a -> a.clientEmail().equals(client.email())
                && a.status() == org.findinggood.coachdesk.model.ActivityStatus.PENDING).count();
        long evidence = demo.data().agreedActivities().stream().filter(a -> a.clientEmail().equals(client.email())
                && a.status() == org.findinggood.coachdesk.model.ActivityStatus.EVIDENCE_FOUND).count();
        assertThat(evidence).as("the demo's first active client has evidence to review").isPositive();
        select(robot, client);
        assertThat(robot.lookup("#quickPrepPending").queryAs(Label.class).getText())
                .isEqualTo(pending + " pending " + (pending == 1 ? "activity" : "activities"));
        Label note = robot.lookup("#quickPrepEvidenceFound").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("and " + evidence + " with evidence found, to review: "
                + (pending + evidence) + " open in all, as on the roster");
    }

    @Test
    void ticksQuestionsAndCopiesThemToTheClipboard(FxRobot robot) throws Exception {
        select(robot, demo.client(RelationshipStatus.ACTIVE, 0));
        Button copy = robot.lookup("#quickPrepCopyQuestions").queryAs(Button.class);
        assertThat(copy.isDisabled()).isTrue();
        javafx.scene.control.Label note = robot.lookup("#quickPrepCopyNote").queryAs(javafx.scene.control.Label.class);
        assertThat(note.getText()).as("the disabled button says why").isEqualTo("Tick the questions you want to ask, then copy them.");
        CheckBox first = robot.lookup("#quickPrepQuestion0").queryAs(CheckBox.class);
        CheckBox third = robot.lookup("#quickPrepQuestion2").queryAs(CheckBox.class);
        robot.interact(() -> view.lookup("#quickPrepScroll").getParent());
        robot.interact(() -> {
            first.setSelected(true);
            third.setSelected(true);
        });
        assertThat(copy.getText()).isEqualTo("Copy ticked (2)");
        robot.interact(copy::fire);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(first.getText() + System.lineSeparator() + third.getText());
        assertThat(note.getText()).as("a copy confirms, as Copy code does").isEqualTo("Copied 2 questions to the clipboard.");
    }

    @Test
    void calendarButtonOpensTheLinkAndHidesWithoutOne(FxRobot robot) throws Exception {
        Client withLink = demo.data().clients().stream().filter(c -> c.calendarLink() != null)
                .filter(c -> demo.data().weeklySnapshots().stream().anyMatch(s -> s.clientEmail().equals(c.email())))
                .findFirst().orElseThrow();
        select(robot, withLink);
        Button calendar = robot.lookup("#quickPrepCalendar").queryAs(Button.class);
        assertThat(calendar.isVisible()).isTrue();
        robot.interact(calendar::fire);
        assertThat(opened).containsExactly(withLink.calendarLink());

        Client without = demo.data().clients().stream().filter(c -> c.calendarLink() == null).findFirst().orElseThrow();
        select(robot, without);
        assertThat(calendar.isVisible()).isFalse();
    }

    @Test
    void aClientWithoutSnapshotsSaysSo(FxRobot robot) throws Exception {
        select(robot, demo.client(RelationshipStatus.ACTIVE, 0));
        assertThat(robot.lookup("#quickPrepExportPdf").query().isVisible()).isTrue();
        robot.interact(() -> model.relationshipStatusProperty().set(RelationshipStatus.PENDING_COACH_INVITE));
        select(robot, demo.client(RelationshipStatus.PENDING_COACH_INVITE, 0));
        // one note saying what will come and when, in place of the week's sections and their buttons
        assertThat(robot.lookup("#quickPrepNoSnapshot").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#quickPrepNoSnapshot").queryAs(Label.class).getText())
                .endsWith("has not accepted your invitation yet");
        assertThat(robot.lookup("#quickPrepNoSnapshotText").queryAs(Label.class).getText())
                .startsWith("Once they accept");
        for (String hidden : List.of("#quickPrepThemes", "#quickPrepQuestions", "#quickPrepCopyQuestions",
                "#quickPrepActivityCounts", "#quickPrepExportPdf", "#quickPrepExportMarkdown")) {
            assertThat(shown(robot.lookup(hidden).query())).as(hidden).isFalse();
        }
        assertThat(shownTexts(robot)).doesNotContain("—", "0 pending activities", "No pending activities");
    }

    @Test
    void anEmptySectionOfAWeekSaysWhatIsMissing(FxRobot robot) throws Exception {
        select(robot, demo.client(RelationshipStatus.ACTIVE, 0));
        robot.interact(() -> model.tickAll(false));
        assertThat(robot.lookup("#quickPrepNoSnapshotNote").query().isVisible()).isFalse();
        // every "—" the sections used to show is now a sentence
        assertThat(shownTexts(robot)).doesNotContain("—");
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> shownTexts(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().filter(QuickPrepViewTest::shown)
                .map(Label::getText).toList();
    }

    /** The prep sheet comes from the view model's data (not a screenshot): PDF rendered to PNG and checked. */
    @Test
    void exportsThePrepSheetAsPdfAndMarkdown(FxRobot robot) throws Exception {
        select(robot, demo.client(RelationshipStatus.ACTIVE, 0));
        robot.interact(() -> model.questions().get(0).setTicked(true));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("prep-sheet");
        java.nio.file.Path pdf = dir.resolve("prep.pdf");
        java.nio.file.Path md = dir.resolve("prep.md");
        java.util.concurrent.CompletableFuture<?>[] jobs = new java.util.concurrent.CompletableFuture<?>[2];
        robot.interact(() -> {
            jobs[0] = model.exportTo(pdf, org.findinggood.coachdesk.ui.quickprep.export.PrepSheetFormat.PDF).future();
            jobs[1] = model.exportTo(md, org.findinggood.coachdesk.ui.quickprep.export.PrepSheetFormat.MARKDOWN).future();
        });
        java.util.concurrent.CompletableFuture.allOf(jobs).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quickPrepExportStatus").queryAs(Label.class).getText()).startsWith("Saved the prep sheet");
        String question = model.questions().get(0).text();
        assertThat(java.nio.file.Files.readString(md)).contains("- \\[x\\] " + question);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Quick Prep: " + demo.client(RelationshipStatus.ACTIVE, 0).name(),
                    model.permissionProperty().get(), "Check-ins, last 14 days", "[x]");
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110);
            assertThat(org.findinggood.coachdesk.ui.quickprep.export.PrepSheetPdfTest.inkRatio(page)).isBetween(0.005, 0.5);
            java.nio.file.Path out = java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            java.nio.file.Files.createDirectories(out);
            javax.imageio.ImageIO.write(page, "png", out.resolve("prep-sheet.png").toFile());
        }
    }

    @Test
    void screenshot(FxRobot robot) throws Exception {
        select(robot, demo.client(RelationshipStatus.ACTIVE, 0));
        robot.interact(() -> model.questions().get(0).setTicked(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                Screenshots.save(view, "quick-prep.png");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
