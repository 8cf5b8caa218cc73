package org.findinggood.coachdesk.ui.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.ActivityText;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.ui.common.ActionState;
import org.findinggood.coachdesk.ui.common.SyncWords;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Activities tab: the client's agreed activities with filters, sort, and edits. Every edit goes
 * through the store's {@link LocalEdits} (row and outbox entry in one transaction), so it works
 * offline and shows as waiting to sync (in the demo: changed here) until the sync engine pushes it. Reads and writes run
 * through {@link Tasks}, never on the FX thread; a newer client selection drops older loads.
 */
public final class ActivitiesViewModel implements ActionState.Owner {

    static final String TABLE = "agreed_activities";
    private static final Logger LOG = LoggerFactory.getLogger(ActivitiesViewModel.class);

    public static final List<Choice<ActivityStatus>> STATUS_FILTERS = Choice.withAll("All statuses",
            ActivityStatus::label, ActivityStatus.PENDING, ActivityStatus.EVIDENCE_FOUND, ActivityStatus.RESOLVED,
            ActivityStatus.DEPRIORITIZED);
    public static final List<Choice<ActivitySource>> SOURCE_FILTERS = Choice.withAll("All sources",
            ActivitySource::label, ActivitySource.FOCUS, ActivitySource.SESSION, ActivitySource.TRANSCRIPT);
    public static final List<Choice<Visibility>> VISIBILITY_FILTERS = Choice.withAll("Shared and private",
            Visibility::label, Visibility.SHARED, Visibility.COACH_ONLY);

    private final ActivityStore store;
    private final Clock clock;
    private final Tasks tasks;
    private final JsonShapeRecognizer recognizer;

    private final StringProperty clientEmail = new SimpleStringProperty();
    private final ObservableList<ActivityRow> all = FXCollections.observableArrayList();
    private final FilteredList<ActivityRow> filtered = new FilteredList<>(all, row -> true);
    private final SortedList<ActivityRow> rows = new SortedList<>(filtered);
    private final ObjectProperty<Choice<ActivityStatus>> statusFilter = new SimpleObjectProperty<>(STATUS_FILTERS.get(0));
    private final ObjectProperty<Choice<ActivitySource>> sourceFilter = new SimpleObjectProperty<>(SOURCE_FILTERS.get(0));
    private final ObjectProperty<Choice<Visibility>> visibilityFilter = new SimpleObjectProperty<>(VISIBILITY_FILTERS.get(0));
    private final ObjectProperty<ActivityRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<JsonShape> selectedEvidence = new ReadOnlyObjectWrapper<>(new JsonShape.Nothing());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ActionState action = ActionState.emptyWhenClear();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper renderCount = new ReadOnlyIntegerWrapper(0);
    private final ActivityColumns columns = new ActivityColumns();
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private SyncWords syncWords = SyncWords.SIGNED_IN;
    // the selected activity's notes as typed: kept in the draft table at once, saved through LocalEdits
    // after the view's typing pause and when the selection, client or tab moves on, so none are dropped
    private final StringProperty notesDraft = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper notesUnsaved = new ReadOnlyBooleanWrapper(false);
    // the new-activity text per client, kept while the coach looks at another client and, with a
    // TypedDrafts port, in the cache's local-only draft table (written off the FX thread as the coach types)
    private final StringProperty newActivityText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newActivityProblem = new ReadOnlyStringWrapper("");
    private final Map<String, String> newActivityDrafts = new HashMap<>();
    private final TypedDrafts drafts;
    // drafts typed since the last write; one write at a time, each taking the latest text
    private final Map<DraftKey, String> draftsToWrite = new LinkedHashMap<>();
    private boolean writingDrafts;
    private boolean showingDraft;
    // the notes field shows what is stored (or a restored draft), not what the coach typed
    private boolean showingNotes;
    // the row just edited stays listed (and selected) even if a filter would now hide it
    private UUID pinned;
    // an activity to select once the client's rows are read (a search hit opened it)
    private UUID revealing;
    private boolean replacingRows;
    private long generation;

    /**
     * What the tab needs from the store (the composition root fills it): a client's activities, the
     * rows not yet synced, and the edits, each written with its outbox entry. Called off the FX thread.
     */
    public interface ActivityStore {
        List<AgreedActivity> byClient(String clientEmail);

        /** The agreed activities with an unsent edit or a conflict, by id. */
        Map<UUID, RowSyncState> unsynced();

