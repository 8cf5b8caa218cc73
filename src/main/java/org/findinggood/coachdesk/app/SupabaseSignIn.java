package org.findinggood.coachdesk.app;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.findinggood.coachdesk.remote.ApiException;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.ConnectionCheck;
import org.findinggood.coachdesk.remote.BadResponseException;
import org.findinggood.coachdesk.remote.ApiKeyRejectedException;
import org.findinggood.coachdesk.remote.NetworkLoginPageException;
import org.findinggood.coachdesk.remote.MfaRefusal;
import org.findinggood.coachdesk.remote.MfaRefusedException;
import org.findinggood.coachdesk.remote.PasswordSignIn;
import org.findinggood.coachdesk.remote.SignInRefusedException;
import org.findinggood.coachdesk.remote.UntrustedConnectionException;
import org.findinggood.coachdesk.remote.NotFoundException;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.remote.UnavailableException;
import org.findinggood.coachdesk.ui.signin.ConnectionChecker;
import org.findinggood.coachdesk.ui.signin.SecondFactorService;
import org.findinggood.coachdesk.ui.signin.SignInException;
import org.findinggood.coachdesk.ui.signin.SignInService;

/**
 * The sign-in screen's service: GoTrue password sign-in against the coach's project. Turns every
 * failure into one sentence (wrong password, unreachable server, not a Supabase URL). The session
 * it gets is handed to the workspace opener, which stores it in the secret store. When the account has a
 * verified authenticator (TOTP factor), the password's session is only {@code aal1}: it stays here, in memory, until
 * {@link #verify} turns it into an {@code aal2} one ({@link TwoFactorSignIn}); only that one is handed on.
 */
final class SupabaseSignIn implements SignInService, ConnectionChecker, SecondFactorService {

    /** A fresh session for a project, waiting to be stored with its workspace. */
    record NewSession(SupabaseProject project, AuthSession session) {
    }

    private final Supplier<RemoteHttp> http;
    private final Clock clock;
    private final AtomicReference<NewSession> latest = new AtomicReference<>();
    private final AtomicReference<TwoFactorSignIn> halfway = new AtomicReference<>();

    SupabaseSignIn(RemoteHttp http, Clock clock) {
        this(() -> http, clock);
    }

    /** With the HTTP client built on first sign-in (off the FX thread), not when the app starts. */
    SupabaseSignIn(Supplier<RemoteHttp> http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(URI projectUrl, String anonKey, String email, char[] password) throws SignInException {
        SupabaseProject project;
        try {
            project = new SupabaseProject(projectUrl, anonKey);
        } catch (IllegalArgumentException e) {
            throw new SignInException(e.getMessage(), null, e);
        }
        halfway.set(null);
        try {
            PasswordSignIn answer = new AuthClient(project, http.get(), clock).signInWithPasswordAndFactors(email,
                    new String(password));
            AuthSession session = answer.session();
            String signedInAs = session.email() == null || session.email().isBlank() ? email : session.email();
            if (answer.needsCode()) {
                TwoFactorSignIn step = new TwoFactorSignIn(project, http.get(), clock, answer, signedInAs);
                halfway.set(step);
                return new SignedIn(project.baseUrl(), signedInAs, step.factorNames());
            }
            latest.set(new NewSession(project, session));
            return new SignedIn(project.baseUrl(), signedInAs);
        } catch (ApiException e) {
            throw failure(e);
        }
    }

    /** One sentence for a failure of a sign-in request (wrong password, unreachable server, not a Supabase URL). */
    private static SignInException failure(ApiException e) {
        if (e instanceof SignInRefusedException || e instanceof ApiKeyRejectedException
                || e instanceof NetworkLoginPageException || e instanceof UntrustedConnectionException) {
            return new SignInException(e.sentence(), e.getMessage(), e);
        }
        if (e instanceof UnavailableException) {
            if (e.status() > 0) {
                return new SignInException(e.sentence(), e.getMessage(), e);
            }
            return new SignInException("The project could not be reached; check the URL and your internet "
                    + "connection, then try again.", e.getMessage(), e);
        }
        if (e instanceof NotFoundException || e instanceof BadResponseException) {
            return new SignInException("That address does not answer like a Supabase project; check the project URL "
                    + "(https://<project>.supabase.co).", e.getMessage(), e);
        }
        return new SignInException("The project refused the sign-in; check the project key and try again.",
                e.getMessage(), e);
    }

    @Override
    public SignedIn verify(int factor, String code) throws SignInException {
        TwoFactorSignIn step = halfway.get();
        if (step == null) {
            throw new SignInException("This sign-in has ended; sign in with your password again.", null, null);
        }
        try {
            AuthSession session = step.verify(factor, code);
            halfway.compareAndSet(step, null);
            latest.set(new NewSession(step.project(), session));
            return new SignedIn(step.project().baseUrl(), step.email());
        } catch (MfaRefusedException e) {
            if (e.refusal() == MfaRefusal.FACTOR_NOT_FOUND) {
                halfway.compareAndSet(step, null);
            }
            throw new SignInException(step.sentence(e.refusal(), factor), e.getMessage(), e);
        } catch (ApiException e) {
            if (AuthClient.isBadJwt(e) || "session_not_found".equals(e.code())) {
                // the password's session expired (an hour) or ended while the code card waited
                halfway.compareAndSet(step, null);
                throw new SignInException("This sign-in waited too long for its code; go back and sign in with your "
                        + "password again.", e.getMessage(), e);
            }
            throw failure(e);
        }
    }

    @Override
    public void cancel() {
        halfway.set(null);
    }

    @Override
    public Report check(URI projectUrl, String anonKey) throws SignInException {
        SupabaseProject project;
        try {
            project = new SupabaseProject(projectUrl, anonKey);
        } catch (IllegalArgumentException e) {
            throw new SignInException(e.getMessage(), null, e);
        }
        List<ConnectionCheck.Line> lines = new ConnectionCheck(project, http.get(), clock).run(null);
        return new Report(lines.stream().map(ConnectionCheck.Line::toString).toList(),
                lines.stream().allMatch(ConnectionCheck.Line::ok));
    }

    /** The session of the last successful sign-in, once (it is then the workspace's to keep). */
    Optional<NewSession> takeLatest() {
        return Optional.ofNullable(latest.getAndSet(null));
    }
}
