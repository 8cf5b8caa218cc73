package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's scheduling rules with a scripted round (the real push/pull round is exercised in
 * {@code CoachSyncTest}; here only when and how often rounds run matters).
 */
class SyncEngineTest {

    private static final Instant NOW = Instant.parse("2026-11-25T01:30:00Z");
    private static final SyncSchedule QUICK = new SyncSchedule(Duration.ofHours(1), Duration.ofMillis(50),
            Duration.ofHours(1), Duration.ofMillis(50));

    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final List<SyncStatus> events = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile RuntimeException failWith;
    private final AtomicBoolean reachable = new AtomicBoolean(false);
    private SyncEngine engine;

    private final SyncRound scripted = progress -> {
        int now = concurrent.incrementAndGet();
        maxConcurrent.accumulateAndGet(now, Math::max);
        try {
            rounds.incrementAndGet();
            entered.countDown();
            progress.begin(SyncPhase.PULLING, "agreed_activities", 2);
            awaitGate();
            progress.advance(1);
            progress.advance(1);
            RuntimeException failure = failWith;
            if (failure != null) {
                throw failure;
            }
        } finally {
            concurrent.decrementAndGet();
        }
    };

    private void awaitGate() {
        try {
            assertThat(gate.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SyncEngine engine(LocalCounts counts) {
        engine = new SyncEngine(scripted, reachable::get, counts, QUICK, Clock.fixed(NOW, ZoneOffset.UTC),
                new SyncFailures());
        engine.addListener(events::add);
        return engine;
    }

    @AfterEach
    void stop() {
        gate.countDown();
        if (engine != null) {
            engine.stop();
        }
    }

    @Test
    void requestsDuringARoundCoalesceIntoOneFollowUp() throws Exception {
        engine(LocalCounts.NONE);
        gate = new CountDownLatch(1);
        engine.start();
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<SyncStatus>> waiting = new ArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                synchronized (waiting) {
                    waiting.add(engine.syncNow());
                }
            });
            callers.add(t);
            t.start();
        }
        for (Thread t : callers) {
            t.join();
        }
        gate.countDown();
        for (CompletableFuture<SyncStatus> f : waiting) {
            assertThat(f.get(5, TimeUnit.SECONDS).lastSuccess()).isEqualTo(NOW);
        }
        assertThat(rounds).hasValue(2);
        assertThat(maxConcurrent).hasValue(1);
        assertThat(waiting).hasSize(8).allMatch(f -> f == waiting.get(0));
    }

    @Test
    void publishesPhaseProgressAndSuccess() throws Exception {
        AtomicInteger pending = new AtomicInteger(3);
        engine(new LocalCounts() {
            @Override
            public int pendingEdits() {
                return pending.get();
            }

            @Override
            public int conflicts() {
                return 1;
            }
        });
        engine.start();
        SyncStatus after = engine.syncNow().get(5, TimeUnit.SECONDS);
        assertThat(after.phase()).isEqualTo(SyncPhase.IDLE);
        assertThat(after.lastSuccess()).isEqualTo(NOW);
        assertThat(after.pendingEdits()).isEqualTo(3);
        assertThat(after.conflicts()).isEqualTo(1);
        assertThat(after.hasError()).isFalse();
        assertThat(events.get(0)).isEqualTo(SyncStatus.initial());
        assertThat(events).anySatisfy(s -> {
            assertThat(s.phase()).isEqualTo(SyncPhase.PULLING);
            assertThat(s.table()).isEqualTo("agreed_activities");
            assertThat(s.rowsDone()).isEqualTo(2);
            assertThat(s.rowsTotal()).isEqualTo(2);
            assertThat(s.running()).isTrue();
        });
    }

    @Test
    void aFailureBecomesOneSentenceWithDetailsAndEditsStayCounted() throws Exception {
        engine(LocalCounts.NONE);
        failWith = new IllegalStateException("boom in the round");
        engine.start();
        SyncStatus after = engine.syncNow().get(5, TimeUnit.SECONDS);
        assertThat(after.hasError()).isTrue();
        assertThat(after.offline()).isFalse();
        assertThat(after.errorSentence()).contains("edits are kept").doesNotContain("\n");
        assertThat(after.errorDetails()).contains("IllegalStateException: boom in the round");
        assertThat(after.lastSuccess()).isNull();

        failWith = null;
        SyncStatus healed = engine.syncNow().get(5, TimeUnit.SECONDS);
        assertThat(healed.hasError()).isFalse();
        assertThat(healed.lastSuccess()).isEqualTo(NOW);
    }

    @Test
    void offlineIsQuietAndAReconnectTriggersARound() throws Exception {
        engine(LocalCounts.NONE);
        failWith = new UncheckedIOException(new ConnectException("Connection refused"));
        engine.start();
        SyncStatus after = engine.syncNow().get(5, TimeUnit.SECONDS);
        assertThat(after.offline()).isTrue();
        assertThat(after.errorSentence()).isNull();
        int before = rounds.get();

        failWith = null;
        reachable.set(true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (engine.status().offline() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(engine.status().offline()).isFalse();
        assertThat(rounds.get()).isGreaterThan(before);
        assertThat(engine.status().lastSuccess()).isEqualTo(NOW);
    }

    @Test
    void aLocalEditPushesSoonInOneRoundForABurst() throws Exception {
        engine(LocalCounts.NONE);
        engine.start();
        engine.syncNow().get(5, TimeUnit.SECONDS);
        int before = rounds.get();
        for (int i = 0; i < 10; i++) {
            engine.localEditsChanged();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (rounds.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        assertThat(rounds.get()).isEqualTo(before + 1);
    }

    @Test
    void afterStopRequestsDoNothing() throws Exception {
        engine(LocalCounts.NONE);
        engine.start();
        engine.syncNow().get(5, TimeUnit.SECONDS);
        engine.stop();
        int before = rounds.get();
        assertThat(engine.syncNow().get(1, TimeUnit.SECONDS)).isNotNull();
        assertThat(rounds.get()).isEqualTo(before);
    }
}
