package org.findinggood.coachdesk.ui.tabs;

import java.nio.file.Path;
import org.findinggood.coachdesk.demo.DemoData;
import org.findinggood.coachdesk.demo.DemoWorkspace;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;

/** A real (encrypted SQLite) cache file holding a demo workspace, for the tab tests and the benchmark. */
public final class DemoCache {

    private DemoCache() {
    }

    public static CacheDatabase open(Path file, DemoData data) {
        CacheDatabase db = CacheDatabase.open(file, SecretsLog.randomCacheKey()).database();
        write(db, data);
        return db;
    }

    public static void write(CacheDatabase db, DemoData data) {
        DemoWorkspace.write(db, SecretsLog.coachNotes(data));
    }
}