        AgreedActivity addActivity(String clientEmail, ActivitySource source, Visibility visibility, String text,
                                   String coachNotes);

        AgreedActivity changeActivityStatus(UUID activityId, ActivityStatus next);

        AgreedActivity editCoachNotes(UUID activityId, String notes);

        AgreedActivity changeVisibility(UUID activityId, Visibility visibility);
    }

    /**
     * Where text typed and not yet saved as data is kept (the cache's local-only draft table), so it survives
     * another client, a restart or a crash: a half-typed new activity per client, and an activity's coach
     * notes typed since their last save. Called off the FX thread; blank text removes a draft.
     */
    public interface TypedDrafts {
        Optional<String> readNewActivity(String clientEmail);

        void keepNewActivity(String clientEmail, String text);

        Optional<String> readNotes(UUID activityId);

        void keepNotes(UUID activityId, String text);
    }

    /** One draft's place: a client's new activity, or an activity's notes. */
    private record DraftKey(boolean notes, String key) {
        static DraftKey newActivity(String clientEmail) {
            return new DraftKey(false, clientEmail);
        }

        static DraftKey notes(UUID activityId) {
            return new DraftKey(true, activityId.toString());
        }
    }

    public ActivitiesViewModel(ActivityStore store, Tasks tasks, JsonShapeRecognizer recognizer) {
        this(store, tasks, recognizer, null);
    }

    /** With {@code drafts} (or null: kept in memory only), typed text survives restarts and crashes. */
    public ActivitiesViewModel(ActivityStore store, Tasks tasks, JsonShapeRecognizer recognizer, TypedDrafts drafts) {
        this(store, tasks, recognizer, drafts, Clock.systemDefaultZone());
    }

    /** As above; {@code clock} says what "this year" is for the table's short dates. */
    public ActivitiesViewModel(ActivityStore store, Tasks tasks, JsonShapeRecognizer recognizer, TypedDrafts drafts, Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.store = store;
        this.drafts = drafts;
        this.tasks = tasks;
        this.recognizer = recognizer;
        rows.setComparator(ActivitySort.UPDATED.descending());
        clientEmail.addListener((obs, old, now) -> {
            keepNewActivityDraft(old, now);
            load(now, true, null);
        });
        statusFilter.addListener((obs, old, now) -> filterChangedByCoach());
        sourceFilter.addListener((obs, old, now) -> filterChangedByCoach());
        visibilityFilter.addListener((obs, old, now) -> filterChangedByCoach());
        selected.addListener((obs, old, now) -> {
            selectedEvidence.set(now == null ? new JsonShape.Nothing() : recognizer.recognize(now.evidence()));
            followSelectionWithNotes(old, now);
        });
        presenting.addListener((obs, old, now) -> applyFilter());
        notesDraft.addListener((obs, old, now) -> {
            updateNotesUnsaved();
            keepNotesDraft(now);
        });
        newActivityText.addListener((obs, old, now) -> {
            newActivityProblem.set(ActivityText.problem(now));
            if (!showingDraft && clientEmail.get() != null) {
                keepDraft(clientEmail.get(), now);
            }
        });
    }

    /** Another activity (or none): the old one's typed notes are saved first, then the new one's shown. */
    private void followSelectionWithNotes(ActivityRow old, ActivityRow now) {
        boolean sameActivity = old != null && now != null && old.id().equals(now.id());
        if (old != null && !sameActivity) {
            saveNotes(old, notesDraft.get());
        }
        if (now == null) {
            showNotes("");
        } else if (!sameActivity || notesDraft.get().equals(notes(old))) {
            // a new activity, or the same one re-read with nothing typed since: show the stored notes
            showNotes(notes(now));
        }
        if (now != null && !sameActivity) {
            restoreNotesDraft(now);
        }
        if (pinned != null && (now == null || !now.id().equals(pinned)) && !replacingRows) {
            pinned = null;
            applyFilter();
        }
        updateNotesUnsaved();
    }

    private void updateNotesUnsaved() {
        ActivityRow row = selected.get();
        notesUnsaved.set(row != null && !notesDraft.get().equals(notes(row)));
    }

    private static String notes(ActivityRow row) {
        return row == null || row.coachNotes() == null ? "" : row.coachNotes();
    }

