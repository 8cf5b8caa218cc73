package org.findinggood.coachdesk.ui.tabs;

import java.nio.file.Path;
import java.util.List;
import org.findinggood.coachdesk.demo.DemoData;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.CoachRepository;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.store.FocusHistoryRepository;
import org.findinggood.coachdesk.store.PermissionRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.store.RollingAggregateRepository;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;

/** A real (encrypted SQLite) cache file holding a demo workspace, for the tab tests and the benchmark. */
public final class DemoCache {

    private DemoCache() {
    }

    public static CacheDatabase open(Path file, DemoData data) {
        CacheDatabase db = CacheDatabase.open(file, CacheKey.random()).database();
        write(db, data);
        return db;
    }

    public static void write(CacheDatabase db, DemoData data) {
        db.inTransaction(() -> {
            new CoachRepository(db).upsertAll(List.of(data.coach()));
            new ClientRepository(db).upsertAll(data.clients());
            new RelationshipRepository(db).upsertAll(data.relationships());
            new PermissionRepository(db).upsertAll(data.permissions());
            new WeeklySnapshotRepository(db).upsertAll(data.weeklySnapshots());
            new RollingAggregateRepository(db).upsertAll(data.rollingAggregates());
            new AgreedActivityRepository(db).upsertAll(data.agreedActivities());
            new DailyCheckinRepository(db).upsertAll(data.dailyCheckins());
            new FocusHistoryRepository(db).upsertAll(data.focusHistory());
        });
    }
}
