package org.findinggood.coachdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.findinggood.coachdesk.testsupport.career.Career;
import org.findinggood.coachdesk.testsupport.career.CareerScale;
import org.findinggood.coachdesk.testsupport.career.CareerWorkspace;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.findinggood.coachdesk.app.SignedInApp;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncEngine;

/**
 * How long the FX thread stalls while the app's own SyncEngine pulls ~100,000 rows from the local
 * Supabase stand-in into the cache behind a shown roster. The whole app runs in this JVM (headless
 * Monocle), signed in through its sign-in screen; an {@link AnimationTimer} keeps pulses coming and
 * records the longest gap between two pulses. Baseline from the same run: the longest gap while the
 * app sits idle on its demo roster for as long. A gap of ~17 ms is one frame at 60 Hz.
 * {@code -Dbench.stallClients=N} scales the sync (1,000 rows per client, default 100).
 */
final class FxStallBenchmark implements Benchmark {

    private static final String COACH = "stall-coach@example.org";
    private static final String PASSPHRASE = "bench passphrase for the secrets file";

    /** Writes the coach's rows on the server; returns the roster rows the synced app must show. */
    interface ServerRows {
        int write(Connection c, UUID coachId, BenchReport report) throws Exception;
    }

    private final String name;
    private final ServerRows rows;

    /** ~100,000 rows ({@code -Dbench.stallClients=N}, 1,000 rows per client). */
    FxStallBenchmark() {
        this("fx-stall", (c, coachId, report) -> {
            int clients = Integer.getInteger("bench.stallClients", 100);
            ServerSeed seed = new ServerSeed(clients, 5, 100, 104, 780, 8);
            seed.write(c, coachId, "client");
            report.note(seed.totalRows() + " rows for " + clients + " clients seeded");
            return clients;
        });
    }

    /** @param name also the prefix of the figures ({@code career-fx-stall-max-ms}) */
    FxStallBenchmark(String name, ServerRows rows) {
        this.name = name;
        this.rows = rows;
    }

    /** The background sync of a career (300 clients, up to five years). */
    static FxStallBenchmark career() {
        return new FxStallBenchmark("career-fx-stall", (c, coachId, report) -> {
            Career career = CareerWorkspace.generate(c, coachId, CareerCache.SEED, CareerScale.fromProperty());
            report.note("career: " + career.rowsInScope() + " rows for " + career.clientEmails().size() + " clients");
            return career.clientEmails().size();
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path home = Files.createTempDirectory("coachdesk-stall");
        startToolkit();
        PulseGaps gaps = new PulseGaps();
        SignedInApp app = null;
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            UUID coachId = stack.coach(COACH);
            int clients;
            try (Connection c = stack.sql()) {
                clients = rows.write(c, coachId, report);
            }
            // The seeding's garbage, and what earlier sections of this JVM left, are not the app's to collect.
            System.gc();

            app = SignedInApp.start(home);
            SignedInApp.onFx(() -> {
                gaps.start();
                return null;
            });
            Thread.sleep(3_000); // the demo opens and settles
            gaps.reset();
            Thread.sleep(10_000);
            long idleMax = gaps.maxMillis();
            long idlePulses = gaps.pulses();

            app.signIn(stack.supabase().baseUrl(), stack.supabase().anonKey(), COACH, LocalSyncStack.PASSWORD, PASSPHRASE);
            SyncEngine engine = app.syncEngine();
            SignedInApp.waitFor(() -> engine.status().running() || engine.status().lastSuccess() != null);
            // The main window's first layout (built when the workspace opened) is not the sync's doing.
            Thread.sleep(500);
            gaps.reset();
            FxThreadSampler sampler = new FxThreadSampler();
            sampler.start();
            GcPauses gc = new GcPauses();
            long started = System.nanoTime();
            waitForSync(engine);
            long syncMillis = (System.nanoTime() - started) / 1_000_000;
            sampler.interrupt();
            sampler.join();
            gc.close();
            report.note("garbage collections during the sync: " + gc.count() + ", longest pause " + gc.maxMillis() + " ms");
            report.note("where the FX thread was busy during the sync (samples every 5 ms): " + sampler.top(8));
            long syncMax = gaps.maxMillis();
            SignedInApp shown = app;
            SignedInApp.waitFor(() -> shown.rosterRows() == clients);
            if (engine.status().hasError()) {
                throw new IllegalStateException("the sync failed: " + engine.status().errorSentence());
            }
            report.note("sync of " + clients + " clients in the app took " + syncMillis + " ms; "
                    + gaps.pulses() + " pulses, " + gaps.over(50) + " gaps over 50 ms, " + gaps.over(33) + " over 33 ms"
                    + "; idle baseline " + idlePulses + " pulses");
            report.metric(name + "-max-ms", syncMax);
            report.metric(name + "-idle-max-ms", idleMax);
            report.metric(name + "-vs-idle", (double) syncMax / Math.max(1, idleMax));
            report.metric(name + "-sync-ms", syncMillis);
        } finally {
            SignedInApp.onFx(() -> {
                gaps.stop();
                return null;
            });
            if (app != null) {
                app.stop();
            }
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void waitForSync(SyncEngine engine) throws InterruptedException {
        long until = System.nanoTime() + 15L * 60 * 1_000_000_000;
        while (engine.status().lastSuccess() == null && !engine.status().hasError()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the first sync did not finish within 15 minutes");
            }
            Thread.sleep(50);
        }
    }

    private static void startToolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another benchmark started it
        }
        Platform.setImplicitExit(false);
    }

