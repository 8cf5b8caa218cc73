package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MFA client against the stand-in's GoTrue factor endpoints, each refusal as supabase/auth answers it:
 * {@code internal/api/mfa.go} validateFactors (mfa_factor_name_conflict 422, insufficient_aal 403 to add a factor to
 * a verified account from aal1), challengeTOTPFactor ({@code expires_at} 300 s ahead,
 * conf MFAConfiguration.ChallengeExpiryDuration), VerifyFactor (validation_failed for no code), and
 * {@code internal/api/admin.go} loadFactor (another user's factor: 404 mfa_factor_not_found).
 */
class MfaClientTest {

    private static final String PASSWORD = "mfa-client-password";
    private static FreshDatabase database;
    private static LocalSupabase supabase;

    @BeforeAll
    static void start() throws Exception {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
    }

    @AfterAll
    static void stop() throws Exception {
        supabase.close();
        database.close();
    }

    private final RemoteHttp http = RemoteHttp.withDefaults();
    private final SupabaseProject project = new SupabaseProject(supabase.baseUrl(), supabase.anonKey());
    private final AuthClient auth = new AuthClient(project, http, Clock.systemUTC());
    private final MfaClient mfa = new MfaClient(project, http, auth);

    private static String coach() {
        String email = "mfa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        supabase.createCoach(email, PASSWORD, "MFA Coach");
        return email;
    }

    private static MfaRefusal refusal(Throwable thrown) {
        return ((MfaRefusedException) thrown).refusal();
    }

    @Test
    void aNameInUseIsRefusedAndAnotherUsersFactorIsNotFound() {
        AuthSession mine = auth.signInWithPassword(coach(), PASSWORD);
        TotpEnrolment enrolment = mfa.enrolTotp(mine.accessToken(), "Phone", null);
        SecretsLog.record(enrolment.secret());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/localhost:");

        assertThatThrownBy(() -> mfa.enrolTotp(mine.accessToken(), "Phone", null))
                .isInstanceOf(MfaRefusedException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.NAME_TAKEN))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(422));

        AuthSession theirs = auth.signInWithPassword(coach(), PASSWORD);
        assertThatThrownBy(() -> mfa.challenge(theirs.accessToken(), enrolment.factorId()))
                .isInstanceOf(MfaRefusedException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.FACTOR_NOT_FOUND))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(404));
    }

    @Test
    void aChallengeLastsFiveMinutesAndAnEmptyCodeIsNotSent() {
        String email = coach();
        String secret = supabase.enrolVerifiedTotp(email, "Phone");
        PasswordSignIn password = auth.signInWithPasswordAndFactors(email, PASSWORD);
        UUID factor = password.verifiedTotpFactors().get(0).id();

        MfaClient.Challenge challenge = mfa.challenge(password.session().accessToken(), factor);
        long ahead = challenge.expiresAtEpochSecond() - Instant.now().getEpochSecond();
        assertThat(ahead).isBetween(290L, 300L);

        assertThatThrownBy(() -> mfa.verify(password.session().accessToken(), factor, challenge.id(), ""))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("validation_failed"));

        AuthSession aal2 = mfa.verify(password.session().accessToken(), factor, challenge.id(),
                TotpCodes.code(secret, Instant.now()));
        // the same challenge twice: GoTrue answers mfa_ip_address_mismatch for a verified one (validateChallenge)
        assertThatThrownBy(() -> mfa.verify(aal2.accessToken(), factor, challenge.id(), TotpCodes.code(secret, Instant.now())))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.CHALLENGE_USED));
    }

    @Test
    void addingASecondFactorNeedsATwoFactorSession() {
        String email = coach();
        supabase.enrolVerifiedTotp(email, "Phone");
        AuthSession aal1 = auth.signInWithPassword(email, PASSWORD);

        assertThatThrownBy(() -> mfa.enrolTotp(aal1.accessToken(), "Tablet", null))
                .isInstanceOf(MfaRefusedException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.INSUFFICIENT_AAL))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(403));
    }
}
