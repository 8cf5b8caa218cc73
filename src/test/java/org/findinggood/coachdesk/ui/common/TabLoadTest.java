package org.findinggood.coachdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class TabLoadTest {

    /** Runs work at once and holds the callbacks until {@link #finish()}, like a slow read. */
    private static final class Held implements Executor {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            waiting.add(command);
        }

        void finish() {
            List<Runnable> now = new ArrayList<>(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aFinishedReadLowersLoadingAndHandsOverItsResult() {
        TabLoad load = new TabLoad(Tasks.sameThread());
        List<String> seen = new ArrayList<>();
        load.startOver();
        load.run(() -> "data", seen::add, failure -> seen.add("failed"));
        assertThat(seen).containsExactly("data");
        assertThat(load.loadingProperty().get()).isFalse();
        assertThat(load.errorProperty().get()).isEmpty();
    }

    @Test
    void loadingIsUpWhileTheReadRuns() {
        Held ui = new Held();
        TabLoad load = new TabLoad(new Tasks(Runnable::run, ui));
        load.startOver();
        load.run(() -> "data", result -> { }, failure -> { });
        assertThat(load.loadingProperty().get()).isTrue();
        ui.finish();
        assertThat(load.loadingProperty().get()).isFalse();
    }

    @Test
    void aReadOvertakenByANewSelectionIsDropped() {
        Held ui = new Held();
        TabLoad load = new TabLoad(new Tasks(Runnable::run, ui));
        List<String> seen = new ArrayList<>();
        load.startOver();
        load.run(() -> "old client", seen::add, failure -> seen.add("failed"));
        load.startOver();
        load.run(() -> "new client", seen::add, failure -> seen.add("failed"));
        ui.finish();
        assertThat(seen).containsExactly("new client");
        assertThat(load.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedReadIsShownWithDetailsAndClearedByTheNextSelection() {
        TabLoad load = new TabLoad(Tasks.sameThread());
        List<Throwable> failures = new ArrayList<>();
        load.startOver();
        load.run(() -> {
            throw new IOException("disk gone");
        }, result -> { }, failure -> {
            failures.add(failure);
            load.fail("Could not read.", failure);
        });
        assertThat(failures).hasSize(1);
        assertThat(load.loadingProperty().get()).isFalse();
        assertThat(load.errorProperty().get()).isEqualTo("Could not read.");
        assertThat(load.errorDetailsProperty().get()).isEqualTo("java.io.IOException: disk gone");

        load.startOver();
        load.idle();
        assertThat(load.errorProperty().get()).isEmpty();
        assertThat(load.errorDetailsProperty().get()).isEmpty();
    }

    @Test
    void aFailureOvertakenByANewSelectionIsDropped() {
        Held ui = new Held();
        TabLoad load = new TabLoad(new Tasks(Runnable::run, ui));
        load.startOver();
        load.run(() -> {
            throw new IOException("late");
        }, result -> { }, failure -> load.fail("Could not read.", failure));
        load.startOver();
        load.idle();
        ui.finish();
        assertThat(load.errorProperty().get()).isEmpty();
        assertThat(load.loadingProperty().get()).isFalse();
    }
}
