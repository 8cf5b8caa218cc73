package org.findinggood.coachdesk.app;

import org.findinggood.coachdesk.store.CacheStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the demo workspace: a cache of its own under the data folder, generated on first use and
 * kept afterwards so the coach's demo edits stay (on this computer only; it is never synced).
 */
final class DemoWorkspaceOpener {

    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspaceOpener.class);

    private final Path file;
    private final Clock clock;

    DemoWorkspaceOpener(Path dataFolder, Clock clock) {
        this.file = dataFolder.resolve("demo").resolve("demo-workspace.db");
        this.clock = clock;
    }

    /** Runs off the FX thread. */
    OpenWorkspace open() throws Exception {
        Files.createDirectories(file.getParent());
        CacheOpenResult result = CacheDatabase.open(file, CacheKey.forDemo());
        if (!result.isOpen()) {
            // The demo's key is fixed, so this is a damaged file: start the demo afresh.
            result = CacheDatabase.rebuild(file, CacheKey.forDemo());
        }
        CacheDatabase db = result.database();
        CacheStore store = new CacheStore(db);
        if (store.coaches().self().isEmpty()) {
            long started = System.nanoTime();
            DemoWorkspace.standard(LocalDate.now(clock)).writeTo(db);
            LOG.info("Demo workspace generated in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        String coach = store.coaches().self().map(c -> c.name()).orElse("Demo coach");
        return new OpenWorkspace(store, true, coach, notice(result));
    }

    /**
     * The sentence to show after opening the demo's cache: the demo has no server, so a damaged or
     * unreadable file is not "rebuilt from the server"; the demo workspace is generated again.
     */
    static String notice(CacheOpenResult result) {
        return switch (result.outcome()) {
            case REBUILT_AFTER_DAMAGE, REBUILT_ON_REQUEST -> "The demo workspace's file was damaged, so the demo "
                    + "workspace was generated again; changes you made in the demo may not have been kept."
                    + result.movedAside().map(aside -> " The damaged file is kept as " + aside + ".").orElse("");
            default -> result.message().orElse(null);
        };
    }
}
