package org.findinggood.coachdesk.ui.twofactor;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.findinggood.coachdesk.ui.common.ActionState;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings' "Two-factor sign-in": the coach's authenticator apps, adding one (a QR code and the secret as text,
 * then its first 6-digit code) and removing one. No Nodes: the QR code is drawn by the section from
 * {@link #enrolmentProperty()}'s uri.
 */
public class TwoFactorSettingsViewModel implements ActionState.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(TwoFactorSettingsViewModel.class);

    private final TwoFactorService service;
    private final Tasks tasks;
    private final ObservableList<TwoFactorService.Authenticator> authenticators = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("Authenticator app");
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TwoFactorService.Enrolment> enrolment = new ReadOnlyObjectWrapper<>();
    private final ActionState action = ActionState.nullWhenClear();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final StringBinding confirmDisabledReason;
    private final BooleanBinding canConfirm;
    private final BooleanBinding canStart;

    public TwoFactorSettingsViewModel(TwoFactorService service, Tasks tasks) {
        this.service = service;
        this.tasks = tasks;
        ReadOnlyBooleanProperty busy = action.busyProperty();
        confirmDisabledReason = Bindings.createStringBinding(this::confirmReason, code, busy, enrolment);
        canConfirm = Bindings.createBooleanBinding(() -> confirmReason() == null, code, busy, enrolment);
        canStart = Bindings.createBooleanBinding(() -> !busy.get() && enrolment.get() == null
                && name.get() != null && !name.get().isBlank(), busy, enrolment, name);
    }

    private String digits() {
        return code.get() == null ? "" : code.get().replace(" ", "");
    }

    private String confirmReason() {
        if (enrolment.get() == null) {
            return null;
        }
        if (action.isBusy()) {
            return "Checking the code\u2026";
        }
        String typed = digits();
        if (typed.isEmpty()) {
            return "Scan the QR code (or type the key) in your authenticator app, then type the 6-digit code it shows.";
        }
        if (!typed.chars().allMatch(Character::isDigit)) {
            return "The code has digits only; type the six digits your app shows.";
        }
        if (typed.length() != 6) {
            return "The code has 6 digits; " + typed.length() + " typed so far.";
        }
        return null;
    }

    /** Reads the account's authenticators. */
    public void load() {
        run(service::authenticators, list -> status.set(statusFor(list)));
    }

    private String statusFor(List<TwoFactorService.Authenticator> list) {
        long verified = list.stream().filter(TwoFactorService.Authenticator::verified).count();
        return verified == 0
                ? "Off: signing in needs only your password."
                : "On: signing in asks for a code from " + (verified == 1 ? "your authenticator app." : "one of your "
                        + verified + " authenticator apps.");
    }

    /** Starts adding an authenticator: GoTrue makes its key, the section shows it as a QR code and as text. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        String chosen = name.get().trim();
        action.start();
        tasks.run(() -> service.enrol(chosen)).onSuccess(next -> {
            code.set("");
            enrolment.set(next);
        }).onFailure(this::fail).andFinally(action::finish);
    }

    /** Checks the new authenticator's first code; on success it is on, and sign-in will ask for its codes. */
    public void confirm() {
        TwoFactorService.Enrolment pending = enrolment.get();
        if (pending == null || !canConfirm.get()) {
            return;
        }
        String typed = digits();
        action.start();
        tasks.run(() -> {
            service.confirm(pending.id(), typed);
            return service.authenticators();
        }).onSuccess(list -> {
            enrolment.set(null);
            code.set("");
            authenticators.setAll(list);
            status.set("\u201c" + pending.name() + "\u201d is on: from your next sign-in, Coach Desk asks for its code.");
        }).onFailure(failure -> {
            code.set("");
            fail(failure);
        }).andFinally(action::finish);
    }

    /** Gives up the enrolment; its not yet verified factor is removed from the account. */
    public void cancelEnrolment() {
        TwoFactorService.Enrolment pending = enrolment.get();
        enrolment.set(null);
        code.set("");
        action.clearError();
        if (pending != null) {
            tasks.run(() -> {
                service.remove(pending.id());
                return null;
            }).onFailure(failure -> LOG.info("An unfinished authenticator could not be removed ({}); GoTrue drops it "
                    + "after 5 minutes", failure.getClass().getSimpleName()));
        }
    }

    public void remove(TwoFactorService.Authenticator authenticator) {
        if (action.isBusy()) {
            return;
        }
        run(() -> {
            service.remove(authenticator.id());
            return service.authenticators();
        }, list -> status.set("\u201c" + authenticator.name() + "\u201d was removed. " + statusFor(list)));
    }

    /** Reads or changes the authenticators, then shows the list; a new read clears the last error. */
    private void run(java.util.concurrent.Callable<List<TwoFactorService.Authenticator>> work,
            java.util.function.Consumer<List<TwoFactorService.Authenticator>> then) {
        action.start();
        tasks.run(work).onSuccess(list -> {
            authenticators.setAll(list);
            then.accept(list);
        }).onFailure(this::fail).andFinally(action::finish);
    }

    private void fail(Throwable failure) {
        if (failure instanceof TwoFactorException known) {
            action.fail(known.getMessage(), known.details());
        } else {
            LOG.warn("A two-factor request failed unexpectedly ({})", failure.getClass().getSimpleName());
            action.fail("The two-factor request failed unexpectedly; try again, and send the details to support if it "
                    + "keeps happening.", failure.getClass().getName());
        }
    }

    public ObservableList<TwoFactorService.Authenticator> authenticators() {
        return authenticators;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** The enrolment waiting for its first code; null otherwise. */
    public ReadOnlyObjectProperty<TwoFactorService.Enrolment> enrolmentProperty() {
        return enrolment.getReadOnlyProperty();
    }

    @Override
    public ActionState actionState() {
        return action;
    }

    /** One line on whether two-factor sign-in is on; null before the first read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why "Turn on" is disabled while an enrolment waits, or null. */
    public StringBinding confirmDisabledReasonProperty() {
        return confirmDisabledReason;
    }

    public BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }
}