    private void showNotes(String text) {
        showingNotes = true;
        try {
            notesDraft.set(text);
        } finally {
            showingNotes = false;
        }
    }

    /**
     * Keeps the typed notes in the draft table at once, so notes typed in the pause before their save
     * outlive a crash; text equal to what is stored leaves no draft.
     */
    private void keepNotesDraft(String typed) {
        ActivityRow row = selected.get();
        if (!showingNotes && row != null) {
            queueDraft(DraftKey.notes(row.id()), typed.equals(notes(row)) ? "" : typed);
        }
    }

    /** Notes typed and not saved before Coach Desk ended come back into the field, to be saved as if just typed. */
    private void restoreNotesDraft(ActivityRow row) {
        if (drafts == null) {
            return;
        }
        tasks.run(() -> drafts.readNotes(row.id()))
                .onSuccess(kept -> {
                    ActivityRow shown = selected.get();
                    if (kept.isPresent() && shown != null && shown.id().equals(row.id())
                            && notesDraft.get().equals(notes(shown)) && !kept.get().equals(notes(shown))) {
                        // set as typed: it is marked unsaved, and the view saves it after its pause
                        notesDraft.set(kept.get());
                    }
                })
                .onFailure(failure -> LOG.warn("Unsaved notes could not be read: {}", failure.getClass().getSimpleName()));
    }

    /** The notes saved: their draft goes, unless the coach has typed on since. */
    private void notesSaved(UUID activityId, String text) {
        ActivityRow shown = selected.get();
        if (shown == null || !shown.id().equals(activityId) || notesDraft.get().equals(text)) {
            queueDraft(DraftKey.notes(activityId), "");
        }
    }

    private void keepNewActivityDraft(String oldClient, String newClient) {
        if (oldClient != null) {
            String typed = newActivityText.get();
            if (typed == null || typed.isBlank()) {
                newActivityDrafts.remove(oldClient);
            } else {
                newActivityDrafts.put(oldClient, typed);
            }
        }
        showDraft(newClient == null ? "" : newActivityDrafts.getOrDefault(newClient, ""));
        if (newClient != null && drafts != null && !newActivityDrafts.containsKey(newClient)) {
            // typed before a restart (or a crash): read it from the cache, unless the coach has started typing
            tasks.run(() -> drafts.readNewActivity(newClient))
                    .onSuccess(kept -> {
                        if (kept.isPresent() && newClient.equals(clientEmail.get()) && newActivityText.get().isEmpty()) {
                            newActivityDrafts.put(newClient, kept.get());
                            showDraft(kept.get());
                        }
                    })
                    .onFailure(failure -> LOG.warn("A new-activity draft could not be read: {}", failure.getClass().getSimpleName()));
        }
    }

    private void showDraft(String text) {
        showingDraft = true;
        try {
            newActivityText.set(text);
        } finally {
            showingDraft = false;
        }
    }

    /** Writes the client's new-activity text to the cache, off the FX thread; typing faster than writes coalesces. */
    private void keepDraft(String client, String text) {
        if (text == null || text.isBlank()) {
            newActivityDrafts.remove(client);
        } else {
            newActivityDrafts.put(client, text);
        }
        queueDraft(DraftKey.newActivity(client), text);
    }

    private void queueDraft(DraftKey key, String text) {
        if (drafts == null) {
            return;
        }
        draftsToWrite.put(key, text == null ? "" : text);
        if (!writingDrafts) {
            writeDrafts();
        }
    }

    private void writeDrafts() {
        if (draftsToWrite.isEmpty()) {
            writingDrafts = false;
            return;
        }
        writingDrafts = true;
        Map<DraftKey, String> batch = new LinkedHashMap<>(draftsToWrite);
        draftsToWrite.clear();
        tasks.run(() -> batch.forEach((key, text) -> {
                    if (key.notes()) {
                        drafts.keepNotes(UUID.fromString(key.key()), text);
                    } else {
                        drafts.keepNewActivity(key.key(), text);
                    }
                }))
                .onFailure(failure -> LOG.warn("A draft could not be kept: {}", failure.getClass().getSimpleName()))
                .andFinally(this::writeDrafts);
    }

    private void filterChangedByCoach() {
        pinned = null;
        applyFilter();
    }

    /** Saves the selected activity's typed notes now (the view calls it after a typing pause and on leaving the field). */
    public void saveNotesNow() {
        ActivityRow row = selected.get();
        if (row != null) {
            saveNotes(row, notesDraft.get());
        }
    }

