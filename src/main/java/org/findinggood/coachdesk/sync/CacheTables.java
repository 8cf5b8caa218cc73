package org.findinggood.coachdesk.sync;

import org.findinggood.coachdesk.store.QuarantineRepository;
import org.findinggood.coachdesk.store.CacheStore;
import java.util.List;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Client;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.model.FocusHistoryEntry;
import org.findinggood.coachdesk.model.Permission;
import org.findinggood.coachdesk.model.RollingAggregate;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CoachRepository;
import org.findinggood.coachdesk.store.FocusHistoryRepository;

/** Every cached table with its pull plan (cursor column and scope columns). */
final class CacheTables {

    private final CoachRepository coaches;
    private final FocusHistoryRepository focusRows;
    private final PulledTable<CoachingRelationship> relationships;
    private final PulledTable<Client> clients;
    private final PulledTable<WeeklySnapshot> snapshots;
    private final PulledTable<RollingAggregate> aggregates;
    private final PulledTable<AgreedActivity> activities;
    private final PulledTable<Permission> permissions;
    private final PulledTable<DailyCheckin> checkins;
    private final PulledTable<FocusHistoryEntry> focus;
    private final QuarantineRepository quarantine;

    CacheTables(CacheDatabase db) {
        this(new CacheStore(db));
    }

    /** The pulled tables over the open cache's repositories. */
    CacheTables(CacheStore store) {
        this.quarantine = store.quarantine();
        coaches = store.coaches();
        focusRows = store.focusHistory();
        relationships = new PulledTable<>("coaching_relationships", CoachingRelationship.class,
                store.relationships(), "client_email", null, "updated_at", CoachingRelationship::id,
                CoachingRelationship::updatedAt);
        clients = new PulledTable<>("clients", Client.class, store.clients(), "email", null, null, Client::id,
                c -> null);
        snapshots = new PulledTable<>("weekly_snapshots", WeeklySnapshot.class, store.weeklySnapshots(),
                "client_email", "coach_id", "created_at", WeeklySnapshot::id, WeeklySnapshot::createdAt);
        aggregates = new PulledTable<>("rolling_aggregates", RollingAggregate.class, store.rollingAggregates(),
                "client_email", "coach_id", "updated_at", RollingAggregate::id, RollingAggregate::updatedAt);
        activities = new PulledTable<>("agreed_activities", AgreedActivity.class, store.agreedActivities(),
                "client_email", "coach_id", "updated_at", AgreedActivity::id, AgreedActivity::updatedAt);
        permissions = new PulledTable<>("permissions", Permission.class, store.permissions(), "client_email",
                null, "updated_at", Permission::id, Permission::updatedAt);
        checkins = new PulledTable<>("daily_checkins", DailyCheckin.class, store.dailyCheckins(),
                "client_email", null, "created_at", DailyCheckin::id, DailyCheckin::createdAt);
        focus = new PulledTable<>("focus_history", FocusHistoryEntry.class, focusRows, "client_email", null, null,
                FocusHistoryEntry::id, f -> null);
    }

    CoachRepository coaches() {
        return coaches;
    }

    PulledTable<CoachingRelationship> relationships() {
        return relationships;
    }

    PulledTable<Client> clients() {
        return clients;
    }

    PulledTable<DailyCheckin> checkins() {
        return checkins;
    }

    PulledTable<FocusHistoryEntry> focus() {
        return focus;
    }

    List<FocusHistoryEntry> focusEntries(String clientEmail) {
        return focusRows.byClient(clientEmail);
    }

    /** The tables scoped by client e-mail, pulled in this order. */
    List<PulledTable<?>> clientTables() {
        return List.of(permissions, activities, aggregates, snapshots, checkins, focus);
    }

    /** Every pulled table (for the cache-versus-server comparison in tests and diagnostics). */
    List<PulledTable<?>> all() {
        return List.of(relationships, clients, permissions, activities, aggregates, snapshots, checkins, focus);
    }

    /** Where rows the cache cannot store are kept aside. */
    QuarantineRepository quarantine() {
        return quarantine;
    }
}
