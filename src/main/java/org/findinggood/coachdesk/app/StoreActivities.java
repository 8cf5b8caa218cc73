package org.findinggood.coachdesk.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.DraftRepository;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.ui.activities.ActivitiesViewModel;

/** The Activities tab's port filled from the local cache: reads by repository, writes through LocalEdits. */
public final class StoreActivities implements ActivitiesViewModel.ActivityStore, ActivitiesViewModel.TypedDrafts {

    private static final String TABLE = "agreed_activities";

    private final CacheStore store;

    public StoreActivities(CacheStore store) {
        this.store = store;
    }

    @Override
    public List<AgreedActivity> byClient(String clientEmail) {
        return store.agreedActivities().byClient(clientEmail);
    }

    @Override
    public Map<UUID, RowSyncState> unsynced() {
        return store.rowSyncStates().unsynced(TABLE);
    }

    @Override
    public AgreedActivity addActivity(String clientEmail, ActivitySource source, Visibility visibility, String text,
                                      String coachNotes) {
        return store.edits().addActivity(clientEmail, source, visibility, text, coachNotes);
    }

    @Override
    public AgreedActivity changeActivityStatus(UUID activityId, ActivityStatus next) {
        return store.edits().changeActivityStatus(activityId, next);
    }

    @Override
    public AgreedActivity editCoachNotes(UUID activityId, String notes) {
        return store.edits().editCoachNotes(activityId, notes);
    }

    @Override
    public AgreedActivity changeVisibility(UUID activityId, Visibility visibility) {
        return store.edits().changeVisibility(activityId, visibility);
    }

    @Override
    public Optional<String> readNewActivity(String clientEmail) {
        return store.drafts().read(DraftRepository.NEW_ACTIVITY, clientEmail);
    }

    @Override
    public void keepNewActivity(String clientEmail, String text) {
        store.drafts().keep(DraftRepository.NEW_ACTIVITY, clientEmail, text);
    }

    @Override
    public Optional<String> readNotes(UUID activityId) {
        return store.drafts().read(DraftRepository.ACTIVITY_NOTES, activityId.toString());
    }

    @Override
    public void keepNotes(UUID activityId, String text) {
        store.drafts().keep(DraftRepository.ACTIVITY_NOTES, activityId.toString(), text);
    }
}
