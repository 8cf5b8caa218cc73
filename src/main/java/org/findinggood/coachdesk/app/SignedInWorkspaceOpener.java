package org.findinggood.coachdesk.app;

import org.findinggood.coachdesk.store.CacheStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.remote.TokenStore;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.SecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.findinggood.coachdesk.store.WorkspaceId;

/**
 * Opens a signed-in coach's workspace: the session from the secret store (or a fresh one from the
 * sign-in screen), the cache encrypted with the workspace's key. Works offline: nothing here talks
 * to the server, so a signed-in coach reopening the app goes straight to the roster.
 */
final class SignedInWorkspaceOpener {

    /** There is no stored session for this workspace: the coach has to sign in. */
    static final class NotSignedInException extends Exception {
        NotSignedInException() {
            super("Sign in to open this workspace.");
        }
    }

    private final Path dataFolder;
    private final RemoteHttp http;
    private final Clock clock;

    SignedInWorkspaceOpener(Path dataFolder, RemoteHttp http, Clock clock) {
        this.dataFolder = dataFolder;
        this.http = http;
        this.clock = clock;
    }

    /** Runs off the FX thread. */
    OpenWorkspace open(SupabaseProject project, String coachEmail, SecretStore secrets, Optional<AuthSession> fresh)
            throws Exception {
        WorkspaceId id = new WorkspaceId(project.baseUrl(), coachEmail);
        String name = id.fileName();
        TokenStore tokenStore = new SecretStoreTokenStore(secrets, name);
        fresh.ifPresent(tokenStore::save);
        if (tokenStore.load().isEmpty()) {
            throw new NotSignedInException();
        }
        CacheKey key = CacheKey.fromHex(new CacheKeyVault(secrets).hexKeyFor(name));
        Path file = id.cacheFile(dataFolder);
        Files.createDirectories(file.getParent());
        CacheOpenResult result = CacheDatabase.open(file, key);
        String message = result.message().orElse(null);
        if (!result.isOpen()) {
            // The key in the secret store does not open the file (e.g. secrets were reset): start afresh.
            result = CacheDatabase.rebuild(file, key);
            message = message + " " + result.message().orElse("");
        }
        SessionTokens tokens = new SessionTokens(new AuthClient(project, http, clock), tokenStore);
        OpenWorkspace workspace = new OpenWorkspace(new CacheStore(result.database()), false, coachEmail, message);
        workspace.signedIn(project, tokens, http);
        workspace.secrets(secrets, name);
        return workspace;
    }

    static SupabaseProject project(URI url, String anonKey) {
        return new SupabaseProject(url, anonKey == null ? "" : anonKey);
    }
}
