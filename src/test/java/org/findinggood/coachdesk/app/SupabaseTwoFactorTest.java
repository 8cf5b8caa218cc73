package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.findinggood.coachdesk.remote.AssuranceLevel;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.remote.TokenStore;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.testsupport.supabase.MfaStandIn;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorException;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings' two-factor service against the stand-in (supabase/auth {@code internal/api/mfa.go}): enrolment, its first
 * real code, the aal2 session it answers kept in the workspace's secrets file, and removal.
 */
class SupabaseTwoFactorTest {

    private static final String PASSWORD = "settings-2fa-password";

    @RegisterExtension
    static final MfaStandIn standIn = new MfaStandIn(PASSWORD);

    @TempDir
    Path folder;

    private final RemoteHttp http = RemoteHttp.withDefaults();

    @Test
    void enrolConfirmAndRemoveFromSettings() throws Exception {
        String email = standIn.coach();
        SupabaseProject project = standIn.project();
        AuthClient auth = standIn.auth(http);
        char[] passphrase = "settings-secrets-passphrase".toCharArray();
        SecretsLog.record(new String(passphrase));
        Path file = folder.resolve("secrets.enc");
        TokenStore store = new SecretStoreTokenStore(PassphraseFileSecretStore.create(file, passphrase.clone()), "ws");
        SessionTokens tokens = new SessionTokens(auth, store);
        tokens.signIn(email, PASSWORD);
        TwoFactorService service = new SupabaseTwoFactor(project, http, Clock.systemUTC(), tokens);
        assertThat(service.authenticators()).isEmpty();

        TwoFactorService.Enrolment enrolment = service.enrol("Phone");
        SecretsLog.record(enrolment.secret());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Coach%20Desk:");
        assertThat(service.authenticators()).containsExactly(new TwoFactorService.Authenticator(enrolment.id(), "Phone",
                false));
        assertThatThrownBy(() -> service.confirm(enrolment.id(), TotpCodes.wrongCode(enrolment.secret(), Instant.now())))
                .isInstanceOf(TwoFactorException.class)
                .hasMessage("That code is not right; type the 6-digit code your authenticator app shows now.");

        service.confirm(enrolment.id(), TotpCodes.code(enrolment.secret(), Instant.now()));

        assertThat(service.authenticators()).containsExactly(new TwoFactorService.Authenticator(enrolment.id(), "Phone",
                true));
        assertThat(AssuranceLevel.of(tokens.session().orElseThrow())).isEqualTo(AssuranceLevel.AAL2);
        TokenStore reread = new SecretStoreTokenStore(PassphraseFileSecretStore.unlock(file, passphrase.clone()), "ws");
        assertThat(AssuranceLevel.of(reread.load().orElseThrow())).as("the aal2 session replaced the stored one")
                .isEqualTo(AssuranceLevel.AAL2);
        assertThat(auth.signInWithPasswordAndFactors(email, PASSWORD).needsCode()).isTrue();
        // the session keeps working after the swap: a refresh with the adopted refresh token
        assertThat(AssuranceLevel.of(tokens.refreshAfterRejection(tokens.session().orElseThrow().accessToken())))
                .isEqualTo(AssuranceLevel.AAL2);

        service.remove(enrolment.id());
        assertThat(service.authenticators()).isEmpty();
        assertThat(auth.signInWithPasswordAndFactors(email, PASSWORD).needsCode()).isFalse();
    }
}
