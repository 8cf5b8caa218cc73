package org.findinggood.coachdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.settings.Settings;
import org.junit.jupiter.api.Test;

class SignInViewModelTest {

    private final Settings settings = new Settings();
    private final List<SignInService.SignedIn> signedIn = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();

    /** Stands in for the app's service (remote auth + store), which has its own tests against LocalSupabase. */
    private SignInViewModel model(SignInService service) {
        return new SignInViewModel(service, settings, Tasks.sameThread(), signedIn::add);
    }

    private void fill(SignInViewModel model, String url) {
        model.projectUrlProperty().set(url);
        model.anonKeyProperty().set("anon-key");
        model.emailProperty().set(" coach@example.com ");
        model.passwordProperty().set("secret");
    }

    @Test
    void aDisabledSignInNamesTheFieldsStillEmpty() {
        SignInViewModel model = model((url, key, email, password) -> {
            throw new AssertionError("not signed in");
        });
        assertThat(model.whySignInDisabledProperty().get())
                .isEqualTo("Fill in the project URL, the publishable key, the e-mail and the password to sign in.");
        model.projectUrlProperty().set("https://abc.supabase.co");
        model.anonKeyProperty().set("anon-key");
        assertThat(model.whySignInDisabledProperty().get()).isEqualTo("Fill in the e-mail and the password to sign in.");
        model.emailProperty().set("coach@example.com");
        assertThat(model.whySignInDisabledProperty().get()).isEqualTo("Fill in the password to sign in.");
        model.passwordProperty().set("secret");
        assertThat(model.whySignInDisabledProperty().get()).isEmpty();
        assertThat(model.canSignInProperty().get()).isTrue();
    }

    @Test
    void successRemembersProjectKeyAndCoachButNotThePassword() {
        SignInViewModel model = model((url, key, email, password) -> {
            attempts.add(url + " " + key + " " + email + " " + new String(password));
            return new SignInService.SignedIn(url, email);
        });
        fill(model, "https://abc.supabase.co/rest/v1/");
        assertThat(model.canSignInProperty().get()).isTrue();
        model.signIn();
        assertThat(attempts).containsExactly("https://abc.supabase.co anon-key coach@example.com secret");
        assertThat(signedIn).containsExactly(new SignInService.SignedIn(URI.create("https://abc.supabase.co"), "coach@example.com"));
        assertThat(settings.anonKeys()).containsEntry("https://abc.supabase.co", "anon-key");
        assertThat(settings.lastCoachEmailProperty().get()).isEqualTo("coach@example.com");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void rememberedAnonKeyIsFilledInForAKnownProject() {
        settings.anonKeys().put("https://abc.supabase.co", "remembered-key");
        SignInViewModel model = model((url, key, email, password) -> null);
        model.projectUrlProperty().set("abc.supabase.co");
        assertThat(model.anonKeyProperty().get()).isEqualTo("remembered-key");
    }

    @Test
    void serviceErrorsAreShownAsTheirSentenceWithDetails() {
        SignInViewModel model = model((url, key, email, password) -> {
            throw new SignInException("The e-mail or password is not right; check them and try again.", "400 invalid_grant", null);
        });
        fill(model, "https://abc.supabase.co");
        model.signIn();
        assertThat(model.errorProperty().get()).isEqualTo("The e-mail or password is not right; check them and try again.");
        assertThat(model.errorDetailsProperty().get()).isEqualTo("400 invalid_grant");
        assertThat(signedIn).isEmpty();
        assertThat(settings.hasWorkspace()).isFalse();
    }

    @Test
    void notAUrlIsRefusedBeforeAnyNetworkCall() {
        SignInViewModel model = model((url, key, email, password) -> {
            attempts.add("called");
            return null;
        });
        fill(model, "http://example.com");
        model.signIn();
        assertThat(attempts).isEmpty();
        assertThat(model.errorProperty().get()).startsWith("The project URL must start with https://");
        fill(model, "ftp://example.com");
        model.signIn();
        assertThat(model.errorProperty().get()).startsWith("That is not a Supabase project URL");
        fill(model, "https://");
        model.signIn();
        assertThat(attempts).isEmpty();
    }

    @Test
    void unexpectedFailuresGetAGenericSentence() {
        SignInViewModel model = model((url, key, email, password) -> {
            throw new IllegalStateException("boom");
        });
        fill(model, "http://localhost:54321");
        model.signIn();
        assertThat(model.errorProperty().get()).startsWith("Signing in failed unexpectedly");
        assertThat(model.errorDetailsProperty().get()).contains("boom");
    }

    @Test
    void cannotSignInWithEmptyFields() {
        SignInViewModel model = model((url, key, email, password) -> null);
        assertThat(model.canSignInProperty().get()).isFalse();
        fill(model, "https://abc.supabase.co");
        model.passwordProperty().set("");
        assertThat(model.canSignInProperty().get()).isFalse();
    }

    @Test
    void projectUrlParsing() {
        assertThat(ProjectUrl.parse("abc.supabase.co")).contains(URI.create("https://abc.supabase.co"));
        assertThat(ProjectUrl.parse("http://127.0.0.1:54321/auth/v1")).contains(URI.create("http://127.0.0.1:54321"));
        assertThat(ProjectUrl.parse("ftp://abc.supabase.co")).isEmpty();
        assertThat(ProjectUrl.parse("not a url")).isEmpty();
        assertThat(ProjectUrl.parse("")).isEmpty();
    }
}
