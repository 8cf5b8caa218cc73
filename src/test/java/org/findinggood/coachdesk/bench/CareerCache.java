package org.findinggood.coachdesk.bench;

import java.sql.Connection;
import java.util.UUID;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.career.Career;
import org.findinggood.coachdesk.testsupport.career.CareerScale;
import org.findinggood.coachdesk.testsupport.career.CareerWorkspace;

/**
 * A career ({@link CareerWorkspace}, {@code -Dcareer.scale}) generated in a fresh PostgreSQL and synced through
 * the stand-in into a cache, as the coach's app would hold it: for the benchmarks that open the workspace.
 */
final class CareerCache {

    static final String COACH = "career-coach@example.org";
    static final long SEED = 20261205L;

    private CareerCache() {
    }

    /** Generates the career in a stack of its own, syncs it into {@code db}, drops the stack. */
    static Career syncInto(CacheDatabase db, BenchReport report) throws Exception {
        long start = System.nanoTime();
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            UUID coachId = stack.coach(COACH);
            Career career;
            try (Connection c = stack.sql()) {
                career = CareerWorkspace.generate(c, coachId, SEED, CareerScale.fromProperty());
            }
            stack.signIn(COACH).sync(db, SyncSettings.standard()).run(SyncProgress.NONE);
            report.note("career of " + career.clientEmails().size() + " clients (" + career.rowsInScope()
                    + " rows) generated and synced into a cache in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return career;
        }
    }
}
