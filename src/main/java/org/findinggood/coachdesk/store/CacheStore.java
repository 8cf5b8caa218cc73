package org.findinggood.coachdesk.store;

import java.nio.file.Path;

/**
 * The one entrance to an open cache: its repositories and queries, built once from the cache handle.
 * Whoever opens a cache makes one and passes it on; nothing outside {@code store} constructs a
 * repository. Repositories are thread-safe (the cache serialises its connection), so one of each
 * serves every reader of the workspace.
 */
public final class CacheStore {

    private final CacheDatabase db;
    private final CoachRepository coaches;
    private final ClientRepository clients;
    private final RelationshipRepository relationships;
    private final WeeklySnapshotRepository weeklySnapshots;
    private final RollingAggregateRepository rollingAggregates;
    private final AgreedActivityRepository agreedActivities;
    private final PermissionRepository permissions;
    private final DailyCheckinRepository dailyCheckins;
    private final FocusHistoryRepository focusHistory;
    private final ConflictRepository conflicts;
    private final OutboxRepository outbox;
    private final QuarantineRepository quarantine;
    private final SyncCursorRepository cursors;
    private final LastOpenedRepository lastOpened;
    private final DraftRepository drafts;
    private final LocalEdits edits;
    private final RosterQuery roster;
    private final RowSyncStates rowSyncStates;
    private final ChangesSinceQuery changesSince;
    private final TodayFactsQuery todayFacts;
    private final TodayDismissals todayDismissals;
    private final SearchIndex searchIndex;
    private final CachedRows cachedRows;

    public CacheStore(CacheDatabase db) {
        this.db = db;
        this.coaches = new CoachRepository(db);
        this.clients = new ClientRepository(db);
        this.relationships = new RelationshipRepository(db);
        this.weeklySnapshots = new WeeklySnapshotRepository(db);
        this.rollingAggregates = new RollingAggregateRepository(db);
        this.agreedActivities = new AgreedActivityRepository(db);
        this.permissions = new PermissionRepository(db);
        this.dailyCheckins = new DailyCheckinRepository(db);
        this.focusHistory = new FocusHistoryRepository(db);
        this.conflicts = new ConflictRepository(db);
        this.outbox = new OutboxRepository(db);
        this.quarantine = new QuarantineRepository(db);
        this.cursors = new SyncCursorRepository(db);
        this.lastOpened = new LastOpenedRepository(db);
        this.drafts = new DraftRepository(db);
        this.edits = new LocalEdits(db);
        this.roster = new RosterQuery(db);
        this.rowSyncStates = new RowSyncStates(db);
        this.changesSince = new ChangesSinceQuery(db);
        this.todayFacts = new TodayFactsQuery(db);
        this.todayDismissals = new TodayDismissals(db);
        this.searchIndex = new SearchIndex(db);
        this.cachedRows = new CachedRows(db);
    }

    /** The cache handle, for what works on the file as a whole (sync rounds, export, closing). */
    public CacheDatabase database() {
        return db;
    }

    public Path file() {
        return db.file();
    }

    public CacheChanges changes() {
        return db.changes();
    }

    /** Half-typed text kept on this laptop only (the local-only {@code draft} table). */
    public DraftRepository drafts() {
        return drafts;
    }

    public CoachRepository coaches() {
        return coaches;
    }

    public ClientRepository clients() {
        return clients;
    }

    public RelationshipRepository relationships() {
        return relationships;
    }

    public WeeklySnapshotRepository weeklySnapshots() {
        return weeklySnapshots;
    }

    public RollingAggregateRepository rollingAggregates() {
        return rollingAggregates;
    }

    public AgreedActivityRepository agreedActivities() {
        return agreedActivities;
    }

    public PermissionRepository permissions() {
        return permissions;
    }

    public DailyCheckinRepository dailyCheckins() {
        return dailyCheckins;
    }

    public FocusHistoryRepository focusHistory() {
        return focusHistory;
    }

    public ConflictRepository conflicts() {
        return conflicts;
    }

    public OutboxRepository outbox() {
        return outbox;
    }

    public QuarantineRepository quarantine() {
        return quarantine;
    }

    public SyncCursorRepository cursors() {
        return cursors;
    }

    public LastOpenedRepository lastOpened() {
        return lastOpened;
    }

    /** The only way the UI writes: each edit and its outbox entry in one transaction. */
    public LocalEdits edits() {
        return edits;
    }

    public RosterQuery roster() {
        return roster;
    }

    public RowSyncStates rowSyncStates() {
        return rowSyncStates;
    }

    public ChangesSinceQuery changesSince() {
        return changesSince;
    }

    public TodayFactsQuery todayFacts() {
        return todayFacts;
    }

    public TodayDismissals todayDismissals() {
        return todayDismissals;
    }

    public SearchIndex searchIndex() {
        return searchIndex;
    }

    public CachedRows cachedRows() {
        return cachedRows;
    }
}
