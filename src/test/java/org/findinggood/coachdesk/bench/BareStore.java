package org.findinggood.coachdesk.bench;

import java.util.List;
import java.util.Map;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.store.FocusHistoryRepository;
import org.findinggood.coachdesk.store.PermissionRepository;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.store.RollingAggregateRepository;
import org.findinggood.coachdesk.store.RowRepository;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;

/**
 * The least a first sync must spend: every page {@link RawFetch} reads, inserted into a fresh encrypted cache by
 * the repositories' batched prepared statements (1,000 rows a batch), one transaction per table and chunk of
 * clients. No cursors, no outbox, no deferred indexes, no second reader: the floor the sync is measured against.
 */
final class BareStore implements RawFetch.Sink {

    private final CacheDatabase db;
    private final Map<String, RowRepository<?>> repositories;

    BareStore(CacheDatabase db) {
        this.db = db;
        this.repositories = Map.of(
                "coaching_relationships", new RelationshipRepository(db),
                "clients", new ClientRepository(db),
                "permissions", new PermissionRepository(db),
                "agreed_activities", new AgreedActivityRepository(db),
                "rolling_aggregates", new RollingAggregateRepository(db),
                "weekly_snapshots", new WeeklySnapshotRepository(db),
                "daily_checkins", new DailyCheckinRepository(db),
                "focus_history", new FocusHistoryRepository(db));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void rows(String table, List<?> rows) {
        ((RowRepository<Object>) repositories.get(table)).upsertAll((List<Object>) rows);
    }

    @Override
    public void inTransaction(Runnable work) {
        db.inTransaction(work);
    }
}
