package org.findinggood.coachdesk.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync rounds on its own thread: at start, on demand, every few minutes, soon after a local
 * edit, and on reconnect (a cheap TCP probe while offline). Never runs two rounds at once: a request
 * that arrives while a round runs is folded into one follow-up round, however many arrive.
 *
 * <p>Listeners get every {@link SyncStatus} on the engine's thread, never the FX thread: a UI
 * listener hops to the FX thread itself.
 */
public final class SyncEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    private final SyncRound round;
    private final ConnectivityProbe probe;
    private final LocalCounts counts;
    private volatile SyncSchedule schedule;
    private final Clock clock;
    private final SyncFailures failures;
    private final QuarantineNotice quarantine;
    private final CopyOnWriteArrayList<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();

    private ScheduledExecutorService executor;
    private volatile SyncStatus status = SyncStatus.initial();
    private boolean running;
    private boolean stopped;
    private CompletableFuture<SyncStatus> current;
    private CompletableFuture<SyncStatus> followUp;
    private ScheduledFuture<?> retry;
    private ScheduledFuture<?> soon;
    private ScheduledFuture<?> routine;
    private int failuresInARow;
    private volatile Thread syncThread;

    public SyncEngine(SyncRound round, ConnectivityProbe probe, LocalCounts counts, SyncSchedule schedule, Clock clock,
            SyncFailures failures) {
        this(round, probe, counts, schedule, clock, failures, null);
    }

    /** {@code quarantine}: tells the coach, after each round, of server rows kept aside (null: never). */
    public SyncEngine(SyncRound round, ConnectivityProbe probe, LocalCounts counts, SyncSchedule schedule, Clock clock,
            SyncFailures failures, QuarantineNotice quarantine) {
        this.quarantine = quarantine;
        this.round = Objects.requireNonNull(round);
        this.probe = Objects.requireNonNull(probe);
        this.counts = Objects.requireNonNull(counts);
        this.schedule = Objects.requireNonNull(schedule);
        this.clock = Objects.requireNonNull(clock);
        this.failures = Objects.requireNonNull(failures);
    }

    /** Starts the engine's thread: a first round now, then every {@link SyncSchedule#interval()}. */
    public void start() {
        synchronized (lock) {
            if (executor != null) {
                return;
            }
            executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "coach-desk-sync");
                t.setDaemon(true);
                syncThread = t;
                return t;
            });
            scheduleRoutine();
            long probeEvery = schedule.probeInterval().toMillis();
            executor.scheduleWithFixedDelay(this::probeWhileOffline, probeEvery, probeEvery, TimeUnit.MILLISECONDS);
        }
        refreshCounts();
        request();
    }

    /**
     * Changes the time between routine rounds (the coach changed it in Settings): the next routine
     * round comes one new interval from now, not after the old one runs out.
     */
    public void changeInterval(Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("The sync interval must be positive: " + interval);
        }
        synchronized (lock) {
            schedule = new SyncSchedule(interval, schedule.probeInterval(), schedule.retryDelay(), schedule.editDelay());
            if (executor != null && !stopped) {
                scheduleRoutine();
            }
        }
    }

    /** The schedule in force (its interval changes with {@link #changeInterval}). */
    public SyncSchedule schedule() {
        return schedule;
    }

    private void scheduleRoutine() {
        synchronized (lock) {
            if (routine != null) {
                routine.cancel(false);
            }
            long every = schedule.interval().toMillis();
            routine = executor.scheduleWithFixedDelay(() -> request(), every, every, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Asks for a round now. If one runs, this joins the single follow-up round queued behind it.
     * The future completes with the status after that round (never exceptionally).
     */
    public CompletableFuture<SyncStatus> syncNow() {
        return request();
    }

    /**
     * Local edits were written (the outbox changed): update the pending count and push soon. Waits
     * {@link SyncSchedule#editDelay()} so a burst of edits goes out in one round.
     */
    public void localEditsChanged() {
        synchronized (lock) {
            if (executor == null || stopped) {
                return;
            }
            executor.execute(this::refreshCounts);
            if (soon == null || soon.isDone()) {
                soon = executor.schedule(() -> {
                    if (!status.offline()) {
                        request();
                    }
                }, schedule.editDelay().toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Hook for the cache's change listener ({@code CacheChanges}): an outbox change made by anyone but
     * the engine itself is a local edit to push soon; a conflict change (resolved by the coach) updates
     * the counts. The engine's own writes are ignored here, or every push would schedule another round.
     */
    public void cacheChanged(Set<String> tables) {
        if (Thread.currentThread() == syncThread) {
            return;
        }
        if (tables.contains("outbox")) {
            localEditsChanged();
        } else if (tables.contains("conflict")) {
            synchronized (lock) {
                if (executor != null && !stopped) {
                    executor.execute(this::refreshCounts);
                }
            }
        }
    }

    /**
     * The engine for one workspace, as the composition root builds it: rounds of {@link CoachSync}, a
     * TCP probe of the project's host while offline, counts from the outbox and conflict tables,
     * {@link SyncSchedule#standard()}, and a listener on the cache so local edits are pushed soon.
     * Call {@link #start()} once the coach is signed in, {@link #stop()} before closing the cache.
     */
    public static SyncEngine create(PostgrestClient rest, Supplier<Optional<AuthSession>> session, CacheDatabase db,
            URI projectUrl) {
        Clock clock = Clock.systemUTC();
        CoachSync round = new CoachSync(rest, session, db, SyncSettings.standard(), clock);
        LocalCounts counts = LocalCounts.of(db);
        SyncEngine engine = new SyncEngine(round, ConnectivityProbe.tcp(projectUrl, Duration.ofSeconds(3)), counts,
                SyncSchedule.standard(), clock, new SyncFailures(), QuarantineNotice.of(db));
        db.changes().addListener(engine::cacheChanged);
        return engine;
    }

    /** Re-reads pending edits and conflicts (e.g. after the coach resolved a conflict) and publishes them. */
    public void refreshCounts() {
        try {
            publish(status.counts(counts.pendingEdits(), counts.conflicts()));
        } catch (RuntimeException e) {
            LOG.warn("Could not count pending edits and conflicts", e);
        }
    }

    /** Adds a listener and tells it the current status right away. Returns a handle that removes it. */
    public AutoCloseable addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
        return () -> listeners.remove(listener);
    }

    public SyncStatus status() {
        return status;
    }

    /** Stops timers; a running round finishes its current page and the thread ends. */
    public void stop() {
        ScheduledExecutorService toStop;
        synchronized (lock) {
            stopped = true;
            toStop = executor;
            if (followUp != null) {
                followUp.complete(status);
                followUp = null;
            }
        }
        if (toStop != null) {
            toStop.shutdown();
            try {
                if (!toStop.awaitTermination(30, TimeUnit.SECONDS)) {
                    toStop.shutdownNow();
                }
            } catch (InterruptedException e) {
                toStop.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private CompletableFuture<SyncStatus> request() {
        synchronized (lock) {
            if (stopped || executor == null) {
                return CompletableFuture.completedFuture(status);
            }
            if (!running) {
                running = true;
                current = new CompletableFuture<>();
                CompletableFuture<SyncStatus> mine = current;
                executor.execute(this::runRounds);
                return mine;
            }
            if (followUp == null) {
                followUp = new CompletableFuture<>();
            }
            return followUp;
        }
    }

    private void runRounds() {
        while (true) {
            CompletableFuture<SyncStatus> done;
            synchronized (lock) {
                done = current;
            }
            SyncStatus after = runOneRound();
            done.complete(after);
            synchronized (lock) {
                if (followUp != null && !stopped) {
                    current = followUp;
                    followUp = null;
                    continue;
                }
                running = false;
                current = null;
                return;
            }
        }
    }

    private SyncStatus runOneRound() {
        cancelRetry();
        publish(status.online().progress(SyncPhase.PUSHING, null, 0, -1));
        try {
            round.run(new Progress());
            failuresInARow = 0;
            SyncStatus done = status.succeeded(clock.instant());
            Optional<SyncFailure> kept = quarantine == null ? Optional.empty() : quarantine.current();
            publish(kept.map(done::noticed).orElse(done));
        } catch (RuntimeException | Error e) {
            SyncFailure failure = failures.describe(e);
            failuresInARow++;
            if (failure.offline()) {
                LOG.info("Sync stopped: the server cannot be reached ({}); edits stay queued", e.getClass().getSimpleName());
            } else {
                LOG.warn("Sync failed: {}", failure.sentence(), e);
            }
            publish(status.failed(failure));
            if (failure.retryable() && !failure.offline()) {
                scheduleRetry();
            }
        }
        refreshCounts();
        return status;
    }

    private void scheduleRetry() {
        long base = schedule.retryDelay().toMillis();
        long delay = Math.min(schedule.interval().toMillis(), base << Math.min(failuresInARow - 1, 6));
        synchronized (lock) {
            if (executor != null && !stopped) {
                retry = executor.schedule(() -> request(), delay, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void cancelRetry() {
        synchronized (lock) {
            if (retry != null) {
                retry.cancel(false);
                retry = null;
            }
        }
    }

    private void probeWhileOffline() {
        if (!status.offline()) {
            return;
        }
        if (probe.reachable()) {
            LOG.info("The server is reachable again; syncing");
            request();
        }
    }

    private void publish(SyncStatus next) {
        status = next;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.warn("A sync status listener failed", e);
            }
        }
    }

    /** Turns a round's progress calls into status events. */
    private final class Progress implements SyncProgress {
        private long done;

        @Override
        public void begin(SyncPhase phase, String table, long total) {
            done = 0;
            publish(status.progress(phase, table, 0, total));
        }

        @Override
        public void advance(long rows) {
            done += rows;
            publish(status.progress(status.phase(), status.table(), done, status.rowsTotal()));
        }
    }
}
