package org.findinggood.coachdesk.ui.client;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.common.WeekLabel;

/** The header of the client area: who is selected, their status and calendar link, the latest week. */
public class ClientAreaViewModel {

    /** Finds a client's latest weekly snapshot (the store's repository in the app). Runs off the FX thread. */
    @FunctionalInterface
    public interface LatestSnapshot {
        Optional<WeeklySnapshot> of(String clientEmail);
    }

    private final LatestSnapshot latestSnapshot;
    private final Tasks tasks;
    private final ObjectProperty<SelectedClient> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper email = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusStyle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper calendarLink = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper latestWeek = new ReadOnlyStringWrapper("");
    private long generation;

    public ClientAreaViewModel(LatestSnapshot latestSnapshot, Tasks tasks) {
        this.latestSnapshot = latestSnapshot;
        this.tasks = tasks;
        selected.addListener((obs, old, now) -> show(now));
    }

    private void show(SelectedClient client) {
        long mine = ++generation;
        if (client == null) {
            name.set("");
            email.set("");
            status.set("");
            statusStyle.set("");
            calendarLink.set(null);
            latestWeek.set("");
            return;
        }
        name.set(client.displayName());
        email.set(client.clientEmail());
        status.set(client.status() == null ? "" : client.status().badge());
        statusStyle.set(client.status() == null ? "" : "status-" + client.status().wire());
        calendarLink.set(client.calendarLink());
        latestWeek.set("");
        tasks.run(() -> latestSnapshot.of(client.clientEmail()))
                .onSuccess(snapshot -> {
                    if (mine == generation) {
                        latestWeek.set(snapshot.map(ClientAreaViewModel::describe).orElse("No weekly snapshot yet"));
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        latestWeek.set("The latest week could not be read from the cache");
                    }
                });
    }

    static String describe(WeeklySnapshot snapshot) {
        return WeekLabel.of(snapshot.weekNumber(), snapshot.weekStart(), snapshot.weekEnd());
    }

    public ObjectProperty<SelectedClient> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailProperty() {
        return email.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusStyleProperty() {
        return statusStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty calendarLinkProperty() {
        return calendarLink.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latestWeekProperty() {
        return latestWeek.getReadOnlyProperty();
    }
}
