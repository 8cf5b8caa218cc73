package org.findinggood.coachdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.RemoteJson;
import org.findinggood.coachdesk.remote.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signed-in session in a {@link SecretStore} (OS keyring or passphrase file), never a plain
 * file. The whole session (access and single-use refresh token together) is one secret, so a save
 * replaces both at once: a crash cannot pair a new access token with a spent refresh token.
 */
public final class SecretStoreTokenStore implements TokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(SecretStoreTokenStore.class);

    private final SecretStore secrets;
    private final String name;
    private final ObjectMapper json = RemoteJson.newMapper();

    /** {@code workspace} tells sessions of different projects / coaches apart. */
    public SecretStoreTokenStore(SecretStore secrets, String workspace) {
        this.secrets = Objects.requireNonNull(secrets);
        if (workspace == null || workspace.isBlank()) {
            throw new IllegalArgumentException("A session belongs to a named workspace");
        }
        this.name = "session:" + workspace;
    }

    @Override
    public synchronized Optional<AuthSession> load() {
        Optional<String> stored = secrets.get(name);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored.get(), AuthSession.class));
        } catch (IOException | RuntimeException unreadable) {
            // the value is a token: name only the failure's type
            LOG.warn("The saved session could not be read ({}); the coach has to sign in again.",
                    unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(AuthSession session) {
        Objects.requireNonNull(session, "session");
        try {
            secrets.put(name, json.writeValueAsString(session));
        } catch (IOException e) {
            throw new SecretStoreException("Could not write the session", e);
        }
    }

    @Override
    public synchronized void clear() {
        secrets.delete(name);
    }
}