    private void saveNotes(ActivityRow row, String text) {
        if (!text.equals(notes(row))) {
            edit(() -> store.editCoachNotes(row.id(), text), false).onSuccess(saved -> notesSaved(row.id(), text));
        }
    }

    /**
     * The "Presenting" switch (the app binds it to its one switch): on, private (coach-only) activities
     * leave the table and the count, and the view takes the coach notes off the screen.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** What edited rows are called in this workspace (the demo's never promise a sync); set before the first load. */
    public void useSyncWords(SyncWords words) {
        this.syncWords = Objects.requireNonNull(words);
        applyFilter();
    }

    public SyncWords syncWords() {
        return syncWords;
    }

    /** Today by the app's clock (the table writes "14 Oct" for this year, "Sep 2025" before). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The table's hidden columns (the app keeps them in the settings). */
    public ActivityColumns columns() {
        return columns;
    }

    public StringProperty clientEmailProperty() {
        return clientEmail;
    }

    public void show(String email) {
        clientEmail.set(email);
    }

    /**
     * Selects this activity (the view scrolls it into view), listed even if a filter would hide it, as an
     * edited row is; if the client's rows are still being read, once they are. A search hit opens it so.
     */
    public void reveal(UUID activityId) {
        revealing = activityId;
        if (!loading.get()) {
            revealRead();
        }
    }

    /** Selects the awaited activity if the rows read have it; a read that lacks it (another client's) waits for the next. */
    private void revealRead() {
        UUID id = revealing;
        ActivityRow row = id == null ? null : all.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
        if (row == null) {
            return;
        }
        revealing = null;
        pinned = id;
        applyFilter();
        selected.set(row);
    }

    /** Reads the client's activities again (after a sync), keeping the selection. */
    public void refresh() {
        load(clientEmail.get(), false, selectedId());
    }

    private UUID selectedId() {
        return selected.get() == null ? null : selected.get().id();
    }

