package org.findinggood.coachdesk.ui.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.store.RosterRow;
import org.findinggood.coachdesk.store.RowSyncState;
import org.findinggood.coachdesk.ui.common.ActionState;
import org.findinggood.coachdesk.ui.common.SyncWords;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roster: every relationship of the coach with its client, filtered by status and a search
 * text, with counts per status; and the relationship lifecycle (invite, accept, pause, resume,
 * complete). Every transition is checked against {@link RelationshipStatus#canMoveTo} here before it
 * reaches the store, which records it in the outbox so it works offline.
 */
public class RosterViewModel implements ActionState.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(RosterViewModel.class);

    /** Reads the roster from the cache ({@code RosterQuery::rows} in the app). Runs off the FX thread. */
    @FunctionalInterface
    public interface RosterSource {
        List<RosterRow> rows();
    }

    /**
     * Which relationships have edits waiting to sync or in conflict ({@code RowSyncStates} in the app);
     * every other one is synced. Runs off the FX thread.
     */
    @FunctionalInterface
    public interface SyncMarks {
        Map<UUID, RowSyncState> unsynced();

        SyncMarks NONE = Map::of;
    }

    /**
     * The invite e-mail as typed, kept on this computer only (the cache's local-only draft table in the app)
     * so a dialog closed by accident loses nothing, even across a restart. Called off the FX thread.
     */
    public interface InviteDrafts {
        Optional<String> read();

        /** Keeps the text; blank text forgets the draft. */
        void keep(String email);
    }

    /** Writes relationship edits through the store's outbox ({@code LocalEdits} in the app). Off the FX thread. */
    public interface RelationshipEdits {
        /** Creates a pending_coach_invite relationship and returns its unique invite code. */
        String inviteClient(String email);

        /** Moves the relationship and returns what takes the move back. */
        Undo changeStatus(UUID relationshipId, RelationshipStatus next);
    }

    /** Takes one edit back (exactly while it waits in the outbox; as a new edit after the push). Off the FX thread. */
    @FunctionalInterface
    public interface Undo {
        void undo();
    }

    /** A final move just made, offered for a few seconds to take back. */
    public record UndoOffer(String sentence, UUID relationshipId, Undo undo) {
    }

    private static final List<RelationshipStatus> FILTERABLE = List.of(RelationshipStatus.ACTIVE,
            RelationshipStatus.PAUSED, RelationshipStatus.PENDING_COACH_INVITE,
            RelationshipStatus.PENDING_CLIENT_REQUEST, RelationshipStatus.COMPLETED);

    private final RosterSource source;
    private final SyncMarks syncMarks;
    private final RelationshipEdits edits;
    private final Tasks tasks;
    private final RosterOrder order;

    private final ObservableList<RosterRow> all = FXCollections.observableArrayList();
    private final FilteredList<RosterRow> visible = new FilteredList<>(all);
    private final ObjectProperty<RelationshipStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<RosterRow> selected = new SimpleObjectProperty<>();
    private final Map<RelationshipStatus, ReadOnlyIntegerWrapper> counts = new EnumMap<>(RelationshipStatus.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ActionState state = ActionState.nullWhenClear();
    private final ReadOnlyStringWrapper lastInviteCode = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Map<UUID, RowSyncState>> marks = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanProperty presenting = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<UndoOffer> undoOffer = new ReadOnlyObjectWrapper<>();
    private final StringProperty inviteDraft = new SimpleStringProperty("");
    private boolean demo;
    private boolean reloadAgain;
    private InviteDrafts inviteDrafts;
    // the latest invite text not yet written (null: none); one write at a time, each taking the latest text
    private String inviteDraftToWrite;
    private boolean writingInviteDraft;

    public RosterViewModel(RosterSource source, RelationshipEdits edits, Tasks tasks) {
        this(source, SyncMarks.NONE, edits, tasks);
    }

    public RosterViewModel(RosterSource source, SyncMarks syncMarks, RelationshipEdits edits, Tasks tasks) {
        this(source, syncMarks, edits, tasks, Locale.getDefault());
    }

    /** The locale decides how names collate (accents, letters beyond ASCII). */
    public RosterViewModel(RosterSource source, SyncMarks syncMarks, RelationshipEdits edits, Tasks tasks,
            Locale locale) {
        this.source = source;
        this.order = new RosterOrder(locale);
        this.syncMarks = Objects.requireNonNull(syncMarks);
        this.edits = edits;
        this.tasks = tasks;
        for (RelationshipStatus status : RelationshipStatus.values()) {
            counts.put(status, new ReadOnlyIntegerWrapper(0));
        }
        statusFilter.addListener((obs, old, now) -> refilter());
        search.addListener((obs, old, now) -> refilter());
    }

    /**
     * Reads the roster again (at start, after an edit, after a sync changed the tables). While a read
     * runs, further calls fold into one more read after it, so a burst of changes costs two reads.
     */
    public void reload() {
        if (loading.get()) {
            reloadAgain = true;
            return;
        }
        loading.set(true);
        tasks.run(this::readNow)
                .onSuccess(this::show)
                .onFailure(failure -> {
                    LOG.warn("Reading the roster from the cache failed", failure);
                    showError("Your clients could not be read from the local cache; try again, or restart Coach Desk.",
                            failure);
                })
                .andFinally(() -> {
                    loading.set(false);
                    if (reloadAgain) {
                        reloadAgain = false;
                        reload();
                    }
                });
    }

    /**
     * One read of the roster: its rows and which relationships are not synced.
     *
     * @param inRosterOrder whether the rows are already sorted for the roster (then showing them
     *                      costs the FX thread no sorting)
     */
    public record Read(List<RosterRow> rows, Map<UUID, RowSyncState> marks, boolean inRosterOrder) {

        /** Rows in any order; {@link #show} sorts them. */
        public Read(List<RosterRow> rows, Map<UUID, RowSyncState> marks) {
            this(rows, marks, false);
        }
    }

    /**
     * The first read of a workspace, before its view model exists: read and sorted off the FX thread in
     * the order of a view model for the default locale (the app's), so showing it sorts nothing.
     */
    public static Read readSorted(RosterSource source, SyncMarks syncMarks) {
        return new Read(new RosterOrder(Locale.getDefault()).sorted(source.rows()), syncMarks.unsynced(), true);
    }

    /** Reads the roster from the source and sorts it. Off the FX thread (the app reads it while the cache opens). */
    public Read readNow() {
        return new Read(order.sorted(source.rows()), syncMarks.unsynced(), true);
    }

    /** Shows a read, sorting its rows unless {@link #readNow()} already did; on the FX thread. */
    public void show(Read read) {
        marks.set(Map.copyOf(read.marks()));
        List<RosterRow> rows = read.inRosterOrder() ? read.rows() : order.sorted(read.rows());
        // A sync reloads after every page it writes; most pages change no roster line. Replacing
        // equal rows would still rebuild every visible cell on the FX thread, so leave them be.
        if (loaded.get() && rows.equals(all)) {
            return;
        }
        showRows(rows);
    }

    /**
     * The "Presenting" switch (the app binds it to its one switch): on, every line but the selected
     * client's is shown without name, e-mail and last check-in.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** Whether the line must not show who it is while presenting (every client but the open one). */
    public boolean hidesWhoIs(RosterRow row) {
        if (!presenting.get() || row == null) {
            return false;
        }
        RosterRow open = selected.get();
        return open == null || !open.relationship().id().equals(row.relationship().id());
    }

    /** Whether the row's relationship has edits waiting to sync, in conflict, or none. */
    public RowSyncState syncState(RosterRow row) {
        return row == null ? RowSyncState.SYNCED
                : marks.get().getOrDefault(row.relationship().id(), RowSyncState.SYNCED);
    }

    /** The unsynced relationships as last read (replaced on every reload). */
    public ReadOnlyObjectProperty<Map<UUID, RowSyncState>> syncMarksProperty() {
        return marks.getReadOnlyProperty();
    }

    /** Rows in roster order: sorted in Java, as SQLite's lower() knows neither the locale nor that 2 < 10. */
    private void showRows(List<RosterRow> rows) {
        UUID selectedId = selected.get() == null ? null : selected.get().relationship().id();
        if (sameLines(rows)) {
            // Same relationships in the same places (a sync brought a check-in or an activity):
            // replace only the lines that changed, so the list redraws those cells, not all of them.
            for (int i = 0; i < rows.size(); i++) {
                if (!all.get(i).equals(rows.get(i))) {
                    all.set(i, rows.get(i));
                }
            }
        } else {
            all.setAll(rows);
        }
        counts.values().forEach(count -> count.set(0));
        for (RosterRow row : rows) {
            RelationshipStatus status = row.relationship().status();
            counts.get(status == null ? RelationshipStatus.UNKNOWN : status).set(
                    counts.get(status == null ? RelationshipStatus.UNKNOWN : status).get() + 1);
        }
        total.set(rows.size());
        // Keep the coach's selection across reloads (the row object is new, the relationship the same).
        selected.set(selectedId == null ? null : rows.stream()
                .filter(r -> r.relationship().id().equals(selectedId)).findFirst().orElse(null));
        loaded.set(true);
    }

    private boolean sameLines(List<RosterRow> rows) {
        if (rows.size() != all.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!all.get(i).relationship().id().equals(rows.get(i).relationship().id())) {
                return false;
            }
        }
        return true;
    }

    private void refilter() {
        RelationshipStatus status = statusFilter.get();
        String needle = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        Predicate<RosterRow> byStatus = row -> status == null || row.relationship().status() == status;
        Predicate<RosterRow> byText = row -> needle.isEmpty() || matches(row, needle);
        visible.setPredicate(byStatus.and(byText));
    }

    private static boolean matches(RosterRow row, String needle) {
        return contains(row.displayName(), needle) || contains(row.relationship().clientEmail(), needle)
                || contains(row.relationship().inviteCode(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /**
     * Selects the client's relationship (Today, search, the client restored at start), clearing the search
     * and status filter when they hide it. Prefers an open relationship over a completed one. False when
     * the roster has no such client.
     */
    public boolean selectClient(String clientEmail) {
        Optional<RosterRow> row = all.stream().filter(r -> r.relationship().clientEmail().equalsIgnoreCase(clientEmail))
                .min(java.util.Comparator.comparing(r -> r.relationship().status() == RelationshipStatus.COMPLETED));
        if (row.isEmpty()) {
            return false;
        }
        if (!visible.contains(row.get())) {
            search.set("");
            statusFilter.set(null);
        }
        selected.set(row.get());
        return true;
    }

    /** The actions the model allows for the selected relationship (empty with nothing selected). */
    public List<RelationshipAction> actionsForSelected() {
        RosterRow row = selected.get();
        return row == null ? List.of() : RelationshipAction.availableFor(row.relationship().status());
    }

    public boolean canApply(RelationshipAction action) {
        RosterRow row = selected.get();
        return row != null && !state.isBusy() && action.appliesTo(row.relationship().status());
    }

    /**
     * Moves the selected relationship. Refused (with a sentence) when the model does not allow the
     * move from its current status; otherwise written through the outbox and the roster re-read.
     */
    public void apply(RelationshipAction action) {
        RosterRow row = selected.get();
        if (row == null) {
            return;
        }
        RelationshipStatus from = row.relationship().status();
        if (!action.appliesTo(from)) {
            showError("A " + label(from) + " relationship cannot be moved that way ("
                    + action.label().toLowerCase(Locale.ROOT) + ").", null);
            return;
        }
        UUID id = row.relationship().id();
        String sentence = action.doneSentence(row.displayName());
        state.start();
        undoOffer.set(null);
        tasks.run(() -> edits.changeStatus(id, action.target()))
                .onSuccess(undo -> {
                    if (action.isFinal()) {
                        undoOffer.set(new UndoOffer(sentence, id, undo));
                    }
                    reload();
                })
                .onFailure(failure -> showEditFailure(failure,
                        "The change could not be saved in the local cache; nothing was changed. Try again."))
                .andFinally(state::finish);
    }

    /** Takes the offered move back; the relationship stays selected. */
    public void undoLastMove() {
        UndoOffer offer = undoOffer.get();
        if (offer == null) {
            return;
        }
        undoOffer.set(null);
        state.start();
        tasks.run(() -> offer.undo().undo())
                .onSuccess(done -> reload())
                .onFailure(failure -> showEditFailure(failure,
                        "The change could not be taken back in the local cache; try again from the roster."))
                .andFinally(state::finish);
    }

    /** The offer's time is up (the view says when); a newer offer stays. */
    public void dismissUndo(UndoOffer offer) {
        if (undoOffer.get() == offer) {
            undoOffer.set(null);
        }
    }

    /** The last final move (complete, decline, withdraw), while it can be taken back; null otherwise. */
    public ReadOnlyObjectProperty<UndoOffer> undoOfferProperty() {
        return undoOffer.getReadOnlyProperty();
    }

    /** The demo workspace never syncs: its words must not promise a sync. */
    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    /** What a client's unsent edits are called here (the demo's never promise a sync). */
    public SyncWords syncWords() {
        return SyncWords.of(demo);
    }

    /** What happens to an invite once created, in words true for this workspace. */
    public String inviteFate() {
        return demo ? "This is the demo: the invite stays on this computer and is never sent."
                : "It is saved on this computer and sent to Finding Good at the next sync.";
    }

    /**
     * Keeps the invite e-mail in {@code drafts} as it is typed, and reads back one kept earlier (unless the
     * coach has started typing). Call once, on the FX thread.
     */
    public void useInviteDrafts(InviteDrafts drafts) {
        this.inviteDrafts = Objects.requireNonNull(drafts);
        inviteDraft.addListener((obs, old, now) -> keepInviteDraft(now));
        tasks.run(() -> drafts.read())
                .onSuccess(kept -> {
                    String typed = inviteDraft.get();
                    if (kept.isPresent() && (typed == null || typed.isEmpty())) {
                        inviteDraft.set(kept.get());
                    }
                })
                .onFailure(failure -> LOG.warn("The invite draft could not be read: {}", failure.getClass().getSimpleName()));
    }

    private void keepInviteDraft(String text) {
        inviteDraftToWrite = text == null ? "" : text;
        if (!writingInviteDraft) {
            writeInviteDraft();
        }
    }

    private void writeInviteDraft() {
        String text = inviteDraftToWrite;
        if (text == null) {
            writingInviteDraft = false;
            return;
        }
        writingInviteDraft = true;
        inviteDraftToWrite = null;
        tasks.run(() -> inviteDrafts.keep(text))
                .onFailure(failure -> LOG.warn("The invite draft could not be kept: {}", failure.getClass().getSimpleName()))
                .andFinally(this::writeInviteDraft);
    }

    /** The invite e-mail as typed: kept when the dialog is closed or the invite fails, cleared once it is saved. */
    public StringProperty inviteDraftProperty() {
        return inviteDraft;
    }

    /** Invites a client by e-mail; on success {@link #lastInviteCodeProperty()} holds the code to share. */
    public void invite(String email) {
        String address = email == null ? "" : email.trim();
        if (!isEmailAddress(address)) {
            showError("That e-mail address does not look complete; check it and try again.", null);
            return;
        }
        boolean alreadyOpen = all.stream().anyMatch(row -> row.relationship().clientEmail().equalsIgnoreCase(address)
                && row.relationship().status() != RelationshipStatus.COMPLETED);
        if (alreadyOpen) {
            showError(address + " is already on your roster.", null);
            return;
        }
        state.start();
        lastInviteCode.set(null);
        tasks.run(() -> edits.inviteClient(address))
                .onSuccess(code -> {
                    inviteDraft.set("");
                    lastInviteCode.set(code);
                    reload();
                })
                .onFailure(failure -> showEditFailure(failure,
                        "The invitation could not be saved in the local cache; try again."))
                .andFinally(state::finish);
    }

    /** The store refuses edits it cannot make with a sentence of its own; anything else is unexpected. */
    private void showEditFailure(Throwable failure, String fallback) {
        if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
            showError(failure.getMessage(), null);
        } else {
            LOG.warn("Saving a relationship edit failed", failure);
            showError(fallback, failure);
        }
    }

    public static boolean isEmailAddress(String text) {
        return text != null && text.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private static String label(RelationshipStatus status) {
        return status == null ? "unknown" : status.label().toLowerCase(Locale.ROOT);
    }

    private void showError(String sentence, Throwable cause) {
        state.fail(sentence, cause == null ? null : cause.toString());
    }

    public void clearError() {
        state.clearError();
    }

    @Override
    public ActionState actionState() {
        return state;
    }

    public static List<RelationshipStatus> filterableStatuses() {
        return FILTERABLE;
    }

    public ObservableList<RosterRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<RelationshipStatus> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<RosterRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty countProperty(RelationshipStatus status) {
        return Objects.requireNonNull(counts.get(status)).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the first read finished (the smoke test waits for it). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }


    public ReadOnlyStringProperty lastInviteCodeProperty() {
        return lastInviteCode.getReadOnlyProperty();
    }
}
