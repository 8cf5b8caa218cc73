package org.findinggood.coachdesk.app;

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
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.ClientRepository;
import org.findinggood.coachdesk.store.DailyCheckinRepository;
import org.findinggood.coachdesk.store.PermissionRepository;
import org.findinggood.coachdesk.store.WeeklySnapshotRepository;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepData;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepSource;
import org.findinggood.coachdesk.ui.quickprep.QuickPrepViewModel;

/** Quick Prep's port filled from the local cache (background thread only, as every store call). */
public final class StoreQuickPrepSource implements QuickPrepSource {

    private final ClientRepository clients;
    private final WeeklySnapshotRepository snapshots;
    private final PermissionRepository permissions;
    private final DailyCheckinRepository checkins;
    private final AgreedActivityRepository activities;

    public StoreQuickPrepSource(CacheStore store) {
        this.clients = store.clients();
        this.snapshots = store.weeklySnapshots();
        this.permissions = store.permissions();
        this.checkins = store.dailyCheckins();
        this.activities = store.agreedActivities();
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