    private void load(String email, boolean clear, UUID keepSelection) {
        long mine = ++generation;
        if (clear) {
            selected.set(null);
            all.clear();
            summary.set("");
            action.clearError();
        }
        if (email == null || email.isBlank()) {
            loading.set(false);
            return;
        }
        loading.set(true);
        tasks.run(() -> read(email))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        loading.set(false);
                        // the table drops its selection while rows are replaced; that is not the coach's doing
                        replacingRows = true;
                        try {
                            all.setAll(loaded);
                            applyFilter();
                            if (keepSelection != null) {
                                selected.set(loaded.stream().filter(r -> r.id().equals(keepSelection)).findFirst().orElse(null));
                            }
                        } finally {
                            replacingRows = false;
                        }
                        revealRead();
                        renderCount.set(renderCount.get() + 1);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        loading.set(false);
                        LOG.warn("Activities could not be read from the cache: {}", failure.getClass().getSimpleName());
                        all.clear();
                        showError("The activities could not be read from the local cache. Open the client again; if it keeps failing, restart Coach Desk.",
                                failure);
                    }
                });
    }

    private List<ActivityRow> read(String email) {
        Map<UUID, RowSyncState> states = store.unsynced();
        return store.byClient(email).stream()
                .map(activity -> new ActivityRow(activity, states.getOrDefault(activity.id(), RowSyncState.SYNCED)))
                .toList();
    }

    private void applyFilter() {
        ActivityStatus status = statusFilter.get() == null ? null : statusFilter.get().value();
        ActivitySource source = sourceFilter.get() == null ? null : sourceFilter.get().value();
        Visibility visibility = visibilityFilter.get() == null ? null : visibilityFilter.get().value();
        boolean shownToOthers = presenting.get();
        UUID keepShown = pinned;
        // presenting hides private rows even when pinned; otherwise the row just edited stays listed
        Predicate<ActivityRow> keep = row -> !(shownToOthers && row.isPrivate()) && (row.id().equals(keepShown)
                || (status == null || row.status() == status)
                && (source == null || row.source() == source)
                && (visibility == null || row.visibility() == visibility));
        filtered.setPredicate(keep);
        if (selected.get() != null && !keep.test(selected.get()) && !replacingRows) {
            selected.set(null);
        }
        // presenting, the count must not give the private ones away either
        long total = shownToOthers ? all.stream().filter(r -> !r.isPrivate()).count() : all.size();
        long pending = all.stream().filter(r -> r.syncState() != RowSyncState.SYNCED).count();
        summary.set(filtered.size() + " of " + total + (total == 1 ? " activity" : " activities")
                + (pending == 0 ? "" : " · " + pending + " " + syncWords.pendingCount()));
    }

    public void sortBy(ActivitySort sort, boolean ascending) {
        rows.setComparator(ascending ? sort.ascending() : sort.descending());
    }

    /** Sets the table's order directly (the view passes its column comparator; null: newest update first). */
    public void sortWith(java.util.Comparator<ActivityRow> comparator) {
        rows.setComparator(comparator == null ? ActivitySort.UPDATED.descending() : comparator);
    }

    // --- edits: each goes through LocalEdits (row + outbox entry), then the list is read again ---

    public Tasks.Job<AgreedActivity> addActivity(String text, ActivitySource source, Visibility visibility, String notes) {
        String email = clientEmail.get();
        return edit(() -> store.addActivity(email, source, visibility, text, notes), true);
    }

    public Tasks.Job<AgreedActivity> changeStatus(ActivityRow row, ActivityStatus status) {
        Objects.requireNonNull(row);
        return edit(() -> store.changeActivityStatus(row.id(), status), false);
    }

    public Tasks.Job<AgreedActivity> editCoachNotes(ActivityRow row, String notes) {
        Objects.requireNonNull(row);
        return edit(() -> store.editCoachNotes(row.id(), notes), false);
    }

    public Tasks.Job<AgreedActivity> changeVisibility(ActivityRow row, Visibility visibility) {
        Objects.requireNonNull(row);
        return edit(() -> store.changeVisibility(row.id(), visibility), false);
    }

    private Tasks.Job<AgreedActivity> edit(Callable<AgreedActivity> change, boolean selectResult) {
        action.start();
        long mine = generation;
        return tasks.run(change)
                .onSuccess(saved -> {
                    if (mine == generation) {
                        // the edited row stays listed; the coach's selection stays where it is (a new
                        // activity becomes the selection)
                        pinned = selectResult || saved.id().equals(selectedId()) ? saved.id() : pinned;
                        load(clientEmail.get(), false, selectResult ? saved.id() : selectedId());
                    }
                })
                .onFailure(failure -> {
                    if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
                        // LocalEdits refuses with a sentence meant for the coach
                        showError(failure.getMessage(), failure);
                    } else {
                        LOG.warn("An activity edit could not be saved: {}", failure.getClass().getSimpleName());
                        showError("The change could not be saved in the local cache; nothing was changed. "
                                + "Check free disk space and try again.", failure);
                    }
                })
                .andFinally(action::finish);
    }

    private void showError(String sentence, Throwable failure) {
        action.fail(sentence, failure.getClass().getName() + ": " + failure.getMessage());
    }

    /** The selected activity's coach notes as typed (bound to the notes field). */
    public StringProperty notesDraftProperty() {
        return notesDraft;
    }

    /** True while the typed notes differ from what the cache holds for the selected activity. */
    public ReadOnlyBooleanProperty notesUnsavedProperty() {
        return notesUnsaved.getReadOnlyProperty();
    }

    /** Why the typed new activity cannot be added as it is (too long), in a sentence; empty when it can. */
    public ReadOnlyStringProperty newActivityProblemProperty() {
        return newActivityProblem.getReadOnlyProperty();
    }

    /** The new activity's text as typed for the shown client (kept per client until added). */
    public StringProperty newActivityTextProperty() {
        return newActivityText;
    }

    /** True while rows are being replaced after a read: the table's passing empty selection is not the coach's. */
    public boolean isReplacingRows() {
        return replacingRows;
    }

    public ObservableList<ActivityRow> rows() {
        return rows;
    }

    public int totalCount() {
        return all.size();
    }

    public ObjectProperty<Choice<ActivityStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Choice<ActivitySource>> sourceFilterProperty() {
        return sourceFilter;
    }

    public ObjectProperty<Choice<Visibility>> visibilityFilterProperty() {
        return visibilityFilter;
    }

    public ObjectProperty<ActivityRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<JsonShape> selectedEvidenceProperty() {
        return selectedEvidence.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    @Override
    public ActionState actionState() {
        return action;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty renderCountProperty() {
        return renderCount.getReadOnlyProperty();
    }
}
