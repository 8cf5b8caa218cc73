package org.findinggood.coachdesk.ui.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.app.StoreActivities;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.store.DraftRepository;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.findinggood.coachdesk.ui.tabs.DemoCache;
import org.findinggood.coachdesk.ui.tabs.DemoRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Half-typed text (a new activity, notes in their save pause) is kept in the cache's local-only draft table: it outlives the window and the process. */
class NewActivityDraftsTest {

    @TempDir
    Path dir;

    private final DemoRows demo = DemoRows.standard();
    private final String email = demo.client(RelationshipStatus.ACTIVE, 0).email();
    private final String other = demo.client(RelationshipStatus.ACTIVE, 1).email();

    private static ActivitiesViewModel model(CacheDatabase db) {
        StoreActivities store = new StoreActivities(new CacheStore(db));
        return new ActivitiesViewModel(store, Tasks.sameThread(), new JsonShapeRecognizer(), store);
    }

    @Test
    void aHalfTypedNewActivityComesBackAfterARestartForItsClientOnlyAndGoesOnceAdded() {
        CacheKey key = SecretsLog.randomCacheKey();
        Path file = dir.resolve("drafts.db");
        CacheDatabase db = CacheDatabase.open(file, key).database();
        DemoCache.write(db, demo.data());
        ActivitiesViewModel before = model(db);
        before.show(email);
        before.newActivityTextProperty().set("Write the three wins of the week");
        before.show(other);
        before.newActivityTextProperty().set("Ask for");
        // no save, no switch back: the process ends here (closing the file is what a crash leaves too, the
        // draft having been committed as it was typed)
        db.close();

        db = CacheDatabase.open(file, key).database();
        try {
            ActivitiesViewModel after = model(db);
            after.show(email);
            assertThat(after.newActivityTextProperty().get()).isEqualTo("Write the three wins of the week");
            after.show(other);
            assertThat(after.newActivityTextProperty().get()).isEqualTo("Ask for");

            after.show(email);
            after.addActivity(after.newActivityTextProperty().get(), ActivitySource.SESSION, Visibility.SHARED, null)
                    .onSuccess(saved -> after.newActivityTextProperty().set(""));
            assertThat(after.selectedProperty().get().text()).isEqualTo("Write the three wins of the week");
            assertThat(new DraftRepository(db).read(DraftRepository.NEW_ACTIVITY, email)).isEmpty();
            assertThat(new DraftRepository(db).read(DraftRepository.NEW_ACTIVITY, other)).contains("Ask for");
        } finally {
            db.close();
        }
    }

    @Test
    void notesTypedInTheSavePauseComeBackAfterACrashAndAreSavedThenTheirDraftGoes() {
        CacheKey key = SecretsLog.randomCacheKey();
        Path file = dir.resolve("notes.db");
        CacheDatabase db = CacheDatabase.open(file, key).database();
        DemoCache.write(db, demo.data());
        ActivitiesViewModel before = model(db);
        before.show(email);
        ActivityRow row = before.rows().get(0);
        before.selectedProperty().set(row);
        String typed = before.notesDraftProperty().get() + " She asked to revisit the budget talk 🙂";
        before.notesDraftProperty().set(typed);
        // the view's typing pause has not ended: nothing went through LocalEdits yet
        assertThat(new OutboxRepository(db).count()).isZero();
        db.close();

        db = CacheDatabase.open(file, key).database();
        try {
            ActivitiesViewModel after = model(db);
            after.show(email);
            after.selectedProperty().set(after.rows().stream().filter(r -> r.id().equals(row.id())).findFirst().orElseThrow());
            assertThat(after.notesDraftProperty().get()).isEqualTo(typed);
            assertThat(after.notesUnsavedProperty().get()).isTrue();

            after.saveNotesNow();
            assertThat(after.selectedProperty().get().coachNotes()).isEqualTo(typed);
            assertThat(after.notesUnsavedProperty().get()).isFalse();
            assertThat(new OutboxRepository(db).count()).isEqualTo(1);
            assertThat(new DraftRepository(db).read(DraftRepository.ACTIVITY_NOTES, row.id().toString())).isEmpty();
        } finally {
            db.close();
        }
    }

    @Test
    void notesTypedBackToWhatIsStoredLeaveNoDraft() {
        CacheDatabase db = DemoCache.open(dir.resolve("same.db"), demo.data());
        try {
            ActivitiesViewModel model = model(db);
            model.show(email);
            ActivityRow row = model.rows().get(0);
            model.selectedProperty().set(row);
            String stored = model.notesDraftProperty().get();
            model.notesDraftProperty().set(stored + "x");
            assertThat(new DraftRepository(db).read(DraftRepository.ACTIVITY_NOTES, row.id().toString())).contains(stored + "x");
            model.notesDraftProperty().set(stored);
            assertThat(new DraftRepository(db).read(DraftRepository.ACTIVITY_NOTES, row.id().toString())).isEmpty();
        } finally {
            db.close();
        }
    }

    @Test
    void activityTextLongerThanAThousandCharactersIsRefusedWithTheReasonAndNothingIsWritten() {
        CacheDatabase db = DemoCache.open(dir.resolve("long.db"), demo.data());
        try {
            ActivitiesViewModel model = model(db);
            model.show(email);
            // emoji count as one character each, as a person counts them
            String thousand = "🙂".repeat(10) + "a".repeat(990);
            model.newActivityTextProperty().set(thousand);
            assertThat(model.newActivityProblemProperty().get()).isEmpty();

            String longer = thousand + " and one more";
            model.newActivityTextProperty().set(longer);
            assertThat(model.newActivityProblemProperty().get())
                    .isEqualTo("An activity is at most 1,000 characters; this one has 1,013. Shorten it and keep the detail in the coach notes.");
            int rows = model.rows().size();
            model.addActivity(longer, ActivitySource.SESSION, Visibility.SHARED, null);
            assertThat(model.errorProperty().get()).isEqualTo(model.newActivityProblemProperty().get());
            assertThat(model.rows()).hasSize(rows);
            assertThat(new OutboxRepository(db).count()).isZero();

            model.addActivity(thousand, ActivitySource.SESSION, Visibility.SHARED, null);
            assertThat(model.rows()).hasSize(rows + 1);
        } finally {
            db.close();
        }
    }
}
