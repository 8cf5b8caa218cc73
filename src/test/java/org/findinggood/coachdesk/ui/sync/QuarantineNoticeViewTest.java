package org.findinggood.coachdesk.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.QuarantineRepository;
import org.findinggood.coachdesk.sync.QuarantineNotice;
import org.findinggood.coachdesk.sync.SyncFailure;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import org.findinggood.coachdesk.ui.tabs.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the coach sees while a server row is kept aside (issue 18 item 5): the status bar's sentence, whole (it
 * wraps, never cut to "..."), with "Copy details", at 1280 and 1920 pixels wide, light and dark. Screenshots in
 * target/screenshots/quarantine-notice-*.png.
 */
@ExtendWith(ApplicationExtension.class)
class QuarantineNoticeViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    /** Sized to each window size in turn (the headless screen is smaller than 1920 x 1080). */
    private BorderPane window;
    private SyncStatusViewModel model;
    private AppTheme theme;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = SyncStatusViewModel.forWorkspace(Clock.fixed(Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC),
                new SyncStatusViewModel.Actions() {
                    @Override
                    public void syncNow() {
                    }

                    @Override
                    public void openConflicts() {
                    }
                });
        window = new BorderPane();
        window.setBottom(new SyncStatusBar(model));
        Scene scene = new Scene(new javafx.scene.Group(window), 1280, 720);
        theme = new AppTheme(new SimpleObjectProperty<>(ThemeChoice.LIGHT));
        theme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSentenceIsWholeWithItsCopyLinkAtBothWidthsLightAndDark(FxRobot robot) throws Exception {
        SyncFailure notice;
        try (CacheDatabase cache = CacheDatabase.open(dir.resolve("cache.db"), CacheKey.none()).database()) {
            QuarantineRepository kept = new QuarantineRepository(cache);
            kept.put("weekly_snapshots", java.util.UUID.randomUUID(), "JsonMappingException: Document nesting depth (1001) "
                    + "exceeds the maximum allowed (1000)", "{\"id\":\"...\",\"themes\":[[[[[[[[[[", Instant.now());
            notice = new QuarantineNotice(kept).current().orElseThrow();
        }
        Instant synced = Instant.parse("2026-12-05T11:58:00Z");
        WaitForAsyncUtils.asyncFx(() -> model.show(null, null, 0, -1, synced, false, notice.sentence(),
                notice.details(), 0, 0)).get();

        for (ThemeChoice choice : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            for (int width : new int[] {1280, 1920}) {
                int height = width == 1280 ? 720 : 1080;
                WaitForAsyncUtils.asyncFx(() -> {
                    theme.choiceProperty().set(choice);
                    window.setMinSize(width, height);
                    window.setMaxSize(width, height);
                    window.resize(width, height);
                    window.applyCss();
                    window.layout();
                }).get();
                WaitForAsyncUtils.waitForFxEvents();

                Label sentence = robot.lookup("#syncError").queryAs(Label.class);
                assertThat(sentence.isVisible()).isTrue();
                assertThat(sentence.getText()).startsWith("1 row from the server could not be shown");
                // the text drawn is the whole sentence: not cut to "..."
                Text drawn = (Text) sentence.lookup(".text");
                assertThat(drawn.getText().replace("\n", " ").replaceAll(" +", " ")).isEqualTo(notice.sentence());
                Hyperlink copy = robot.lookup("#syncCopyDetails").queryAs(Hyperlink.class);
                assertThat(copy.isVisible()).isTrue();
                assertThat(((Text) copy.lookup(".text")).getText()).isEqualTo("Copy details");
                String name = "quarantine-notice-" + width + "-" + choice.name().toLowerCase(java.util.Locale.ROOT) + ".png";
                WaitForAsyncUtils.asyncFx(() -> Screenshots.save(window, name)).get();
            }
        }
    }
}
