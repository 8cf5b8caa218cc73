package org.findinggood.coachdesk.bench;

/**
 * One section of {@code mvn -Pbench verify}. Implementations measure one thing and report figures
 * through {@link BenchReport#metric}; add yours to {@link BenchMain#benchmarks()}.
 */
public interface Benchmark {

    /** Short name, also the prefix a run can be limited to: {@code -Dbench.only=first-sync}. */
    String name();

    void run(BenchReport report) throws Exception;
}
