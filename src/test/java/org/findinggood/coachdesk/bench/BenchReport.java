package org.findinggood.coachdesk.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints {@code BENCH <key> <value>} lines (the README quotes them) and measures peak heap. */
public final class BenchReport {

    private final PrintStream out;
    private final Map<String, String> figures = new LinkedHashMap<>();

    public BenchReport(PrintStream out) {
        this.out = out;
    }

    public void metric(String key, long value) {
        print(key, Long.toString(value));
    }

    public void metric(String key, double value) {
        print(key, String.format(Locale.ROOT, "%.2f", value));
    }

    public void note(String text) {
        out.println("# " + text);
    }

    public Map<String, String> figures() {
        return Map.copyOf(figures);
    }

    /** Starts a fresh peak-heap window (after a GC, so earlier garbage does not count). */
    public void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Peak heap used since {@link #resetPeakHeap()}, summed over the heap pools, in MiB. */
    public long peakHeapMib() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    private void print(String key, String value) {
        figures.put(key, value);
        out.println("BENCH " + key + " " + value);
        out.flush();
    }
}
