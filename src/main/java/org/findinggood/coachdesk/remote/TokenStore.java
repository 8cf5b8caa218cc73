package org.findinggood.coachdesk.remote;

import java.util.Optional;

/** Where the session survives restarts. {@link #save} replaces the stored session atomically. */
public interface TokenStore {

    Optional<AuthSession> load();

    void save(AuthSession session);

    void clear();

    /** Keeps the session in memory only (tests, "do not remember me"). */
    static TokenStore inMemory() {
        return new TokenStore() {
            private volatile AuthSession session;

            @Override
            public Optional<AuthSession> load() {
                return Optional.ofNullable(session);
            }

            @Override
            public void save(AuthSession next) {
                session = next;
            }

            @Override
            public void clear() {
                session = null;
            }
        };
    }
}
