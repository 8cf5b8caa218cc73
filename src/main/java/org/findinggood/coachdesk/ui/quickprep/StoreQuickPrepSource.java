package org.findinggood.coachdesk.ui.quickprep;

import java.time.LocalDate;
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
        return new QuickPrepData(clientEmail,
                clients.byEmail(clientEmail).orElse(null),
                snapshots.byClient(clientEmail),
                permissions.latestByClient(clientEmail).orElse(null),
                checkins.byClientBetween(clientEmail, from, today),
                activities.byClientAndStatus(clientEmail, ActivityStatus.PENDING).size());
    }
}
