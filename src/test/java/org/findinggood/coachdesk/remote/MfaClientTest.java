package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.findinggood.coachdesk.testsupport.supabase.MfaStandIn;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MFA client against the stand-in's GoTrue factor endpoints, each refusal as supabase/auth answers it:
 * {@code internal/api/mfa.go} validateFactors (mfa_factor_name_conflict 422, insufficient_aal 403 to add a factor to
 * a verified account from aal1), challengeTOTPFactor ({@code expires_at} 300 s ahead,
 * conf MFAConfiguration.ChallengeExpiryDuration), VerifyFactor (validation_failed for no code), and
 * {@code internal/api/admin.go} loadFactor (another user's factor: 404 mfa_factor_not_found).
 */
class MfaClientTest {

    private static final String PASSWORD = "mfa-client-password";

    @RegisterExtension
    static final MfaStandIn standIn = new MfaStandIn(PASSWORD);

    private final RemoteHttp http = RemoteHttp.withDefaults();
    private final AuthClient auth = standIn.auth(http);
    private final MfaClient mfa = standIn.mfa(http);

    private static MfaRefusal refusal(Throwable thrown) {
        return ((MfaRefusedException) thrown).refusal();
    }

    @Test
    void aNameInUseIsRefusedAndAnotherUsersFactorIsNotFound() {
        AuthSession mine = auth.signInWithPassword(standIn.coach(), PASSWORD);
        TotpEnrolment enrolment = mfa.enrolTotp(mine.accessToken(), "Phone", null);
        SecretsLog.record(enrolment.secret());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/localhost:");

        assertThatThrownBy(() -> mfa.enrolTotp(mine.accessToken(), "Phone", null))
                .isInstanceOf(MfaRefusedException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.NAME_TAKEN))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(422));

        AuthSession theirs = auth.signInWithPassword(standIn.coach(), PASSWORD);
        assertThatThrownBy(() -> mfa.challenge(theirs.accessToken(), enrolment.factorId()))
                .isInstanceOf(MfaRefusedException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.FACTOR_NOT_FOUND))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(404));
    }

    @Test
    void aChallengeLastsFiveMinutesAndAnEmptyCodeIsNotSent() {
        MfaStandIn.EnrolledCoach coach = standIn.enrolledCoach("Phone");
        PasswordSignIn password = auth.signInWithPasswordAndFactors(coach.email(), PASSWORD);
        UUID factor = password.verifiedTotpFactors().get(0).id();

        MfaClient.Challenge challenge = mfa.challenge(password.session().accessToken(), factor);
        long ahead = challenge.expiresAtEpochSecond() - Instant.now().getEpochSecond();
        assertThat(ahead).isBetween(290L, 300L);

        assertThatThrownBy(() -> mfa.verify(password.session().accessToken(), factor, challenge.id(), ""))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(400))
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("validation_failed"));

        AuthSession aal2 = mfa.verify(password.session().accessToken(), factor, challenge.id(), coach.codeNow());
        // the same challenge twice: GoTrue answers mfa_ip_address_mismatch for a verified one (validateChallenge)
        assertThatThrownBy(() -> mfa.verify(aal2.accessToken(), factor, challenge.id(), coach.codeNow()))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.CHALLENGE_USED));
    }

    @Test
    void addingASecondFactorNeedsATwoFactorSession() {
        AuthSession aal1 = auth.signInWithPassword(standIn.enrolledCoach("Phone").email(), PASSWORD);

        assertThatThrownBy(() -> mfa.enrolTotp(aal1.accessToken(), "Tablet", null))
                .isInstanceOf(MfaRefusedException.class)
                .satisfies(e -> assertThat(refusal(e)).isEqualTo(MfaRefusal.INSUFFICIENT_AAL))
                .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(403));
    }
}
