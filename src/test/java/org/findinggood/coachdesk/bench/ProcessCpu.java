package org.findinggood.coachdesk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.stream.Stream;
import org.findinggood.coachdesk.sync.LocalSyncStack;

/**
 * CPU time used so far by this JVM (client, stand-in) and by PostgreSQL (its postmaster and every live backend
 * under it), in ms: on a shared machine the wall-clock ratio swings with other load, the CPU each path costs
 * much less. PostgreSQL runs detached from this JVM (pg_ctl), so it is found through a backend's parent.
 * Backends that already ended are not counted (the stand-in keeps its pool open).
 */
final class ProcessCpu {

    private final ProcessHandle postmaster;

    private ProcessCpu(ProcessHandle postmaster) {
        this.postmaster = postmaster;
    }

    /** This JVM and the PostgreSQL server behind {@code stack} (this JVM only where the OS does not tell). */
    static ProcessCpu of(LocalSyncStack stack) throws Exception {
        try (Connection c = stack.sql(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return new ProcessCpu(ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).orElse(null));
        }
    }

    boolean seesPostgres() {
        return postmaster != null;
    }

    /** This JVM and PostgreSQL, ms. */
    long totalMillis() {
        long nanos = jvmNanos();
        if (postmaster != null) {
            nanos += Stream.concat(Stream.of(postmaster), postmaster.descendants())
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        }
        return nanos / 1_000_000;
    }

    /** This JVM alone, ms. */
    long jvmMillis() {
        return jvmNanos() / 1_000_000;
    }

    private static long jvmNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
