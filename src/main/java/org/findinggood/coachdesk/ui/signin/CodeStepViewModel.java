package org.findinggood.coachdesk.ui.signin;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.findinggood.coachdesk.ui.common.ActionState;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in's code step: the password was right and the account has an authenticator app, so the 6-digit code it
 * shows completes the sign-in. With several authenticators the coach chooses the one at hand. The button stays
 * disabled until six digits are typed, and says why.
 */
public class CodeStepViewModel implements ActionState.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(CodeStepViewModel.class);

    private final SecondFactorService service;
    private final Tasks tasks;
    private final List<String> factors;
    private final Consumer<SignInService.SignedIn> onSignedIn;
    private final Runnable onCancel;
    private final StringProperty code = new SimpleStringProperty("");
    private final IntegerProperty factor = new SimpleIntegerProperty(0);
    private final ActionState action = ActionState.nullWhenClear();
    private final StringBinding disabledReason;
    private final BooleanBinding canSubmit;

    public CodeStepViewModel(SecondFactorService service, Tasks tasks, List<String> factors,
            Consumer<SignInService.SignedIn> onSignedIn, Runnable onCancel) {
        this.service = service;
        this.tasks = tasks;
        this.factors = List.copyOf(factors);
        this.onSignedIn = onSignedIn;
        this.onCancel = onCancel;
        disabledReason = Bindings.createStringBinding(this::reason, code, action.busyProperty());
        canSubmit = Bindings.createBooleanBinding(() -> reason() == null, code, action.busyProperty());
    }

    /** The digits typed, spaces dropped (apps show "123 456"). */
    private String digits() {
        return code.get() == null ? "" : code.get().replace(" ", "");
    }

    private String reason() {
        if (action.isBusy()) {
            return "Checking the code\u2026";
        }
        String typed = digits();
        if (typed.isEmpty()) {
            return "Type the 6-digit code your authenticator app shows.";
        }
        if (!typed.chars().allMatch(Character::isDigit)) {
            return "The code has digits only; type the six digits your app shows.";
        }
        if (typed.length() != 6) {
            return "The code has 6 digits; " + typed.length() + " typed so far.";
        }
        return null;
    }

    /** What the card says above the field. */
    public String intro() {
        if (factors.size() == 1) {
            return "Your account asks for a second step: type the 6-digit code that \u201c" + factors.get(0)
                    + "\u201d shows in your authenticator app.";
        }
        return "Your account has " + factors.size() + " authenticators; choose the one at hand and type the 6-digit code "
                + "it shows.";
    }

    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        String typed = digits();
        int chosen = factor.get();
        action.start();
        tasks.run(() -> service.verify(chosen, typed)).onSuccess(signedIn -> {
            code.set("");
            onSignedIn.accept(signedIn);
        }).onFailure(failure -> {
            code.set("");
            if (failure instanceof SignInException known) {
                action.fail(known.getMessage(), known.details());
            } else {
                LOG.warn("Checking the code failed unexpectedly ({})", failure.getClass().getSimpleName());
                action.fail("Checking the code failed unexpectedly; try again, and send the details to support if it "
                        + "keeps happening.", failure.getClass().getName());
            }
        }).andFinally(action::finish);
    }

    /** Back to the password: the half-finished sign-in is forgotten (off the FX thread). */
    public void cancel() {
        code.set("");
        tasks.run(() -> {
            service.cancel();
            return null;
        });
        onCancel.run();
    }

    public List<String> factors() {
        return factors;
    }

    public boolean offersChoice() {
        return factors.size() > 1;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public IntegerProperty factorProperty() {
        return factor;
    }

    @Override
    public ActionState actionState() {
        return action;
    }

    /** Why the button is disabled, or null when it is not. */
    public StringBinding disabledReasonProperty() {
        return disabledReason;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }
}
