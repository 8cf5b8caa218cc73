package org.findinggood.coachdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.findinggood.coachdesk.export.WorkspaceExport;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CachedRows;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.tabs.DemoCache;
import org.findinggood.coachdesk.ui.tabs.DemoRows;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export dialog over a real export of the demo cache: the bar moves with the rows written (held
 * half-way by the test to look at it), then the sentence names the file; a folder that cannot be
 * written gives one sentence with copyable details and no file.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Stage stage;
    private CacheDatabase db;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 500, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private ExportViewModel model(CountDownLatch halfway, CountDownLatch goOn) {
        db = DemoCache.open(dir.resolve("demo.db"), DemoRows.standard().data());
        CachedRows rows = new CachedRows(db);
        return new ExportViewModel((target, email, progress) -> new WorkspaceExport(rows, CLOCK).write(target, email,
                (done, total) -> {
                    progress.rowsWritten(done, total);
                    if (done >= total / 2 && halfway.getCount() > 0) {
                        halfway.countDown();
                        try {
                            goOn.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }).totalRows(), Tasks.onFxThread(Executors.newSingleThreadExecutor()), Platform::runLater);
    }

    @Test
    void theBarFollowsTheRowsThenTheSentenceNamesTheFile(FxRobot robot) throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ExportViewModel model = model(halfway, goOn);
        Path target = dir.resolve("exports").resolve(ExportViewModel.suggestedFileName(null, LocalDate.of(2026, 12, 5)));
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            new ExportDialog(stage, model).show();
            model.start(target, null, "your workspace");
        });
        assertThat(halfway.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportProgress").queryAs(ProgressBar.class).getProgress() >= 0.49);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportProgress").queryAs(ProgressBar.class).getProgress()).isLessThan(1);
        assertThat(robot.lookup("#exportMessage").queryAs(Label.class).getText()).isEqualTo("Exporting your workspace\u2026");
        assertThat(Files.exists(target)).as("nothing under the name before it is whole").isFalse();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(robot.lookup("#exportDialog").query(), "export-progress.png"))
                .get(10, TimeUnit.SECONDS);
        goOn.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportMessage").queryAs(Label.class).getText())
                .matches("Exported your workspace \\(\\d+ rows\\) to .*coach-desk-export-2026-12-05\\.zip\\.");
        assertThat(Files.size(target)).isPositive();
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(robot.lookup("#exportDialog").query(), "export-done-dark.png"))
                .get(10, TimeUnit.SECONDS);
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneSentenceWithDetails(FxRobot robot) throws Exception {
        ExportViewModel model = model(new CountDownLatch(0), new CountDownLatch(0));
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        Path target = notAFolder.resolve("export.zip");
        robot.interact(() -> {
            new ExportDialog(stage, model).show();
            model.start(target, null, "your workspace");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.failedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exportError").queryAs(Label.class).getText()).isEqualTo("The export could not be "
                + "written to export.zip; nothing was left half-written there. Check that the folder is writable and has"
                + " room, then try again.");
        assertThat(model.detailsProperty().get()).startsWith("java.nio.file.FileAlreadyExistsException: ");
        assertThat(robot.lookup("#exportCopyDetails").query().isVisible()).isTrue();
        assertThat(robot.lookup("#exportProgress").query().isVisible()).isFalse();
        WaitForAsyncUtils.asyncFx(() -> Screenshots.save(robot.lookup("#exportDialog").query(), "export-failed.png"))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void fileNamesCarryTheClientAndTheDay() {
        assertThat(ExportViewModel.suggestedFileName("Zoë O'Neill", LocalDate.of(2026, 12, 5)))
                .isEqualTo("coach-desk-zoë-o-neill-2026-12-05.zip");
        assertThat(ExportViewModel.suggestedFileName(null, LocalDate.of(2026, 12, 5))).isEqualTo("coach-desk-export-2026-12-05.zip");
    }
}
