package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.findinggood.coachdesk.remote.AssuranceLevel;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthFactor;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.MfaClient;
import org.findinggood.coachdesk.remote.MfaRefusal;
import org.findinggood.coachdesk.remote.MfaRefusedException;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.TokenStore;
import org.findinggood.coachdesk.remote.TotpEnrolment;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.WorkspaceId;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.MfaStandIn;
import org.findinggood.coachdesk.testsupport.supabase.MfaStandIn.EnrolledCoach;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;
import org.findinggood.coachdesk.ui.signin.SignInException;
import org.findinggood.coachdesk.ui.signin.SignInService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-factor sign-in against the stand-in over real sockets, which answers as supabase/auth
 * {@code internal/api/mfa.go} (enrol, challenge, verify, unenrol), {@code internal/api/token.go}
 * (updateMFASessionAndClaims: verify answers a new aal2 session) and {@code internal/tokens/service.go} (refresh keeps
 * the session's aal and amr); the client calls them as supabase-js {@code packages/core/auth-js/src/GoTrueClient.ts}
 * {@code mfa} does. Codes are real RFC 6238 codes of the enrolled secret.
 */
class TwoFactorSignInTest {

    private static final String PASSWORD = "right-password-2fa";

    @RegisterExtension
    static final MfaStandIn standIn = new MfaStandIn(PASSWORD);

    @TempDir
    Path folder;

    private final RemoteHttp http = RemoteHttp.withDefaults();
    private final SupabaseSignIn signIn = new SupabaseSignIn(http, Clock.systemUTC());
    private final LocalSupabase supabase = standIn.supabase();

    private AuthClient auth() {
        return standIn.auth(http);
    }

    private MfaClient mfa() {
        return standIn.mfa(http);
    }

    /** A coach with the authenticator "Phone", signed in with the password and waiting for its code. */
    private EnrolledCoach halfwaySignedIn() throws Exception {
        EnrolledCoach coach = standIn.enrolledCoach("Phone");
        signIn.signIn(supabase.baseUrl(), supabase.anonKey(), coach.email(), PASSWORD.toCharArray());
        return coach;
    }

    /** The payload of a JWT as text (the test reads claims as the server set them). */
    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void enrolmentVerifiedWithARealCodeGivesAnAal2SessionAndTheFactorIsListed() {
        String email = standIn.coach();
        AuthSession password = auth().signInWithPassword(email, PASSWORD);
        assertThat(AssuranceLevel.of(password)).isEqualTo(AssuranceLevel.AAL1);
        assertThat(claims(password.accessToken())).contains("\"aal\":\"aal1\"").contains("\"method\":\"password\"");

        TotpEnrolment enrolment = mfa().enrolTotp(password.accessToken(), "Phone", "Coach Desk");
        SecretsLog.record(enrolment.secret());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Coach%20Desk:").contains("secret=" + enrolment.secret());
        assertThat(enrolment.toString()).doesNotContain(enrolment.secret());
        assertThat(mfa().factors(password)).extracting(AuthFactor::status).containsExactly("unverified");
        // an unverified factor asks nothing at sign-in yet
        assertThat(auth().signInWithPasswordAndFactors(email, PASSWORD).needsCode()).isFalse();

        MfaClient.Challenge challenge = mfa().challenge(password.accessToken(), enrolment.factorId());
        AuthSession aal2 = mfa().verify(password.accessToken(), enrolment.factorId(), challenge.id(),
                TotpCodes.code(enrolment.secret(), Instant.now()));

        assertThat(AssuranceLevel.of(aal2)).isEqualTo(AssuranceLevel.AAL2);
        assertThat(claims(aal2.accessToken())).contains("\"aal\":\"aal2\"").contains("\"method\":\"totp\"")
                .contains("\"method\":\"password\"");
        assertThat(mfa().factors(aal2)).singleElement().satisfies(f -> {
            assertThat(f.verifiedTotp()).isTrue();
            assertThat(f.friendlyName()).isEqualTo("Phone");
        });
        // the aal1 refresh token was swapped by the verification (token.go updateMFASessionAndClaims)
        assertThatThrownBy(() -> auth().refresh(password.refreshToken()))
                .isInstanceOf(org.findinggood.coachdesk.remote.SignedOutException.class);
    }

    @Test
    void passwordAloneAsksForTheCodeAndHandsOnNothingUntilTheRightCode() throws Exception {
        EnrolledCoach coach = standIn.enrolledCoach("Phone");
        String email = coach.email();

        SignInService.SignedIn halfway = signIn.signIn(supabase.baseUrl(), supabase.anonKey(), email, PASSWORD.toCharArray());
        assertThat(halfway.needsCode()).isTrue();
        assertThat(halfway.codeFactors()).containsExactly("Phone");
        assertThat(signIn.takeLatest()).as("the aal1 session stays in memory").isEmpty();

        assertThatThrownBy(() -> signIn.verify(0, TotpCodes.wrongCode(coach.secret(), Instant.now())))
                .isInstanceOf(SignInException.class)
                .hasMessage(MfaRefusal.WRONG_CODE.sentence())
                .hasMessage("That code is not right; type the 6-digit code your authenticator app shows now.");
        assertThat(signIn.takeLatest()).isEmpty();

        SignInService.SignedIn done = signIn.verify(0, coach.codeNow());
        assertThat(done.needsCode()).isFalse();
        assertThat(done.coachEmail()).isEqualTo(email);
        SupabaseSignIn.NewSession session = signIn.takeLatest().orElseThrow();
        assertThat(AssuranceLevel.of(session.session())).isEqualTo(AssuranceLevel.AAL2);
    }

    @Test
    void onlyTheAal2SessionReachesTheSecretsFile() throws Exception {
        EnrolledCoach coach = standIn.enrolledCoach("Phone");
        String email = coach.email();
        char[] passphrase = "secrets-passphrase-2fa".toCharArray();
        SecretsLog.record(new String(passphrase));
        Path secretsFile = folder.resolve("secrets.enc");
        PassphraseFileSecretStore secrets = PassphraseFileSecretStore.create(secretsFile, passphrase.clone());
        String workspace = new WorkspaceId(supabase.baseUrl(), email).fileName();

        signIn.signIn(supabase.baseUrl(), supabase.anonKey(), email, PASSWORD.toCharArray());
        // nothing is handed on, so nothing can be stored: the file holds no session after the password step
        assertThat(signIn.takeLatest()).isEmpty();
        assertThat(new SecretStoreTokenStore(PassphraseFileSecretStore.unlock(secretsFile, passphrase.clone()), workspace)
                .load()).isEmpty();

        signIn.verify(0, coach.codeNow());
        Optional<AuthSession> fresh = signIn.takeLatest().map(SupabaseSignIn.NewSession::session);
        OpenWorkspace opened = new SignedInWorkspaceOpener(folder.resolve("data"), http, Clock.systemUTC())
                .open(standIn.project(), email, secrets, fresh);
        try {
            AuthSession stored = new SecretStoreTokenStore(PassphraseFileSecretStore.unlock(secretsFile,
                    passphrase.clone()), workspace).load().orElseThrow();
            assertThat(AssuranceLevel.of(stored)).isEqualTo(AssuranceLevel.AAL2);
            assertThat(claims(stored.accessToken())).contains("\"aal\":\"aal2\"");
        } finally {
            opened.close();
        }
        assertThat(Files.readAllBytes(secretsFile)).isNotEmpty();
    }

    @Test
    void anExpiredChallengeHasItsOwnSentenceAndTheNextCodeWorks() throws Exception {
        EnrolledCoach coach = halfwaySignedIn();
        assertThatThrownBy(() -> signIn.verify(0, TotpCodes.wrongCode(coach.secret(), Instant.now())))
                .hasMessage(MfaRefusal.WRONG_CODE.sentence());
        supabase.expireMfaChallenges(); // the coach came back after more than 5 minutes

        assertThatThrownBy(() -> signIn.verify(0, coach.codeNow()))
                .isInstanceOf(SignInException.class)
                .hasMessage("That code request is more than 5 minutes old; type the code your authenticator app shows "
                        + "now to try again.");
        assertThat(signIn.verify(0, coach.codeNow()).needsCode()).isFalse();
        assertThat(signIn.takeLatest()).isPresent();
    }

    @Test
    void aCodeCardLeftOpenPastThePasswordSessionAsksForThePasswordAgain() throws Exception {
        EnrolledCoach coach = halfwaySignedIn();
        supabase.expireAccessTokens(); // the aal1 access token's hour is over (internal/api/auth.go: 403 bad_jwt)

        assertThatThrownBy(() -> signIn.verify(0, coach.codeNow()))
                .isInstanceOf(SignInException.class)
                .hasMessage("This sign-in waited too long for its code; go back and sign in with your password again.");
        assertThatThrownBy(() -> signIn.verify(0, coach.codeNow()))
                .hasMessage("This sign-in has ended; sign in with your password again.");
        assertThat(signIn.takeLatest()).isEmpty();
    }

    @Test
    void tooManyTriesHaveTheirOwnSentence() throws Exception {
        EnrolledCoach coach = halfwaySignedIn();
        supabase.mfaRequestsAllowed(0); // api.go limitHandler(FactorChallenge / FactorVerify): 429
        try {
            assertThatThrownBy(() -> signIn.verify(0, coach.codeNow()))
                    .isInstanceOf(SignInException.class)
                    .hasMessage("Too many codes tried for now (the project allows 15 a minute); wait a minute, then "
                            + "type a fresh code.");
        } finally {
            supabase.mfaRequestsAllowed(Integer.MAX_VALUE);
        }
        assertThat(signIn.verify(0, coach.codeNow()).needsCode()).isFalse();
    }

    @Test
    void withSeveralAuthenticatorsTheCoachChoosesOneAndAWrongChoiceSaysSo() throws Exception {
        String email = standIn.coach();
        String phone = supabase.enrolVerifiedTotp(email, "Phone");
        String tablet = supabase.enrolVerifiedTotp(email, "Tablet");

        SignInService.SignedIn halfway = signIn.signIn(supabase.baseUrl(), supabase.anonKey(), email,
                PASSWORD.toCharArray());
        assertThat(halfway.codeFactors()).containsExactly("Phone", "Tablet");
        String phoneCode = TotpCodes.code(phone, Instant.now());
        if (TotpCodes.matches(tablet, phoneCode, Instant.now())) {
            return; // one in a million: both apps show the same code now
        }
        assertThatThrownBy(() -> signIn.verify(1, phoneCode))
                .isInstanceOf(SignInException.class)
                .hasMessage("That code is not right for \u201cTablet\u201d; check that the authenticator you chose is "
                        + "the one showing the code, then type its code.");
        assertThat(signIn.verify(0, phoneCode).needsCode()).isFalse();
    }

    @Test
    void refreshKeepsAal2AndTheTotpMethod() throws Exception {
        EnrolledCoach coach = halfwaySignedIn();
        signIn.verify(0, coach.codeNow());
        AuthSession aal2 = signIn.takeLatest().orElseThrow().session();
        TokenStore store = TokenStore.inMemory();
        store.save(aal2);
        SessionTokens tokens = new SessionTokens(auth(), store, Clock.systemUTC(), Duration.ofSeconds(60));

        String refreshed = tokens.refreshAfterRejection(aal2.accessToken());

        assertThat(refreshed).isNotEqualTo(aal2.accessToken());
        assertThat(AssuranceLevel.of(refreshed)).isEqualTo(AssuranceLevel.AAL2);
        assertThat(claims(refreshed)).contains("\"method\":\"totp\"");
        assertThat(AssuranceLevel.of(store.load().orElseThrow())).isEqualTo(AssuranceLevel.AAL2);
    }

    @Test
    void removingAVerifiedFactorNeedsAal2AndThenSignInAsksNoCode() throws Exception {
        EnrolledCoach coach = standIn.enrolledCoach("Phone");
        String email = coach.email();
        var halfway = auth().signInWithPasswordAndFactors(email, PASSWORD);
        assertThat(halfway.needsCode()).isTrue();
        UUID factor = halfway.verifiedTotpFactors().get(0).id();

        assertThatThrownBy(() -> mfa().unenrol(halfway.session().accessToken(), factor))
                .isInstanceOf(MfaRefusedException.class)
                .satisfies(e -> assertThat(((MfaRefusedException) e).refusal()).isEqualTo(MfaRefusal.INSUFFICIENT_AAL));

        MfaClient.Challenge challenge = mfa().challenge(halfway.session().accessToken(), factor);
        AuthSession aal2 = mfa().verify(halfway.session().accessToken(), factor, challenge.id(), coach.codeNow());
        mfa().unenrol(aal2.accessToken(), factor);

        assertThat(mfa().factors(aal2)).isEmpty();
        SignInService.SignedIn plain = signIn.signIn(supabase.baseUrl(), supabase.anonKey(), email,
                PASSWORD.toCharArray());
        assertThat(plain.needsCode()).isFalse();
        assertThat(signIn.takeLatest()).isPresent();
        assertThat(List.of(MfaRefusal.values())).extracting(MfaRefusal::sentence).doesNotHaveDuplicates();
    }
}
