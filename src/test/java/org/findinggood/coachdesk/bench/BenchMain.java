package org.findinggood.coachdesk.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn -Pbench verify}: runs every {@link Benchmark} in order and prints {@code BENCH} lines.
 * {@code -Dbench.only=a,b} (or program arguments) limits the run to benchmarks whose names start so.
 * Exits non-zero when a benchmark failed; speed is never asserted here.
 */
public final class BenchMain {

    private BenchMain() {
    }

    /** Every benchmark, in the order they run. Add new sections here. */
    static List<Benchmark> benchmarks() {
        return List.of(new FirstSyncBenchmark(), new ClientSwitchBenchmark(), new ColdStartBenchmark(),
                new FxStallBenchmark(), new CoachDayBenchmark(), new CareerBenchmark(), ColdStartBenchmark.career(),
                ColdStartBenchmark.launchToPrep(),
                new CareerClientTabsBenchmark(), FxStallBenchmark.career());
    }

    public static void main(String[] args) {
        List<String> only = new ArrayList<>(List.of(args));
        String property = System.getProperty("bench.only", "");
        for (String name : property.split(",")) {
            if (!name.isBlank()) {
                only.add(name.trim());
            }
        }
        BenchReport report = new BenchReport(System.out);
        try {
            report.note("this JVM runs with the launcher's options: " + String.join(" ", LauncherOptions.requireInThisJvm()));
        } catch (IOException | IllegalStateException e) {
            report.note("not run: " + e.getMessage());
            System.exit(2);
        }
        int failed = 0;
        for (Benchmark benchmark : benchmarks()) {
            if (!only.isEmpty() && only.stream().noneMatch(benchmark.name()::startsWith)) {
                continue;
            }
            report.note("benchmark " + benchmark.name());
            try {
                benchmark.run(report);
            } catch (Exception | Error e) {
                failed++;
                report.note("benchmark " + benchmark.name() + " failed: " + e);
                e.printStackTrace(System.out);
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
