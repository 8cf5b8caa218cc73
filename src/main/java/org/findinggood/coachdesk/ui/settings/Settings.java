package org.findinggood.coachdesk.ui.settings;

import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.findinggood.coachdesk.ui.activities.ActivityColumns;
import org.findinggood.coachdesk.ui.common.ThemeChoice;

/**
 * What Coach Desk remembers between runs, as observable properties; {@link SettingsFile} saves
 * them when any changes. Holds no secret: the anon key is a public, publishable key; access and
 * refresh tokens live in the token store, passwords nowhere.
 */
public class Settings {

    public static final int DEFAULT_SYNC_MINUTES = 5;

    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final IntegerProperty syncIntervalMinutes = new SimpleIntegerProperty(DEFAULT_SYNC_MINUTES);
    /** Project URL (as typed, normalised) to its anon key, so switching projects refills the key. */
    private final ObservableMap<String, String> anonKeys = FXCollections.observableHashMap();
    private final StringProperty lastProjectUrl = new SimpleStringProperty();
    /** The coach whose workspace opens next time (with the project URL it names the cache file). */
    private final StringProperty lastCoachEmail = new SimpleStringProperty();
    private final ObjectProperty<WindowBounds> windowBounds = new SimpleObjectProperty<>();
    /** Today (the clients who need the coach) or the client, tab and week open last. */
    private final ObjectProperty<StartView> startView = new SimpleObjectProperty<>(StartView.TODAY);
    /** Keys of the activities table's hidden columns (ActivityColumns); a first run hides a few. */
    private final ObservableSet<String> hiddenActivityColumns =
            FXCollections.observableSet(new TreeSet<>(ActivityColumns.HIDDEN_AT_FIRST));

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public IntegerProperty syncIntervalMinutesProperty() {
        return syncIntervalMinutes;
    }

    public ObservableMap<String, String> anonKeys() {
        return anonKeys;
    }

    public StringProperty lastProjectUrlProperty() {
        return lastProjectUrl;
    }

    public StringProperty lastCoachEmailProperty() {
        return lastCoachEmail;
    }

    public ObjectProperty<WindowBounds> windowBoundsProperty() {
        return windowBounds;
    }

    public ObjectProperty<StartView> startViewProperty() {
        return startView;
    }

    public ObservableSet<String> hiddenActivityColumns() {
        return hiddenActivityColumns;
    }

    /** True once a project and coach are remembered: the app opens that workspace instead of the demo. */
    public boolean hasWorkspace() {
        return notBlank(lastProjectUrl.get()) && notBlank(lastCoachEmail.get());
    }

    /** Forgets the signed-in workspace (sign out); keeps the project URL and its anon key. */
    public void forgetWorkspace() {
        lastCoachEmail.set(null);
    }

    /** Everything a save should follow. */
    Observable[] observables() {
        return new Observable[] {theme, syncIntervalMinutes, anonKeys, lastProjectUrl, lastCoachEmail, windowBounds,
            hiddenActivityColumns, startView};
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