    /** Every GC pause while open (stop-the-world pauses stall the FX thread too). */
    private static final class GcPauses implements AutoCloseable {
        private final java.util.List<Runnable> removals = new java.util.ArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong max = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();

        GcPauses() {
            for (java.lang.management.GarbageCollectorMXBean bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (bean instanceof javax.management.NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (notification, handback) -> {
                        if (notification.getType().equals(
                                com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                    (javax.management.openmbean.CompositeData) notification.getUserData());
                            if (!info.getGcName().contains("Concurrent")) {
                                count.incrementAndGet();
                                max.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
                            }
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    removals.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException ignored) {
                            // already gone
                        }
                    });
                }
            }
        }

        long maxMillis() {
            return max.get();
        }

        long count() {
            return count.get();
        }

        @Override
        public void close() {
            removals.forEach(Runnable::run);
        }
    }

    /** Samples the FX thread's stack while it runs, to tell what a stall was spent on. */
    private static final class FxThreadSampler extends Thread {
        private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        private int samples;

        FxThreadSampler() {
            super("fx-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            Thread fx = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElse(null);
            while (fx != null && !isInterrupted()) {
                StackTraceElement[] stack = fx.getStackTrace();
                if (fx.getState() == State.RUNNABLE && stack.length > 0 && !stack[0].getMethodName().startsWith("_runLoop")) {
                    samples++;
                    counts.merge(frame(stack), 1, Integer::sum);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static String frame(StackTraceElement[] stack) {
            for (StackTraceElement e : stack) {
                if (e.getClassName().startsWith("org.findinggood")) {
                    return e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "." + e.getMethodName()
                            + " < " + stack[0].getClassName().substring(stack[0].getClassName().lastIndexOf('.') + 1)
                            + "." + stack[0].getMethodName();
                }
            }
            StackTraceElement top = stack[Math.min(stack.length - 1, 2)];
            return top.getClassName() + "." + top.getMethodName();
        }

        String top(int n) {
            return samples + " busy samples; " + counts.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                    .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** Gaps between pulses, measured on the FX thread by an animation timer (which also keeps pulses coming). */
    private static final class PulseGaps extends AnimationTimer {
        private volatile long last;
        private volatile long max;
        private volatile long pulses;
        private final long[] buckets = new long[2];

        @Override
        public void handle(long frame) {
            long now = System.nanoTime();
            if (last != 0) {
                long gap = now - last;
                max = Math.max(max, gap);
                pulses++;
                if (gap > 33_000_000) {
                    buckets[0]++;
                }
                if (gap > 50_000_000) {
                    buckets[1]++;
                }
            }
            last = now;
        }

        void reset() throws Exception {
            SignedInApp.onFx(() -> {
                last = 0;
                max = 0;
                pulses = 0;
                buckets[0] = 0;
                buckets[1] = 0;
                return null;
            });
        }

        long maxMillis() {
            return max / 1_000_000;
        }

        long pulses() {
            return pulses;
        }

        long over(int millis) {
            return millis >= 50 ? buckets[1] : buckets[0];
        }
    }
}
