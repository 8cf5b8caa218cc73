package org.findinggood.coachdesk.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.findinggood.coachdesk.remote.ApiException;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.MfaClient;
import org.findinggood.coachdesk.remote.MfaRefusedException;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.remote.TotpEnrolment;
import org.findinggood.coachdesk.remote.UnavailableException;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorException;
import org.findinggood.coachdesk.ui.twofactor.TwoFactorService;

/**
 * Settings' two-factor section against the signed-in workspace's project: GoTrue's factors through
 * {@link MfaClient} with the workspace's session. Confirming an enrolment answers an {@code aal2} session whose
 * refresh token replaced the old one: {@link SessionTokens#adopt} keeps it (and stores it) at once.
 */
final class SupabaseTwoFactor implements TwoFactorService {

    /** The issuer an authenticator app shows beside the account. */
    static final String ISSUER = "Coach Desk";

    private final SessionTokens tokens;
    private final MfaClient mfa;

    SupabaseTwoFactor(SupabaseProject project, RemoteHttp http, Clock clock, SessionTokens tokens) {
        this.tokens = tokens;
        this.mfa = new MfaClient(project, http, new AuthClient(project, http, clock));
    }

    @Override
    public List<Authenticator> authenticators() throws TwoFactorException {
        try {
            tokens.accessToken(); // refreshed first when it is about to expire
            AuthSession session = tokens.session().orElseThrow(() -> new TwoFactorException(
                    "You are signed out; sign in again to change two-factor sign-in.", null, null));
            return mfa.factors(session).stream().filter(f -> "totp".equals(f.factorType()))
                    .map(f -> new Authenticator(f.id().toString(), f.displayName(), "verified".equals(f.status())))
                    .toList();
        } catch (ApiException e) {
            throw failure(e);
        }
    }

    @Override
    public Enrolment enrol(String name) throws TwoFactorException {
        try {
            TotpEnrolment enrolment = mfa.enrolTotp(tokens.accessToken(), name, ISSUER);
            return new Enrolment(enrolment.factorId().toString(), enrolment.friendlyName(), enrolment.secret(),
                    enrolment.uri());
        } catch (ApiException e) {
            throw failure(e);
        }
    }

    @Override
    public void confirm(String id, String code) throws TwoFactorException {
        try {
            String access = tokens.accessToken();
            UUID factor = UUID.fromString(id);
            MfaClient.Challenge challenge = mfa.challenge(access, factor);
            tokens.adopt(mfa.verify(access, factor, challenge.id(), code));
        } catch (ApiException e) {
            throw failure(e);
        }
    }

    @Override
    public void remove(String id) throws TwoFactorException {
        try {
            mfa.unenrol(tokens.accessToken(), UUID.fromString(id));
        } catch (ApiException e) {
            throw failure(e);
        }
    }

    private static TwoFactorException failure(ApiException e) {
        if (e instanceof MfaRefusedException) {
            return new TwoFactorException(e.sentence(), e.getMessage(), e);
        }
        if (e instanceof UnavailableException && e.status() == 0) {
            return new TwoFactorException("The project could not be reached; two-factor settings need the internet, "
                    + "try again when you are online.", e.getMessage(), e);
        }
        return new TwoFactorException(e.sentence(), e.getMessage(), e);
    }
}
