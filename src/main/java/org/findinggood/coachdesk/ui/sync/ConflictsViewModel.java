package org.findinggood.coachdesk.ui.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.ActionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits the server did not take. A conflict (the row changed there too): the coach sees their value and
 * the server's side by side and keeps theirs, takes the server's, or (for coach notes) keeps both texts.
 * A rejected edit (the server refuses the edit itself): the coach sees the server's reason, and retries
 * (after editing the row, which joins the kept edit) or discards it. Nothing is decided without the coach.
 */
public class ConflictsViewModel implements ActionState.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(ConflictsViewModel.class);

    /** The store's conflicts ({@code ConflictRepository} in the app). Called off the FX thread. */
    public interface ConflictStore {
        List<Conflict> list();

        void resolve(Conflict conflict, ConflictResolution resolution);
    }

    /** One changed column: what the coach wrote and what the server has now. */
    public record FieldDifference(String column, String label, String mine, String theirs) {
    }

    private final ConflictStore store;
    private final Tasks tasks;
    private final Runnable afterResolve;
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<Conflict> selected = new SimpleObjectProperty<>();
    private final ActionState state = ActionState.nullWhenClear();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper refusalDetails = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper keepLabel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper discardLabel = new ReadOnlyStringWrapper();

    /** {@code afterResolve} runs after each resolution (the app recounts and pushes the outcome). */
    public ConflictsViewModel(ConflictStore store, Tasks tasks, Runnable afterResolve) {
        this.store = store;
        this.tasks = tasks;
        this.afterResolve = afterResolve;
        selected.addListener((obs, old, now) -> showChoices(now));
        showChoices(null);
    }

    private void showChoices(Conflict conflict) {
        boolean rejected = conflict != null && conflict.rejected();
        refusal.set(rejected ? refusalSentence(conflict) : null);
        refusalDetails.set(rejected ? conflict.refusalDetails() : null);
        keepLabel.set(rejected ? "Retry my edit" : "Keep mine");
        discardLabel.set(rejected ? "Discard my edit" : "Take theirs");
    }

    /** What the coach reads about a rejected edit: the server's own reason, and what to do. */
    static String refusalSentence(Conflict conflict) {
        String reason = conflict.refusal().strip();
        return "The server refused this edit: " + reason + (reason.endsWith(".") ? "" : ".")
                + " Change the row and retry, or discard your edit.";
    }

    public void reload() {
        tasks.run(store::list).onSuccess(list -> {
            Conflict previous = selected.get();
            conflicts.setAll(list);
            selected.set(list.stream().filter(c -> previous != null && c.id() == previous.id()).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }).onFailure(failure -> {
            LOG.warn("Reading conflicts failed", failure);
            state.fail("The conflicts could not be read from the local cache; try again.", failure.toString());
        });
    }

    public void resolve(ConflictResolution resolution) {
        Conflict conflict = selected.get();
        if (conflict == null || state.isBusy()) {
            return;
        }
        if (resolution == ConflictResolution.KEEP_BOTH_NOTES && !conflict.canKeepBothNotes()) {
            return;
        }
        state.start();
        tasks.run(() -> store.resolve(conflict, resolution)).onSuccess(done -> {
            afterResolve.run();
            reload();
        }).onFailure(failure -> {
            if (failure instanceof IllegalStateException || failure instanceof IllegalArgumentException) {
                state.fail(failure.getMessage(), null);
            } else {
                LOG.warn("Resolving a conflict failed", failure);
                state.fail("The choice could not be saved in the local cache; nothing was changed. Try again.", failure.toString());
            }
            reload();
        }).andFinally(state::finish);
    }

    /** "Agreed activity" / "Relationship" and what it is about, for the list and the heading ("Refused: " first for a rejected edit). */
    public static String title(Conflict conflict) {
        String what = switch (conflict.table()) {
            case "agreed_activities" -> "Agreed activity";
            case "coaching_relationships" -> "Relationship";
            default -> conflict.table().replace('_', ' ');
        };
        String about = firstText(conflict, "activity_text", "client_email");
        String title = about == null ? what : what + ": " + about;
        return conflict.rejected() ? "Refused: " + title : title;
    }

    private static String firstText(Conflict conflict, String... columns) {
        for (String column : columns) {
            JsonNode value = conflict.serverValue(column).orElse(conflict.localValue(column).orElse(null));
            if (value != null && !value.isNull()) {
                String text = value.asText();
                return text.length() > 60 ? text.substring(0, 57) + "\u2026" : text;
            }
        }
        return null;
    }

    /** Each column the coach changed, mine against theirs. */
    public static List<FieldDifference> differences(Conflict conflict) {
        List<FieldDifference> result = new ArrayList<>();
        for (String column : conflict.changedColumns()) {
            String mine = text(conflict.localValue(column).orElse(null));
            String theirs = conflict.deletedOnServer()
                    ? (conflict.rejected() ? "(not on the server)" : "(deleted on the server)")
                    : text(conflict.serverValue(column).orElse(null));
            result.add(new FieldDifference(column, label(column), mine, theirs));
        }
        return result;
    }

    private static String label(String column) {
        String spaced = column.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "(empty)" : value.asText();
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    public ObjectProperty<Conflict> selectedProperty() {
        return selected;
    }

    @Override
    public ActionState actionState() {
        return state;
    }



    /** For a selected rejected edit, the server's reason and what to do; null otherwise. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** The server's status, code, details and hint for the selected rejected edit, to copy. */
    public ReadOnlyStringProperty refusalDetailsProperty() {
        return refusalDetails.getReadOnlyProperty();
    }

    /** "Keep mine", or "Retry my edit" for a rejected edit. */
    public ReadOnlyStringProperty keepLabelProperty() {
        return keepLabel.getReadOnlyProperty();
    }

    /** "Take theirs", or "Discard my edit" for a rejected edit. */
    public ReadOnlyStringProperty discardLabelProperty() {
        return discardLabel.getReadOnlyProperty();
    }
}
