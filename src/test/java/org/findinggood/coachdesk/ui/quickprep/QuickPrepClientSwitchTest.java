package org.findinggood.coachdesk.ui.quickprep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.common.json.JsonTexts.LabelledText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Switching clients never shows the previous client's data, even when the previous load finishes
 * last. The slow source is a wrapper that holds one client's read on a latch: the only way to make
 * a real read reliably slower than the next one, so the race is deterministic rather than timed.
 * A single-thread executor plays the FX thread, as in the app.
 */
class QuickPrepClientSwitchTest {

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final CountDownLatch releaseAna = new CountDownLatch(1);
    private final CountDownLatch anaStarted = new CountDownLatch(1);
    private final Map<String, QuickPrepData> rows = Map.of(
            "ana@example.com", QuickPrepFixtures.data("ana@example.com", "Ana"),
            "ben@example.com", QuickPrepFixtures.data("ben@example.com", "Ben"));

    private final QuickPrepSource slowForAna = (email, today) -> {
        if (email.startsWith("ana")) {
            anaStarted.countDown();
            assertThat(releaseAna.await(30, TimeUnit.SECONDS)).isTrue();
        }
        return rows.get(email);
    };

    private final QuickPrepViewModel model = new QuickPrepViewModel(slowForAna, new Tasks(background, ui),
            Clock.fixed(QuickPrepFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            new JsonShapeRecognizer(), url -> { });

    @AfterEach
    void stop() {
        releaseAna.countDown();
        background.shutdownNow();
        ui.shutdownNow();
    }

    private <T> T onUi(Callable<T> read) throws Exception {
        return ui.submit(read).get(30, TimeUnit.SECONDS);
    }

    /** Waits until every started background read has finished and its callback has run on the UI thread. */
    private void settle() throws Exception {
        background.shutdown();
        assertThat(background.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        onUi(() -> null);
    }

    private void awaitRenders(int count) throws Exception {
        for (int i = 0; i < 3000 && onUi(() -> model.renderCountProperty().get()) < count; i++) {
            Thread.sleep(10);
        }
        assertThat(onUi(() -> model.renderCountProperty().get())).isEqualTo(count);
    }

    @Test
    void aSlowLoadForThePreviousClientNeverOverwritesTheCurrentOne() throws Exception {
        onUi(() -> {
            model.show("ben@example.com");
            return null;
        });
        awaitRenders(1);
        assertThat(onUi(() -> model.clientNameProperty().get())).isEqualTo("Ben");

        onUi(() -> {
            model.show("ana@example.com");
            return null;
        });
        assertThat(anaStarted.await(30, TimeUnit.SECONDS)).isTrue();
        // while Ana loads, nothing of Ben is left on screen
        assertThat(onUi(() -> model.clientNameProperty().get())).isEmpty();
        assertThat(onUi(() -> List.copyOf(model.themes()))).isEmpty();
        assertThat(onUi(() -> List.copyOf(model.questions()))).isEmpty();
        assertThat(onUi(() -> model.permissionProperty().get())).isEmpty();
        assertThat(onUi(() -> model.calendarLinkProperty().get())).isEmpty();
        assertThat(onUi(() -> model.loadingProperty().get())).isTrue();

        onUi(() -> {
            model.show("ben@example.com");
            return null;
        });
        awaitRenders(2);
        releaseAna.countDown();
        settle();

        assertThat(onUi(() -> model.renderCountProperty().get())).as("Ana's late result was dropped").isEqualTo(2);
        assertThat(onUi(() -> model.clientNameProperty().get())).isEqualTo("Ben");
        assertThat(onUi(() -> model.calendarLinkProperty().get())).isEqualTo("https://cal.example.com/ben");
        assertThat(onUi(() -> model.themes().stream().map(LabelledText::label).toList())).contains("Boundaries ×3");
        assertThat(onUi(() -> model.loadingProperty().get())).isFalse();
    }

    @Test
    void clearingTheSelectionDropsALoadInFlight() throws Exception {
        onUi(() -> {
            model.show("ana@example.com");
            return null;
        });
        assertThat(anaStarted.await(30, TimeUnit.SECONDS)).isTrue();
        onUi(() -> {
            model.show(null);
            return null;
        });
        releaseAna.countDown();
        settle();
        assertThat(onUi(() -> model.renderCountProperty().get())).isZero();
        assertThat(onUi(() -> model.clientNameProperty().get())).isEmpty();
        assertThat(onUi(() -> model.loadingProperty().get())).isFalse();
    }
}
