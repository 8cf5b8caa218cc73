package org.findinggood.coachdesk.ui.signin;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.findinggood.coachdesk.ui.common.ActionState;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in form: project URL and anon key (the key is remembered per project and filled in when
 * the URL matches one used before), e-mail and password. Errors are one sentence; details copyable.
 */
public class SignInViewModel implements ActionState.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);

    private final SignInService service;
    private final ConnectionChecker checker;
    private final Settings settings;
    private final Tasks tasks;
    private final Consumer<SignInService.SignedIn> onSignedIn;

    private final StringProperty projectUrl = new SimpleStringProperty("");
    private final StringProperty anonKey = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ActionState action = ActionState.nullWhenClear();
    private final BooleanProperty demoAvailable = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper checkReport = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper checkPassed = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSignIn;
    private final ReadOnlyObjectWrapper<CodeStepViewModel> codeStep = new ReadOnlyObjectWrapper<>();
    private SecondFactorService secondFactor;
    private final javafx.beans.binding.StringBinding whySignInDisabled;
    private final BooleanBinding canCheck;

    public SignInViewModel(SignInService service, Settings settings, Tasks tasks,
                           Consumer<SignInService.SignedIn> onSignedIn) {
        this(service, null, settings, tasks, onSignedIn);
    }

    /** {@code checker} may be null: the screen then offers no "Check connection". */
    public SignInViewModel(SignInService service, ConnectionChecker checker, Settings settings, Tasks tasks,
                           Consumer<SignInService.SignedIn> onSignedIn) {
        this.service = service;
        this.checker = checker;
        this.settings = settings;
        this.tasks = tasks;
        this.onSignedIn = onSignedIn;
        ReadOnlyBooleanProperty busy = action.busyProperty();
        canSignIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !projectUrl.get().isBlank() && !anonKey.get().isBlank()
                        && !email.get().isBlank() && !password.get().isEmpty(),
                busy, projectUrl, anonKey, email, password);
        whySignInDisabled = Bindings.createStringBinding(
                () -> whySignInDisabled(projectUrl.get(), anonKey.get(), email.get(), password.get()),
                projectUrl, anonKey, email, password);
        canCheck = Bindings.createBooleanBinding(
                () -> checker != null && !busy.get() && !projectUrl.get().isBlank() && !anonKey.get().isBlank(),
                busy, projectUrl, anonKey);
        projectUrl.addListener((obs, old, now) -> fillRememberedKey(now));
        String last = settings.lastProjectUrlProperty().get();
        if (last != null) {
            projectUrl.set(last);
        }
        String lastEmail = settings.lastCoachEmailProperty().get();
        if (lastEmail != null) {
            email.set(lastEmail);
        }
    }

    private void fillRememberedKey(String typed) {
        ProjectUrl.parse(typed).map(ProjectUrl::key).map(settings.anonKeys()::get)
                .ifPresent(anonKey::set);
    }

    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        Optional<URI> url = parsedUrl();
        if (url.isEmpty()) {
            return;
        }
        String trimmedEmail = email.get().trim();
        if (!trimmedEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            action.fail("That e-mail address does not look complete; check it and try again.", null);
            return;
        }
        String key = anonKey.get().trim();
        char[] secret = password.get().toCharArray();
        action.start();
        tasks.run(() -> {
            try {
                return service.signIn(url.get(), key, trimmedEmail, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }).onSuccess(signedIn -> {
            password.set("");
            if (!signedIn.needsCode()) {
                finish(signedIn, key);
            } else if (secondFactor == null) {
                action.fail("This account asks for a code from an authenticator app, which this screen cannot ask for; "
                        + "send the details to support.", null);
            } else {
                codeStep.set(new CodeStepViewModel(secondFactor, tasks, signedIn.codeFactors(),
                        complete -> finish(complete, key), () -> codeStep.set(null)));
            }
        }).onFailure(failure -> {
            if (failure instanceof SignInException known) {
                action.fail(known.getMessage(), known.details());
            } else {
                LOG.warn("Sign-in failed unexpectedly", failure);
                action.fail("Signing in failed unexpectedly; try again, and send the details to support if it keeps happening.",
                        failure.toString());
            }
        }).andFinally(action::finish);
    }

    private void finish(SignInService.SignedIn signedIn, String key) {
        codeStep.set(null);
        String projectKey = ProjectUrl.key(signedIn.projectUrl());
        settings.anonKeys().put(projectKey, key);
        settings.lastProjectUrlProperty().set(projectKey);
        settings.lastCoachEmailProperty().set(signedIn.coachEmail());
        onSignedIn.accept(signedIn);
    }

    /** For accounts with an authenticator app: the second step after the password. */
    public SignInViewModel withSecondFactor(SecondFactorService service) {
        this.secondFactor = service;
        return this;
    }

    /** The code step while the sign-in waits for a 6-digit code; null otherwise. */
    public ReadOnlyObjectProperty<CodeStepViewModel> codeStepProperty() {
        return codeStep.getReadOnlyProperty();
    }

    /**
     * Asks the project, before or instead of signing in, whether the URL, key, password sign-in, tables and
     * clock are right; the lines stay on screen to copy.
     */
    public void checkConnection() {
        if (!canCheck.get()) {
            return;
        }
        Optional<URI> url = parsedUrl();
        if (url.isEmpty()) {
            return;
        }
        String key = anonKey.get().trim();
        action.start();
        checkReport.set(null);
        tasks.run(() -> checker.check(url.get(), key)).onSuccess(report -> {
            checkPassed.set(report.allOk());
            checkReport.set(String.join("\n", report.lines()));
        }).onFailure(failure -> {
            if (failure instanceof SignInException known) {
                action.fail(known.getMessage(), known.details());
            } else {
                LOG.warn("The connection check failed unexpectedly", failure);
                action.fail("The connection check failed unexpectedly; try again, and send the details to support if it "
                        + "keeps happening.", failure.toString());
            }
        }).andFinally(action::finish);
    }

    /** The typed URL, or empty after saying what is wrong with it. */
    private Optional<URI> parsedUrl() {
        Optional<URI> url = ProjectUrl.parse(projectUrl.get());
        if (url.isEmpty()) {
            action.fail(ProjectUrl.isPlainHttpToRemoteHost(projectUrl.get())
                    ? "The project URL must start with https:// (plain http:// would send your password unprotected); "
                            + "use https://your-project.supabase.co."
                    : "That is not a Supabase project URL; it looks like https://your-project.supabase.co.", null);
        }
        return url;
    }

    public StringProperty projectUrlProperty() {
        return projectUrl;
    }

    public StringProperty anonKeyProperty() {
        return anonKey;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    @Override
    public ActionState actionState() {
        return action;
    }

    /** The last connection check's lines, one per check; null before any. */
    public ReadOnlyStringProperty checkReportProperty() {
        return checkReport.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkPassedProperty() {
        return checkPassed.getReadOnlyProperty();
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public boolean offersConnectionCheck() {
        return checker != null;
    }

    /** Why Sign in is disabled, naming the empty fields ("Fill in the e-mail and password to sign in."); empty when it is not. */
    public javafx.beans.binding.StringBinding whySignInDisabledProperty() {
        return whySignInDisabled;
    }

    static String whySignInDisabled(String url, String key, String mail, String secret) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (url == null || url.isBlank()) {
            missing.add("the project URL");
        }
        if (key == null || key.isBlank()) {
            missing.add("the publishable key");
        }
        if (mail == null || mail.isBlank()) {
            missing.add("the e-mail");
        }
        if (secret == null || secret.isEmpty()) {
            missing.add("the password");
        }
        if (missing.isEmpty()) {
            return "";
        }
        String last = missing.remove(missing.size() - 1);
        String fields = missing.isEmpty() ? last : String.join(", ", missing) + " and " + last;
        return "Fill in " + fields + " to sign in.";
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public BooleanProperty demoAvailableProperty() {
        return demoAvailable;
    }
}
