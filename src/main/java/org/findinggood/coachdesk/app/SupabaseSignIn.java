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
import org.findinggood.coachdesk.remote.SignInRefusedException;
import org.findinggood.coachdesk.remote.UntrustedConnectionException;
import org.findinggood.coachdesk.remote.NotFoundException;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.remote.UnavailableException;
import org.findinggood.coachdesk.ui.signin.ConnectionChecker;
import org.findinggood.coachdesk.ui.signin.SignInException;
import org.findinggood.coachdesk.ui.signin.SignInService;

/**
 * The sign-in screen's service: GoTrue password sign-in against the coach's project. Turns every
 * failure into one sentence (wrong password, unreachable server, not a Supabase URL). The session
 * it gets is handed to the workspace opener, which stores it in the secret store.
 */
final class SupabaseSignIn implements SignInService, ConnectionChecker {

    /** A fresh session for a project, waiting to be stored with its workspace. */
    record NewSession(SupabaseProject project, AuthSession session) {
    }

    private final Supplier<RemoteHttp> http;
    private final Clock clock;
    private final AtomicReference<NewSession> latest = new AtomicReference<>();

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
        try {
            AuthSession session = new AuthClient(project, http.get(), clock).signInWithPassword(email, new String(password));
            latest.set(new NewSession(project, session));
            String signedInAs = session.email() == null || session.email().isBlank() ? email : session.email();
            return new SignedIn(project.baseUrl(), signedInAs);
        } catch (SignInRefusedException | ApiKeyRejectedException | NetworkLoginPageException
                | UntrustedConnectionException e) {
            throw new SignInException(e.sentence(), e.getMessage(), e);
        } catch (UnavailableException e) {
            if (e.status() > 0) {
                throw new SignInException(e.sentence(), e.getMessage(), e);
            }
            throw new SignInException("The project could not be reached; check the URL and your internet "
                    + "connection, then try again.", e.getMessage(), e);
        } catch (NotFoundException | BadResponseException e) {
            throw new SignInException("That address does not answer like a Supabase project; check the project URL "
                    + "(https://<project>.supabase.co).", e.getMessage(), e);
        } catch (ApiException e) {
            throw new SignInException("The project refused the sign-in; check the project key and try again.",
                    e.getMessage(), e);
        }
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
