package org.findinggood.coachdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.junit.jupiter.api.Test;

/** The sign-in's code step without a screen; the real challenge and verify are in app.TwoFactorSignInTest. */
class CodeStepViewModelTest {

    private static final URI PROJECT = URI.create("https://abc.supabase.co");

    private final Settings settings = new Settings();
    private final List<SignInService.SignedIn> signedIn = new ArrayList<>();
    private final List<String> tried = new ArrayList<>();
    private int cancelled;

    /** Accepts "246810" for the first authenticator and refuses the rest as GoTrue's wrong code. */
    private final SecondFactorService service = new SecondFactorService() {
        @Override
        public SignInService.SignedIn verify(int factor, String code) throws SignInException {
            tried.add(factor + ":" + code);
            if (factor == 0 && code.equals("246810")) {
                return new SignInService.SignedIn(PROJECT, "coach@example.com");
            }
            throw new SignInException("That code is not right; type the 6-digit code your authenticator app shows now.",
                    "422 mfa_verification_failed", null);
        }

        @Override
        public void cancel() {
            cancelled++;
        }
    };

    private SignInViewModel signInAsking(List<String> factors) {
        SignInViewModel model = new SignInViewModel((url, key, email, password) ->
                new SignInService.SignedIn(url, email, factors), settings, Tasks.sameThread(), signedIn::add)
                .withSecondFactor(service);
        model.projectUrlProperty().set("https://abc.supabase.co");
        model.anonKeyProperty().set("anon-key");
        model.emailProperty().set("coach@example.com");
        model.passwordProperty().set("password");
        model.signIn();
        return model;
    }

    @Test
    void aPasswordThatNeedsACodeOpensTheCodeStepAndCompletesNothingYet() {
        SignInViewModel model = signInAsking(List.of("Phone"));

        CodeStepViewModel step = model.codeStepProperty().get();
        assertThat(step).isNotNull();
        assertThat(signedIn).isEmpty();
        assertThat(settings.lastProjectUrlProperty().get()).as("nothing remembered before the code").isNull();
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(step.offersChoice()).isFalse();
        assertThat(step.intro()).contains("\u201cPhone\u201d");
    }

    @Test
    void theButtonStaysDisabledWithAReasonUntilSixDigits() {
        CodeStepViewModel step = signInAsking(List.of("Phone")).codeStepProperty().get();

        assertThat(step.canSubmitProperty().get()).isFalse();
        assertThat(step.disabledReasonProperty().get()).isEqualTo("Type the 6-digit code your authenticator app shows.");
        step.codeProperty().set("123");
        assertThat(step.disabledReasonProperty().get()).isEqualTo("The code has 6 digits; 3 typed so far.");
        step.codeProperty().set("12a456");
        assertThat(step.disabledReasonProperty().get()).startsWith("The code has digits only");
        step.codeProperty().set("123 456"); // as apps show it
        assertThat(step.canSubmitProperty().get()).isTrue();
        assertThat(step.disabledReasonProperty().get()).isNull();

        step.codeProperty().set("12");
        step.submit();
        assertThat(tried).as("a disabled submit (Enter in the field) sends nothing").isEmpty();
    }

    @Test
    void aWrongCodeShowsItsSentenceClearsTheFieldAndARightOneSignsIn() {
        SignInViewModel model = signInAsking(List.of("Phone"));
        CodeStepViewModel step = model.codeStepProperty().get();

        step.codeProperty().set("111111");
        step.submit();
        assertThat(step.errorProperty().get())
                .isEqualTo("That code is not right; type the 6-digit code your authenticator app shows now.");
        assertThat(step.errorDetailsProperty().get()).isEqualTo("422 mfa_verification_failed");
        assertThat(step.codeProperty().get()).isEmpty();
        assertThat(signedIn).isEmpty();

        step.codeProperty().set("246 810");
        step.submit();
        assertThat(tried).containsExactly("0:111111", "0:246810");
        assertThat(signedIn).containsExactly(new SignInService.SignedIn(PROJECT, "coach@example.com"));
        assertThat(model.codeStepProperty().get()).isNull();
        assertThat(settings.lastCoachEmailProperty().get()).isEqualTo("coach@example.com");
        assertThat(step.busyProperty().get()).isFalse();
    }

    @Test
    void withSeveralAuthenticatorsTheChosenOneIsAsked() {
        CodeStepViewModel step = signInAsking(List.of("Phone", "Tablet")).codeStepProperty().get();
        assertThat(step.offersChoice()).isTrue();
        assertThat(step.intro()).isEqualTo("Your account has 2 authenticators; choose the one at hand and type the 6-digit "
                + "code it shows.");

        step.factorProperty().set(1);
        step.codeProperty().set("246810");
        step.submit();
        assertThat(tried).containsExactly("1:246810");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void goingBackForgetsTheHalfFinishedSignIn() {
        SignInViewModel model = signInAsking(List.of("Phone"));
        model.codeStepProperty().get().cancel();
        assertThat(cancelled).isEqualTo(1);
        assertThat(model.codeStepProperty().get()).isNull();
        assertThat(signedIn).isEmpty();
    }
}
