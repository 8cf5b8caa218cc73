package org.findinggood.coachdesk.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.findinggood.coachdesk.ui.common.Tasks;

/**
 * "Sign out and forget this device": first counts what only this computer holds (unsent edits,
 * open conflicts) off the FX thread, so the confirmation can warn with numbers; then, once the
 * coach confirms, hands over to the app, which closes the workspace, deletes the cache and its
 * key and the session, and returns to the sign-in screen.
 */
public class ForgetDeviceViewModel {

    /** The app's side: counting runs off the FX thread; {@link #forget()} is called on it. */
    public interface Device {
        UnsentWork unsentWork() throws Exception;

        void forget();
    }

    public static final String EXPLANATION = "Signs you out and deletes this computer's copy of your clients "
            + "(the local cache and its key). Your data on the server stays; signing in again downloads it.";

    private final Device device;
    private final Tasks tasks;
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper counted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private UnsentWork unsent;

    public ForgetDeviceViewModel(Device device, Tasks tasks) {
        this.device = device;
        this.tasks = tasks;
    }

    /** Counts the unsent work; {@link #countedProperty()} turns true when the warning is ready. */
    public Tasks.Job<UnsentWork> count() {
        counted.set(false);
        warning.set("");
        error.set("");
        return tasks.run(device::unsentWork)
                .onSuccess(work -> {
                    unsent = work;
                    warning.set(work.warning());
                    counted.set(true);
                })
                .onFailure(failure -> {
                    // Without the count the coach cannot know what is lost: say so, let them decide.
                    unsent = null;
                    warning.set("Coach Desk could not count the edits not yet sent (" + failure.getMessage()
                            + "); any there are will be lost.");
                    error.set(failure.getClass().getName() + ": " + failure.getMessage());
                    counted.set(true);
                });
    }

    /** True when nothing would be lost (known from the count). */
    public boolean losesNothing() {
        return unsent != null && unsent.isEmpty();
    }

    /** What this model counts and forgets (the lock screen asks through the same device). */
    public Device device() {
        return device;
    }

    /** The coach confirmed: forget this device. */
    public void confirm() {
        device.forget();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countedProperty() {
        return counted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
