package org.findinggood.coachdesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.testsupport.career.Career;
import org.findinggood.coachdesk.ui.client.SelectedClient;

/**
 * A synced career opened in the app's client area ({@link ClientSwitchBenchmark.Screen}: Quick Prep, Map and
 * Activities as the app wires them, two workers, encrypted cache): the longest client (five years) opened first,
 * as after the window opens, and again after another client; then 50 clients walked one after the other, and
 * the heap in use after them (after a GC: what the walk keeps, not its garbage).
 */
final class CareerClientTabsBenchmark implements Benchmark {

    private static final int WALK = 50;

    @Override
    public String name() {
        return "career-client-tabs";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        Path dir = Files.createTempDirectory("coachdesk-career-tabs");
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("career.db"), CacheKey.random()).database()) {
            Career career = CareerCache.syncInto(db, report);
            List<SelectedClient> clients = withHistory(db, career);
            SelectedClient longest = clients.get(0);
            System.gc();
            long heapBefore = usedHeapMib();
            ClientSwitchBenchmark.startFx();
            ClientSwitchBenchmark.Screen screen = ClientSwitchBenchmark.onFx(
                    () -> ClientSwitchBenchmark.Screen.build(db, workers, LocalDate.now(ZoneOffset.UTC)));

            long start = System.nanoTime();
            double firstQuickPrep = screen.switchTo(longest) / 1_000_000.0;
            screen.awaitIdle();
            double firstAllTabs = (System.nanoTime() - start) / 1_000_000.0;
            screen.switchTo(clients.get(1));
            screen.awaitIdle();
            start = System.nanoTime();
            double againQuickPrep = screen.switchTo(longest) / 1_000_000.0;
            screen.awaitIdle();
            double againAllTabs = (System.nanoTime() - start) / 1_000_000.0;
            report.metric("career-longest-client-quick-prep-ms", firstQuickPrep);
            report.metric("career-longest-client-all-tabs-ms", firstAllTabs);
            report.metric("career-longest-client-again-quick-prep-ms", againQuickPrep);
            report.metric("career-longest-client-again-all-tabs-ms", againAllTabs);

            List<Double> walk = new ArrayList<>();
            for (int i = 0; i < WALK; i++) {
                start = System.nanoTime();
                screen.switchTo(clients.get((i + 2) % clients.size()));
                screen.awaitIdle();
                walk.add((System.nanoTime() - start) / 1_000_000.0);
            }
            List<Double> sorted = walk.stream().sorted().toList();
            report.metric("career-walk-client-all-tabs-median-ms", sorted.get(sorted.size() / 2));
            report.metric("career-walk-client-all-tabs-max-ms", sorted.get(sorted.size() - 1));
            System.gc();
            System.gc();
            long heapAfter = usedHeapMib();
            report.note("heap in use after a GC: " + heapBefore + " MiB with the cache open, " + heapAfter
                    + " MiB with the window open after walking " + WALK + " clients");
            report.metric("career-heap-after-50-clients-mib", heapAfter);
            ClientSwitchBenchmark.onFx(() -> {
                screen.stage.close();
                return null;
            });
        } finally {
            workers.shutdownNow();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The clients with weeks of coaching (active, paused, completed), in the career's order: the longest first. */
    private static List<SelectedClient> withHistory(CacheDatabase db, Career career) {
        Map<String, CoachingRelationship> relationships = new RelationshipRepository(db).all().stream()
                .collect(Collectors.toMap(CoachingRelationship::clientEmail, Function.identity()));
        Map<String, Client> clients = new ClientRepository(db).all().stream()
                .collect(Collectors.toMap(Client::email, Function.identity()));
        List<SelectedClient> out = new ArrayList<>();
        for (String email : career.clientEmails()) {
            CoachingRelationship r = relationships.get(email);
            if (r.status() == RelationshipStatus.ACTIVE || r.status() == RelationshipStatus.PAUSED
                    || r.status() == RelationshipStatus.COMPLETED) {
                Client c = clients.get(email);
                out.add(new SelectedClient(r.id(), r.coachId(), email, c.name(), r.status(), c.calendarLink(), r.inviteCode()));
            }
        }
        return out;
    }

    private static long usedHeapMib() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
