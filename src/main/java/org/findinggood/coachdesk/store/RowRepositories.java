package org.findinggood.coachdesk.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One repository per cached server table, looked up by table name (outbox, conflicts, salvage). */
public final class RowRepositories {

    private final Map<String, RowRepository<?>> byTable = new LinkedHashMap<>();

    public RowRepositories(CacheDatabase db) {
        for (RowRepository<?> repository : List.of(new CoachRepository(db), new ClientRepository(db),
                new RelationshipRepository(db), new WeeklySnapshotRepository(db), new RollingAggregateRepository(db),
                new AgreedActivityRepository(db), new PermissionRepository(db), new DailyCheckinRepository(db),
                new FocusHistoryRepository(db))) {
            byTable.put(repository.table(), repository);
        }
    }

    public Optional<RowRepository<?>> forTable(String table) {
        return Optional.ofNullable(byTable.get(table));
    }

    /** Every cached server table's repository, in a stable order. */
    public List<RowRepository<?>> all() {
        return List.copyOf(byTable.values());
    }
}
