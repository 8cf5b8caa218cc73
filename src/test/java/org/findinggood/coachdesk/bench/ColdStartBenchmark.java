package org.findinggood.coachdesk.bench;

import java.io.File;
import java.io.IOException;
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
 * Cold start to a rendered roster of 1,000 clients, against a bare JavaFX window started in the same
 * run. Each start is a fresh JVM (headless Monocle, as the bench itself runs). The app runs as it
 * ships: from jars (its own jar and its runtime dependencies, as in the package; plus the Monocle jar,
 * the headless glass platform the package does not need) with the class-data archive the package
 * makes, here made in the same run the same way: one training start ({@code --smoke-test} with
 * {@code -XX:DumpLoadedClassList}), then {@code -Xshare:dump}. The same jars without the archive are
 * measured too, so the archive's share shows. Both app starts take the launcher's JVM options
 * (packaging/app-image.args: heap, encoding, the JIT's start-up thresholds). The bare window runs on
 * the test class path with the JDK's default archive and JVM options. The app opens its demo workspace, pre-filled with a 1,000-client cache,
 * and marks the first pulse that lays out a non-empty roster ({@code -Dcoachdesk.rosterShownMarker}), or, for
 * {@code launch-to-prep}, opens Today's first client as Enter does and marks the first pulse that lays out its
 * Quick Prep ({@code -Dcoachdesk.prepShownMarker}, app.PrepShownMarker).
 * Runs alternate app with archive, app without, bare window; the first round warms the disk cache and
 * is not counted. Each JVM is ended with SIGTERM, which the app, like any session end, answers by
 * closing its cache cleanly. {@code -Dbench.coldRuns=N} measured rounds (default 5); medians reported.
 * The app's jars: {@code -Dbench.appJar} and {@code -Dbench.runtimeClasspath} (a file holding the
 * runtime class path), which {@code mvn -Pbench verify} passes.
 */
final class ColdStartBenchmark implements Benchmark {

    private static final long TIMEOUT_MS = 180_000;

    /** Fills the demo cache the app opens; returns the roster rows the app must show. */
    interface CacheFiller {
        int fill(CacheDatabase db, BenchReport report) throws Exception;
    }

    /**
     * What the app marks, and the figure it gives: the system property naming the marker file, which the app
     * fills with {@code <epoch millis> <count>}, and the name of the time to it.
     */
    record Marker(String property, String figure) {
    }

    private static final Marker ROSTER = new Marker("coachdesk.rosterShownMarker", "-to-roster-ms");
    /** The first Today client's Quick Prep drawn, the app opening it as the coach's Enter does (PrepShownMarker). */
    private static final Marker PREP = new Marker("coachdesk.prepShownMarker", "-ms");

    private final String name;
    private final CacheFiller filler;
    private final Marker marker;

    /** The 1,000-client demo ({@code -Dbench.coldClients=N}). */
    ColdStartBenchmark() {
        this("cold-start", (db, report) -> {
            int clients = Integer.getInteger("bench.coldClients", 1000);
            new DemoWorkspace(DemoWorkspace.DEFAULT_SEED, clients, 26, 90, LocalDate.now()).writeTo(db);
            return clients;
        }, ROSTER);
    }

    /**
     * @param name also the prefix of the figures ({@code career-cold-start-to-roster-ms})
     * @param filler returns the least count the marker must report (roster rows, clients on Today)
     */
    ColdStartBenchmark(String name, CacheFiller filler, Marker marker) {
        this.name = name;
        this.filler = filler;
        this.marker = marker;
    }

    /** Cold start to the roster of a career (300 clients), synced from the stand-in into the demo's cache. */
    static ColdStartBenchmark career() {
        return new ColdStartBenchmark("career-cold-start", (db, report) -> CareerCache.syncInto(db, report).clientEmails().size(),
                ROSTER);
    }

