package org.findinggood.coachdesk.ui.activities;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.store.RowSyncStates;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.json.JsonShape;
import org.findinggood.coachdesk.ui.common.json.JsonShapeRecognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Activities tab: the client's agreed activities with filters, sort, and edits. Every edit goes
 * through the store's {@link LocalEdits} (row and outbox entry in one transaction), so it works
 * offline and shows as "waiting to sync" until the sync engine pushes it. Reads and writes run
 * through {@link Tasks}, never on the FX thread; a newer client selection drops older loads.
 */
public final class ActivitiesViewModel {

    static final String TABLE = "agreed_activities";
    private static final Logger LOG = LoggerFactory.getLogger(ActivitiesViewModel.class);

    public static final List<Choice<ActivityStatus>> STATUS_FILTERS = Choice.withAll("All statuses",
            ActivityStatus::label, ActivityStatus.PENDING, ActivityStatus.EVIDENCE_FOUND, ActivityStatus.RESOLVED,
            ActivityStatus.DEPRIORITIZED);
    public static final List<Choice<ActivitySource>> SOURCE_FILTERS = Choice.withAll("All sources",
            ActivitySource::label, ActivitySource.FOCUS, ActivitySource.SESSION, ActivitySource.TRANSCRIPT);
    public static final List<Choice<Visibility>> VISIBILITY_FILTERS = Choice.withAll("Shared and private",
            Visibility::label, Visibility.SHARED, Visibility.COACH_ONLY);

    private final AgreedActivityRepository activities;
    private final RowSyncStates syncStates;
    private final LocalEdits edits;
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
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorDetails = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper renderCount = new ReadOnlyIntegerWrapper(0);
    private final ActivityColumns columns = new ActivityColumns();
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private long generation;

    public ActivitiesViewModel(AgreedActivityRepository activities, RowSyncStates syncStates, LocalEdits edits,
                               Tasks tasks, JsonShapeRecognizer recognizer) {
        this.activities = activities;
        this.syncStates = syncStates;
        this.edits = edits;
        this.tasks = tasks;
        this.recognizer = recognizer;
        rows.setComparator(ActivitySort.UPDATED.descending());
        clientEmail.addListener((obs, old, now) -> load(now, true, null));
        statusFilter.addListener((obs, old, now) -> applyFilter());
        sourceFilter.addListener((obs, old, now) -> applyFilter());
        visibilityFilter.addListener((obs, old, now) -> applyFilter());
        presenting.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) ->
                selectedEvidence.set(now == null ? new JsonShape.Nothing() : recognizer.recognize(now.evidence())));
    }

    /**
     * The "Presenting" switch (the app binds it to its one switch): on, private (coach-only) activities
     * leave the table and the count, and the view takes the coach notes off the screen.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
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

    /** Reads the client's activities again (after a sync), keeping the selection. */
    public void refresh() {
        load(clientEmail.get(), false, selected.get() == null ? null : selected.get().id());
    }

    private void load(String email, boolean clear, UUID keepSelection) {
        long mine = ++generation;
        if (clear) {
            selected.set(null);
            all.clear();
            summary.set("");
            error.set("");
            errorDetails.set("");
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
                        all.setAll(loaded);
                        applyFilter();
                        if (keepSelection != null) {
                            selected.set(loaded.stream().filter(r -> r.id().equals(keepSelection)).findFirst().orElse(null));
                        }
                        renderCount.set(renderCount.get() + 1);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        loading.set(false);
                        LOG.warn("Activities could not be read from the cache: {}", failure.getClass().getSimpleName());
                        all.clear();
                        showError("The activities could not be read from the local cache. Try again, or sync to refresh them.",
                                failure);
                    }
                });
    }

    private List<ActivityRow> read(String email) {
        Map<UUID, RowSyncState> states = syncStates.unsynced(TABLE);
        return activities.byClient(email).stream()
                .map(activity -> new ActivityRow(activity, states.getOrDefault(activity.id(), RowSyncState.SYNCED)))
                .toList();
    }

    private void applyFilter() {
        ActivityStatus status = statusFilter.get() == null ? null : statusFilter.get().value();
        ActivitySource source = sourceFilter.get() == null ? null : sourceFilter.get().value();
        Visibility visibility = visibilityFilter.get() == null ? null : visibilityFilter.get().value();
        boolean shownToOthers = presenting.get();
        Predicate<ActivityRow> keep = row -> (status == null || row.status() == status)
                && (source == null || row.source() == source)
                && (visibility == null || row.visibility() == visibility)
                && !(shownToOthers && row.isPrivate());
        filtered.setPredicate(keep);
        if (selected.get() != null && !keep.test(selected.get())) {
            selected.set(null);
        }
        // presenting, the count must not give the private ones away either
        long total = shownToOthers ? all.stream().filter(r -> !r.isPrivate()).count() : all.size();
        long pending = all.stream().filter(r -> r.syncState() != RowSyncState.SYNCED).count();
        summary.set(filtered.size() + " of " + total + (total == 1 ? " activity" : " activities")
                + (pending == 0 ? "" : " · " + pending + " waiting to sync or in conflict"));
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
        return edit(() -> edits.addActivity(email, source, visibility, text, notes), true);
    }

    public Tasks.Job<AgreedActivity> changeStatus(ActivityRow row, ActivityStatus status) {
        Objects.requireNonNull(row);
        return edit(() -> edits.changeActivityStatus(row.id(), status), false);
    }

    public Tasks.Job<AgreedActivity> editCoachNotes(ActivityRow row, String notes) {
        Objects.requireNonNull(row);
        return edit(() -> edits.editCoachNotes(row.id(), notes), false);
    }

    public Tasks.Job<AgreedActivity> changeVisibility(ActivityRow row, Visibility visibility) {
        Objects.requireNonNull(row);
        return edit(() -> edits.changeVisibility(row.id(), visibility), false);
    }

    private Tasks.Job<AgreedActivity> edit(Callable<AgreedActivity> change, boolean selectResult) {
        error.set("");
        errorDetails.set("");
        busy.set(true);
        long mine = generation;
        return tasks.run(change)
                .onSuccess(saved -> {
                    if (mine == generation) {
                        load(clientEmail.get(), false, saved.id());
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
                .andFinally(() -> busy.set(false));
    }

    private void showError(String sentence, Throwable failure) {
        error.set(sentence);
        errorDetails.set(failure.getClass().getName() + ": " + failure.getMessage());
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorDetailsProperty() {
        return errorDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty renderCountProperty() {
        return renderCount.getReadOnlyProperty();
    }
}
