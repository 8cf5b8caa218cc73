package org.findinggood.coachdesk.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;

/**
 * Cold start to a rendered roster of 1,000 clients, against a bare JavaFX window started the same
 * way in the same run. Each start is a fresh JVM on the test class path (headless Monocle, as the
 * bench itself runs); the app opens its demo workspace, pre-filled with a 1,000-client cache, and
 * marks the first pulse that lays out a non-empty roster ({@code -Dcoachdesk.rosterShownMarker}).
 * Runs alternate app and bare window; the first pair warms the disk cache and is not counted. Each
 * JVM is ended with SIGTERM, which the app, like any session end, answers by closing its cache cleanly.
 * {@code -Dbench.coldRuns=N} measured pairs (default 5); the medians are reported.
 */
final class ColdStartBenchmark implements Benchmark {

    private static final String MARKER = "coachdesk.rosterShownMarker";
    private static final long TIMEOUT_MS = 180_000;

    @Override
    public String name() {
        return "cold-start";
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int runs = Integer.getInteger("bench.coldRuns", 5);
        int clients = Integer.getInteger("bench.coldClients", 1000);
        Path dir = Files.createTempDirectory("coachdesk-cold");
        try {
            Path home = dir.resolve("home");
            Path demoCache = home.resolve("data").resolve("demo").resolve("demo-workspace.db");
            Files.createDirectories(demoCache.getParent());
            long writing = System.nanoTime();
            try (CacheDatabase db = CacheDatabase.open(demoCache, CacheKey.forDemo()).database()) {
                new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, clients, 26, 90, LocalDate.now()).writeTo(db);
            }
            report.note(clients + "-client demo cache written in " + (System.nanoTime() - writing) / 1_000_000
                    + " ms (" + Files.size(demoCache) / (1024 * 1024) + " MiB)");

            List<Long> app = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                long a = start(dir, List.of("-D" + "coachdesk.home=" + home,
                        "org.findinggood.coachdesk.app.Launcher", "--demo"), clients);
                long b = start(dir, List.of(BareFxWindow.Main.class.getName()), 0);
                if (i == 0) {
                    report.note("warm-up pair (not counted): app " + a + " ms, bare window " + b + " ms");
                    continue;
                }
                app.add(a);
                bare.add(b);
                report.note("run " + i + ": app " + a + " ms, bare window " + b + " ms");
            }
            // Every app start above followed a clean end of the previous one (SIGTERM: the app closes and
            // seals its cache), as after a coach quit normally. After a crash there is no seal and the
            // opening reads every page of the cache (PRAGMA quick_check): measured once, for the record.
            Files.deleteIfExists(demoCache.resolveSibling(demoCache.getFileName() + ".sealed"));
            long unsealed = start(dir, List.of("-D" + "coachdesk.home=" + home,
                    "org.findinggood.coachdesk.app.Launcher", "--demo"), clients);
            report.note("one start after an unclean end (no seal, full quick_check): app " + unsealed + " ms");
            long appMedian = median(app);
            long bareMedian = median(bare);
            report.metric("cold-start-to-roster-ms", appMedian);
            report.metric("cold-start-bare-window-ms", bareMedian);
            report.metric("cold-start-vs-bare", (double) appMedian / bareMedian);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Starts one JVM and returns the milliseconds from process start to its marker. */
    private static long start(Path dir, List<String> mainAndArgs, int expectedRows) throws Exception {
        Path marker = dir.resolve("marker-" + System.nanoTime());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Dglass.platform=Monocle");
        command.add("-Dmonocle.platform=Headless");
        command.add("-Dprism.order=sw");
        command.add("-D" + MARKER + "=" + marker);
        // The test class path carries logback-test.xml: keep the children's lines out of the suite log.
        command.add("-Dcoachdesk.suiteLog=" + dir.resolve("child.log"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-output.txt").toFile());
        long started = System.currentTimeMillis();
        Process process = builder.start();
        try {
            while (!Files.exists(marker)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the child JVM ended (exit " + process.exitValue() + ") before its marker; "
                            + "see its output: " + Files.readString(dir.resolve("child-output.txt")));
                }
                if (System.currentTimeMillis() - started > TIMEOUT_MS) {
                    throw new IllegalStateException("no marker within " + TIMEOUT_MS + " ms");
                }
                Thread.sleep(5);
            }
            String[] parts = Files.readString(marker, StandardCharsets.UTF_8).trim().split(" ");
            if (Integer.parseInt(parts[1]) < expectedRows) {
                throw new IllegalStateException("the roster showed " + parts[1] + " rows, expected " + expectedRows);
            }
            return Long.parseLong(parts[0]) - started;
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