    /**
     * From process start to the first Today client's Quick Prep drawn, on the career's cache ({@code
     * launch-to-prep-ms}; the archive, no-archive and bare-window figures beside it as for the roster).
     */
    static ColdStartBenchmark launchToPrep() {
        return new ColdStartBenchmark("launch-to-prep", (db, report) -> {
            CareerCache.syncInto(db, report);
            return 1;
        }, PREP);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void run(BenchReport report) throws Exception {
        int runs = Integer.getInteger("bench.coldRuns", 5);
        String appClasspath = appClasspath();
        List<String> shipped = LauncherOptions.shipped();
        report.note("the launcher's JVM options (packaging/app-image.args), for the app's starts: " + String.join(" ", shipped));
        Path dir = Files.createTempDirectory("coachdesk-cold");
        try {
            Path home = dir.resolve("home");
            Path demoCache = home.resolve("data").resolve("demo").resolve("demo-workspace.db");
            Files.createDirectories(demoCache.getParent());
            long writing = System.nanoTime();
            int clients;
            try (CacheDatabase db = CacheDatabase.open(demoCache, CacheKey.forDemo()).database()) {
                clients = filler.fill(db, report);
            }
            report.note("cache written in " + (System.nanoTime() - writing) / 1_000_000
                    + " ms (" + Files.size(demoCache) / (1024 * 1024) + " MiB)");
            Path archive = makeArchive(dir, shipped, appClasspath, report);

            List<String> demo = List.of("-Dcoachdesk.home=" + home, "org.findinggood.coachdesk.app.Launcher", "--demo");
            List<String> withoutArchive = new ArrayList<>(shipped);
            withoutArchive.addAll(List.of("-cp", appClasspath));
            withoutArchive.addAll(demo);
            List<String> withArchive = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
            withArchive.addAll(withoutArchive);
            List<String> bareWindow = List.of("-cp", System.getProperty("java.class.path"), BareFxWindow.Main.class.getName());

            List<Long> app = new ArrayList<>();
            List<Long> noCds = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Long> appCpu = new ArrayList<>();
            List<Long> bareCpu = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                List<String> first = withArchive;
                if (i == 0) {
                    // Not counted: also proves the archive is mapped (which classes came from it).
                    first = new ArrayList<>(List.of("-Xlog:class+load=info:file=" + dir.resolve("class-load.txt")));
                    first.addAll(withArchive);
                }
                Start appStart = start(dir, first, marker.property(), clients);
                long a = appStart.millis();
                long n = start(dir, withoutArchive, marker.property(), clients).millis();
                Start bareStart = start(dir, bareWindow, ROSTER.property(), 0);
                long b = bareStart.millis();
                if (i == 0) {
                    report.note("warm-up round (not counted): app " + a + " ms, app without archive " + n
                            + " ms, bare window " + b + " ms; " + sharedClasses(dir.resolve("class-load.txt")));
                    continue;
                }
                app.add(a);
                noCds.add(n);
                bare.add(b);
                ratios.add((double) a / b);
                appCpu.add(appStart.cpuMillis());
                bareCpu.add(bareStart.cpuMillis());
                report.note("run " + i + ": app " + a + " ms, app without archive " + n + " ms, bare window " + b
                        + " ms; CPU to the first frame: app " + appStart.cpuMillis() + " ms, bare window "
                        + bareStart.cpuMillis() + " ms");
            }
            // Every app start above followed a clean end of the previous one (SIGTERM: the app closes and
            // seals its cache), as after a coach quit normally. After a crash there is no seal and the
            // opening reads every page of the cache (PRAGMA quick_check): measured once, for the record.
            Files.deleteIfExists(demoCache.resolveSibling(demoCache.getFileName() + ".sealed"));
            long unsealed = start(dir, withArchive, marker.property(), clients).millis();
            report.note("one start after an unclean end (no seal, full quick_check): app " + unsealed + " ms");
            long appMedian = median(app);
            long noCdsMedian = median(noCds);
            long bareMedian = median(bare);
            report.metric(name + marker.figure(), appMedian);
            report.metric(name + "-no-cds-ms", noCdsMedian);
            report.metric(name + "-bare-window-ms", bareMedian);
            // Each round starts the app and the bare window one after the other, so they share the machine's
            // state of the moment; the median of the rounds' ratios (as the first-sync section pairs its runs)
            // is what the target is read against. The ratio of the two medians can pair different rounds.
            report.note("ratio of the medians (rounds may differ): " + String.format(java.util.Locale.ROOT, "%.2f",
                    (double) appMedian / bareMedian) + "; per round: " + ratios.stream()
                    .map(r -> String.format(java.util.Locale.ROOT, "%.2f", r)).toList());
            report.metric(name + "-vs-bare", medianRatio(ratios));
            report.metric(name + "-no-cds-vs-bare", (double) noCdsMedian / bareMedian);
            report.metric(name + "-cpu-ms", median(appCpu));
            report.metric(name + "-bare-window-cpu-ms", median(bareCpu));
            report.metric(name + "-cpu-vs-bare", (double) median(appCpu) / median(bareCpu));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The app's jars as the package has them (main jar, runtime dependencies), plus the Monocle jar from
     * this JVM's class path: the headless glass platform, which the package does not ship.
     */
    private static String appClasspath() throws IOException {
        Path jar = Path.of(System.getProperty("bench.appJar", "target/coach-desk.jar"));
        if (System.getProperty("bench.appJar") == null) {
            try (Stream<Path> built = Files.list(Path.of("target"))) {
                jar = built.filter(p -> p.getFileName().toString().matches("coach-desk-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                        .findFirst().orElse(jar);
            }
        }
        Path runtime = Path.of(System.getProperty("bench.runtimeClasspath", "target/bench-runtime-classpath.txt"));
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(runtime)) {
            throw new IllegalStateException("cold-start runs the app from its jars: no " + jar + " or " + runtime
                    + "; run it through mvn -o -Pbench verify, or: mvn -o -q package -DskipTests && "
                    + "mvn -o -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=" + runtime);
        }
        List<String> entries = new ArrayList<>();
        entries.add(jar.toAbsolutePath().toString());
        entries.addAll(List.of(Files.readString(runtime).trim().split(File.pathSeparator)));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (Path.of(entry).getFileName().toString().startsWith("openjfx-monocle")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The package's way (packaging/linux/cds-archive.sh): a training start lists the classes, then a dump. */
    private static Path makeArchive(Path dir, List<String> shipped, String appClasspath, BenchReport report) throws Exception {
        Path list = dir.resolve("app.classlist");
        Path archive = dir.resolve("app.jsa");
        long started = System.nanoTime();
        List<String> training = new ArrayList<>(shipped);
        training.addAll(List.of("-XX:DumpLoadedClassList=" + list, "-cp", appClasspath,
                "-Dcoachdesk.home=" + dir.resolve("training-home"), "org.findinggood.coachdesk.app.Launcher", "--smoke-test"));
        run(dir, training);
        long trained = System.nanoTime();
        List<String> dump = new ArrayList<>(shipped);
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + archive,
                "-cp", appClasspath));
        run(dir, dump);
        report.note("class-data archive: training start " + (trained - started) / 1_000_000 + " ms, dump "
                + (System.nanoTime() - trained) / 1_000_000 + " ms, " + Files.size(archive) / (1024 * 1024) + " MiB");
        return archive;
    }

    /** Runs one JVM to its end; throws with its output when it fails. */
    private static void run(Path dir, List<String> args) throws Exception {
        Path output = dir.resolve("run-output.txt");
        Process process = new ProcessBuilder(command(dir, args)).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("no end within " + TIMEOUT_MS + " ms: " + args);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + args + ": " + Files.readString(output));
        }
    }

    /** How many of the app's classes the start took from the archive, from its {@code -Xlog:class+load}. */
    private static String sharedClasses(Path log) throws IOException {
        List<String> app = Files.readAllLines(log).stream().filter(l -> l.contains(" org.findinggood.coachdesk.")).toList();
        long shared = app.stream().filter(l -> l.contains("source: shared objects file")).count();
        return shared + " of " + app.size() + " app classes from the archive";
    }

    private static List<String> command(Path dir, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Dglass.platform=Monocle");
        command.add("-Dmonocle.platform=Headless");
        command.add("-Dprism.order=sw");
        // On the test class path (bare window) logback-test.xml is found: keep those lines out of the suite log.
        command.add("-Dcoachdesk.suiteLog=" + dir.resolve("child.log"));
        command.addAll(args);
        return command;
    }

    /** Wall time from process start to the marker, and the CPU the process had used by then. */
    private record Start(long millis, long cpuMillis) {
    }

    /**
     * Starts one JVM; returns the milliseconds from process start to its marker and the CPU it used by then
     * (read a poll after the marker: at most 5 ms late), which swings much less than wall time here.
     */
    private static Start start(Path dir, List<String> args, String markerProperty, int expectedRows) throws Exception {
        Path marker = dir.resolve("marker-" + System.nanoTime());
        List<String> withMarker = new ArrayList<>(List.of("-D" + markerProperty + "=" + marker));
        withMarker.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command(dir, withMarker)).redirectErrorStream(true)
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
            long cpu = process.toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            String[] parts = Files.readString(marker, StandardCharsets.UTF_8).trim().split(" ");
            if (Integer.parseInt(parts[1]) < expectedRows) {
                throw new IllegalStateException("the marked frame showed " + parts[1] + " rows, expected " + expectedRows);
            }
            return new Start(Long.parseLong(parts[0]) - started, cpu);
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static double medianRatio(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
