package org.findinggood.coachdesk.bench;

import org.findinggood.coachdesk.app.StorePorts;
import org.findinggood.coachdesk.store.CacheStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.findinggood.coachdesk.demo.DemoData;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.ui.activities.ActivitiesViewModel;
import org.findinggood.coachdesk.ui.client.ClientArea;
import org.findinggood.coachdesk.ui.client.ClientAreaView;
import org.findinggood.coachdesk.ui.client.ClientAreaViewModel;
import org.findinggood.coachdesk.ui.client.SelectedClient;
import org.findinggood.coachdesk.ui.common.AppTheme;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.ThemeChoice;
import javafx.beans.property.SimpleObjectProperty;
import org.findinggood.coachdesk.ui.map.MapViewModel;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepViewModel;
import org.findinggood.coachdesk.app.StoreQuickPrepSource;

/**
 * Client switch: from the client's selection to the Quick Prep showing that client's data (the
 * first layout pulse after the load landed), with the client area wired as the app wires it
 * (Quick Prep, Map and Activities all load on selection, two worker threads, encrypted cache).
 * Measured switching between two clients with five years of weekly snapshots and daily check-ins;
 * the baseline, in the same run, switches between two clients with eight weeks and a month.
 */
final class ClientSwitchBenchmark implements Benchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 28);
    static final int YEARS_OF_WEEKS = 5 * 52;
    static final int YEARS_OF_DAYS = 5 * 365;

    @Override
    public String name() {
        return "client-switch";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int switches = Integer.getInteger("bench.switches", 60);
        Path dir = Files.createTempDirectory("coachdesk-bench-switch");
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("switch.db"), CacheKey.random()).database()) {
            Workspace workspace = Workspace.write(db);
            report.note("long clients: " + workspace.longSnapshots + " weekly snapshots and " + workspace.longCheckins
                    + " daily check-ins each; short clients: " + workspace.shortSnapshots + " snapshots");
            StoreQuickPrepSource source = new StoreQuickPrepSource(new CacheStore(db));
            for (int i = 0; i < 20; i++) {
                source.load(workspace.longPair.get(i % 2).clientEmail(), TODAY);
            }
            long loadStart = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                source.load(workspace.longPair.get(i % 2).clientEmail(), TODAY);
            }
            report.metric("client-switch-read-ms", (System.nanoTime() - loadStart) / 20 / 1_000_000.0);
            startFx();
            Screen screen = onFx(() -> Screen.build(db, workers));

            // the first selection also builds the three tab views (ClientAreaView builds them on demand)
            List<Long> first = screen.measure(workspace.shortPair, 10);
            report.metric("client-first-open-ms", first.get(0) / 1_000_000.0);
            report.metric("client-second-open-ms", first.get(1) / 1_000_000.0);
            screen.measure(workspace.longPair, 10);
            List<Long> baseline = screen.measure(workspace.shortPair, switches);
            report.note("baseline phases (median): " + screen.phaseMedians(switches));
            List<Long> measured = screen.measure(workspace.longPair, switches);
            report.note("five-year phases (median): " + screen.phaseMedians(switches));
            onFx(() -> {
                screen.stage.close();
                return null;
            });

            double median = median(measured);
            double baselineMedian = median(baseline);
            report.metric("client-switch-long-snapshots", workspace.longSnapshots);
            report.metric("client-switch-long-checkins", workspace.longCheckins);
            report.metric("client-switch-switches", switches);
            report.metric("client-switch-ms", median);
            report.metric("client-switch-max-ms", max(measured));
            report.metric("client-switch-baseline-ms", baselineMedian);
            report.metric("client-switch-baseline-max-ms", max(baseline));
            report.metric("client-switch-vs-baseline", median / baselineMedian);
        } finally {
            workers.shutdownNow();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        double middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return middle / 1_000_000.0;
    }

    private static double max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000.0;
    }

    static void startFx() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.get(30, TimeUnit.SECONDS);
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The client area of the main window on the cache, in a stage of the app's default size. */
    static final class Screen {
        final Stage stage;
        final Scene scene;
        final ClientAreaViewModel clientArea;
        final QuickPrepViewModel quickPrep;
        final MapViewModel map;
        final ActivitiesViewModel activities;

        private Screen(Stage stage, Scene scene, ClientAreaViewModel clientArea, QuickPrepViewModel quickPrep,
                       MapViewModel map, ActivitiesViewModel activities) {
            this.stage = stage;
            this.scene = scene;
            this.clientArea = clientArea;
            this.quickPrep = quickPrep;
            this.map = map;
            this.activities = activities;
        }

        static Screen build(CacheDatabase db, ExecutorService workers) {
            return build(db, workers, TODAY);
        }

        static Screen build(CacheDatabase db, ExecutorService workers, LocalDate today) {
            Tasks tasks = Tasks.onFxThread(workers);
            Clock clock = Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            // the app's client area (ClientArea, as WorkspaceAssembly builds it)
            ClientArea area = ClientArea.build(new StorePorts(new CacheStore(db)).clientArea(), tasks, clock, url -> { }, Platform::runLater);
            ClientAreaViewModel clientArea = area.model();
            QuickPrepViewModel quickPrep = area.quickPrep();
            MapViewModel map = area.map();
            ActivitiesViewModel activities = area.activities();
            ClientAreaView view = area.view();
            if (Boolean.getBoolean("bench.allTabsLoad")) {
                // as before ClientTabLoads: every tab reads and renders on each switch
                clientArea.selectedProperty().addListener((obs, old, now) -> {
                    map.show(now == null ? null : now.clientEmail());
                    activities.show(now == null ? null : now.clientEmail());
                });
            }
            Scene scene = new Scene(view, 1000, 760);
            new AppTheme(new SimpleObjectProperty<>(ThemeChoice.LIGHT)).style(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return new Screen(stage, scene, clientArea, quickPrep, map, activities);
        }

        final List<long[]> phases = new ArrayList<>();

        /** Median of each phase over the last {@code n} switches: read, apply and build, CSS and layout. */
        String phaseMedians(int n) {
            List<long[]> last = phases.subList(phases.size() - n, phases.size());
            StringBuilder text = new StringBuilder();
            String[] names = {"selection to loaded", "apply and rebuild", "to the next layout pulse"};
            for (int p = 0; p < 3; p++) {
                int phase = p;
                text.append(names[p]).append(' ').append(String.format(java.util.Locale.ROOT, "%.1f",
                        median(last.stream().map(x -> x[phase]).toList()))).append(" ms; ");
            }
            return text.toString();
        }

        /** Switches back and forth between the pair {@code times} times; the time of each switch in ns. */
        List<Long> measure(List<SelectedClient> pair, int times) throws Exception {
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                SelectedClient next = pair.get(i % 2);
                nanos.add(switchTo(next));
                awaitIdle();
            }
            return nanos;
        }

        long switchTo(SelectedClient next) throws Exception {
            CompletableFuture<Long> shown = new CompletableFuture<>();
            Platform.runLater(() -> {
                int before = quickPrep.renderCountProperty().get();
                long start = System.nanoTime();
                long[] loaded = new long[1];
                ChangeListener<Boolean> loadDone = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                        if (!now) {
                            loaded[0] = System.nanoTime();
                            quickPrep.loadingProperty().removeListener(this);
                        }
                    }
                };
                quickPrep.loadingProperty().addListener(loadDone);
                ChangeListener<Number> rendered = new ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                        if (now.intValue() <= before) {
                            return;
                        }
                        quickPrep.renderCountProperty().removeListener(this);
                        if (!next.clientEmail().equals(quickPrep.clientEmailProperty().get())
                                || !quickPrep.clientNameProperty().get().equals(next.displayName())) {
                            shown.completeExceptionally(new IllegalStateException("Quick Prep showed another client"));
                            return;
                        }
                        long applied = System.nanoTime();
                        Runnable[] afterLayout = new Runnable[1];
                        afterLayout[0] = () -> {
                            scene.removePostLayoutPulseListener(afterLayout[0]);
                            long end = System.nanoTime();
                            phases.add(new long[] {loaded[0] - start, applied - loaded[0], end - applied});
                            shown.complete(end - start);
                        };
                        scene.addPostLayoutPulseListener(afterLayout[0]);
                        Platform.requestNextPulse();
                    }
                };
                quickPrep.renderCountProperty().addListener(rendered);
                clientArea.selectedProperty().set(next);
            });
            return shown.get(60, TimeUnit.SECONDS);
        }

        /** Lets Map and Activities (and the header) finish, so each switch starts from a settled screen. */
        void awaitIdle() throws Exception {
            for (int i = 0; i < 6000; i++) {
                boolean busy = onFx(() -> quickPrep.loadingProperty().get() || map.loadingProperty().get()
                        || activities.loadingProperty().get());
                if (!busy) {
                    onFx(() -> null);
                    return;
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("the tabs did not finish loading");
        }
    }

    /** Demo rows, with two clients stretched to five years of weeks and days (written through the repositories). */
    private static final class Workspace {
        List<SelectedClient> longPair;
        List<SelectedClient> shortPair;
        int longSnapshots;
        int longCheckins;
        int shortSnapshots;

        static Workspace write(CacheDatabase db) {
            DemoData demo = new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, 8, 8, 30, TODAY).generate();
            List<CoachingRelationship> active = demo.relationships().stream()
                    .filter(r -> r.status() == RelationshipStatus.ACTIVE).toList();
            List<String> longEmails = List.of(active.get(0).clientEmail(), active.get(1).clientEmail());
            List<String> shortEmails = List.of(active.get(2).clientEmail(), active.get(3).clientEmail());

            List<WeeklySnapshot> snapshots = new ArrayList<>(demo.weeklySnapshots().stream()
                    .filter(s -> !longEmails.contains(s.clientEmail())).toList());
            List<DailyCheckin> checkins = new ArrayList<>(demo.dailyCheckins().stream()
                    .filter(c -> !longEmails.contains(c.clientEmail())).toList());
            LocalDate monday = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (String email : longEmails) {
                List<WeeklySnapshot> weekTemplates = demo.weeklySnapshots().stream()
                        .filter(s -> s.clientEmail().equals(email)).toList();
                for (int k = 0; k < YEARS_OF_WEEKS; k++) {
                    WeeklySnapshot t = weekTemplates.get(k % weekTemplates.size());
                    LocalDate start = monday.minusWeeks(k);
                    snapshots.add(new WeeklySnapshot(UUID.randomUUID(), email, t.coachId(), YEARS_OF_WEEKS - k, start,
                            start.plusDays(6), t.activityCounts(), t.themes(), t.languagePatterns(), t.firesSignals(),
                            t.exchanges(), t.openThreads(), t.coachingQuestions(),
                            start.plusDays(7).atTime(3, 0).atOffset(ZoneOffset.UTC)));
                }
                List<DailyCheckin> dayTemplates = demo.dailyCheckins().stream()
                        .filter(c -> c.clientEmail().equals(email)).toList();
                for (int d = 0; d < YEARS_OF_DAYS; d++) {
                    DailyCheckin t = dayTemplates.get(d % dayTemplates.size());
                    LocalDate day = TODAY.minusDays(d);
                    checkins.add(new DailyCheckin(UUID.randomUUID(), email, t.permissionId(), day, t.focusScores(),
                            day.atTime(20, 0).atOffset(ZoneOffset.UTC)));
                }
            }
            DemoData data = new DemoData(demo.coach(), demo.clients(), demo.relationships(), demo.permissions(),
                    snapshots, demo.rollingAggregates(), demo.agreedActivities(), checkins, demo.focusHistory());
            DemoWorkspace.write(db, data);

            Workspace workspace = new Workspace();
            workspace.longPair = longEmails.stream().map(e -> selected(data, e)).toList();
            workspace.shortPair = shortEmails.stream().map(e -> selected(data, e)).toList();
            workspace.longSnapshots = (int) snapshots.stream().filter(s -> s.clientEmail().equals(longEmails.get(0))).count();
            workspace.longCheckins = (int) checkins.stream().filter(c -> c.clientEmail().equals(longEmails.get(0))).count();
            workspace.shortSnapshots = (int) snapshots.stream().filter(s -> s.clientEmail().equals(shortEmails.get(0))).count();
            return workspace;
        }

        private static SelectedClient selected(DemoData data, String email) {
            CoachingRelationship r = data.relationships().stream().filter(x -> x.clientEmail().equals(email))
                    .findFirst().orElseThrow();
            Client c = data.clients().stream().filter(x -> x.email().equals(email)).findFirst().orElseThrow();
            return new SelectedClient(r.id(), r.coachId(), email, c.name(), r.status(), c.calendarLink(), r.inviteCode());
        }
    }
}
