package org.findinggood.coachdesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A rejected edit (the server refuses it every time) in the conflicts window, on a real cache: the coach sees
 * the server's reason, "Retry my edit" and "Discard my edit"; discarding gives back the server's notes.
 */
@ExtendWith(ApplicationExtension.class)
class RejectedEditViewTest {

    private static final String REASON = "Coach notes may not hold secrets";
    private CacheDatabase db;
    private AgreedActivity activity;
    private ConflictsView view;
    private AppTheme theme;

    @Start
    void start(Stage stage) throws Exception {
        db = CacheDatabase.open(Files.createTempDirectory("rejected-ui").resolve("cache.db"), CacheKey.forDemo()).database();
        DemoWorkspace.standard(LocalDate.of(2026, 11, 25)).writeTo(db);
        activity = new AgreedActivityRepository(db).all().stream().filter(a -> a.status() == ActivityStatus.PENDING)
                .findFirst().orElseThrow();
        new LocalEdits(db).editCoachNotes(activity.id(), "The secret plan");
        var entry = new OutboxRepository(db).forRow("agreed_activities", activity.id()).orElseThrow();
        new ConflictRepository(db).reject(entry, new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).valueToTree(activity), REASON,
                "HTTP 400, code P0001\nThe server rejected the values (a database rule says no).");
        ConflictRepository conflicts = new ConflictRepository(db);
        ConflictsViewModel model = new ConflictsViewModel(new ConflictsViewModel.ConflictStore() {
            @Override
            public List<Conflict> list() {
                return conflicts.list();
            }

            @Override
            public void resolve(Conflict conflict, ConflictResolution resolution) {
                conflicts.resolve(conflict, resolution);
            }
        }, Tasks.onFxThread(Runnable::run), () -> { });
        theme = new AppTheme(new SimpleObjectProperty<>(ThemeChoice.LIGHT));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        view = new ConflictsView(stage, model);
        theme.style(view.getDialogPane().getScene());
        view.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            theme.choiceProperty().set(ThemeChoice.LIGHT);
            view.close();
        }).get(5, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void theServersReasonAndTheTwoChoicesShowAndDiscardGivesTheServersRowBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#refusalError").queryAs(Label.class).getText())
                .isEqualTo("The server refused this edit: " + REASON + ". Change the row and retry, or discard your edit.");
        assertThat(robot.lookup("#keepMineButton").queryAs(Button.class).getText()).isEqualTo("Retry my edit");
        assertThat(robot.lookup("#takeTheirsButton").queryAs(Button.class).getText()).isEqualTo("Discard my edit");
        assertThat(robot.lookup("#refusalCopyDetails").query().isVisible()).isTrue();
        for (ThemeChoice look : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            Path shot = WaitForAsyncUtils.asyncFx(() -> {
                theme.choiceProperty().set(look);
                view.getDialogPane().applyCss();
                view.getDialogPane().layout();
                return Screenshots.save(view.getDialogPane(), "rejected-edit-" + look.name().toLowerCase() + ".png");
            }).get(10, TimeUnit.SECONDS);
            assertThat(shot).exists();
        }

        robot.clickOn("#takeTheirsButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#conflictList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(new AgreedActivityRepository(db).findById(activity.id()).orElseThrow().coachNotes())
                .isEqualTo(activity.coachNotes());
        assertThat(new OutboxRepository(db).count()).isZero();
    }
}
