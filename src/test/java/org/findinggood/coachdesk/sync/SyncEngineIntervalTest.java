package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The routine interval changes on a running engine (the coach changed it in Settings). */
class SyncEngineIntervalTest {

    private final AtomicInteger rounds = new AtomicInteger();
    private final SyncEngine engine = new SyncEngine(progress -> rounds.incrementAndGet(), () -> true, LocalCounts.NONE,
            new SyncSchedule(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1)),
            Clock.fixed(Instant.parse("2026-11-25T01:30:00Z"), ZoneOffset.UTC), new SyncFailures());

    @AfterEach
    void stop() {
        engine.stop();
    }

    @Test
    void aShorterIntervalTakesEffectWithoutARestart() throws Exception {
        engine.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rounds.get() == 1);
        // With the hourly schedule nothing else would run during this test.
        engine.changeInterval(Duration.ofMillis(40));
        assertThat(engine.schedule().interval()).isEqualTo(Duration.ofMillis(40));
        assertThat(engine.schedule().probeInterval()).isEqualTo(Duration.ofHours(1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rounds.get() >= 4);

        engine.changeInterval(Duration.ofHours(2));
        int settled = rounds.get();
        Thread.sleep(300); // the old 40 ms timer must be gone: at most the round already due may still run
        assertThat(rounds.get()).isLessThanOrEqualTo(settled + 1);
    }

    @Test
    void aNonPositiveIntervalIsRefused() {
        assertThatThrownBy(() -> engine.changeInterval(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
