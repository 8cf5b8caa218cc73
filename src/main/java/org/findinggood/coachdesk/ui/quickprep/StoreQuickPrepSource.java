package org.findinggood.coachdesk.ui.quickprep;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.store.SnapshotWeek;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.store.PermissionRepository;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;

/** Quick Prep's rows from the local cache (background thread only, as every store call). */
public final class StoreQuickPrepSource implements QuickPrepSource {

    private final ClientRepository clients;
    private final WeeklySnapshotRepository snapshots;
    private final PermissionRepository permissions;
    private final DailyCheckinRepository checkins;
    private final AgreedActivityRepository activities;

    public StoreQuickPrepSource(CacheDatabase db) {
        this(new ClientRepository(db), new WeeklySnapshotRepository(db), new PermissionRepository(db),
                new DailyCheckinRepository(db), new AgreedActivityRepository(db));
    }

    public StoreQuickPrepSource(ClientRepository clients, WeeklySnapshotRepository snapshots,
                                PermissionRepository permissions, DailyCheckinRepository checkins,
                                AgreedActivityRepository activities) {
        this.clients = clients;
        this.snapshots = snapshots;
        this.permissions = permissions;
        this.checkins = checkins;
        this.activities = activities;
    }

    @Override
    public QuickPrepData load(String clientEmail, LocalDate today) {
        LocalDate from = today.minusDays(QuickPrepViewModel.CHECKIN_DAYS - 1L);
        // the week list from an index-only read; JSON only for the newest week (what is shown first)
        List<SnapshotWeek> weeks = snapshots.weeksByClient(clientEmail);
        Map<UUID, WeeklySnapshot> loaded = new HashMap<>();
        if (!weeks.isEmpty()) {
            snapshots.findById(weeks.get(0).id()).ifPresent(newest -> loaded.put(newest.id(), newest));
        }
        return new QuickPrepData(clientEmail,
                clients.byEmail(clientEmail).orElse(null),
                weeks,
                loaded,
                permissions.latestByClient(clientEmail).orElse(null),
                checkins.byClientBetween(clientEmail, from, today),
                activities.byClientAndStatus(clientEmail, ActivityStatus.PENDING).size(),
                activities.byClientAndStatus(clientEmail, ActivityStatus.EVIDENCE_FOUND).size());
    }

    @Override
    public Optional<WeeklySnapshot> week(UUID snapshotId) {
        return snapshots.findById(snapshotId);
    }
}
