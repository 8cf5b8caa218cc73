package org.findinggood.coachdesk.remote;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the signed-in session current. The access token is refreshed {@code refreshMargin} before it
 * expires and once after a 401; one refresh runs at a time, and requests waiting for it reuse its result.
 * A failed refresh because of the network or a 5xx keeps the session (the refresh token is still
 * good); only GoTrue rejecting the refresh token ends it, which listeners see as {@link SessionEvent#SIGNED_OUT}.
 * Each new session is saved to the {@link TokenStore} before anyone uses it, since the old refresh token is spent.
 */
public final class SessionTokens implements AccessTokens {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTokens.class);

    private final AuthClient auth;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshMargin;
    private final ReentrantLock refreshing = new ReentrantLock();
    private final List<BiConsumer<SessionEvent, Optional<AuthSession>>> listeners = new CopyOnWriteArrayList<>();
    private volatile AuthSession session;

    public SessionTokens(AuthClient auth, TokenStore store, Clock clock, Duration refreshMargin) {
        this.auth = auth;
        this.store = store;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
        this.session = store.load().orElse(null);
    }

    /** Refreshes 60 s before expiry. */
    public SessionTokens(AuthClient auth, TokenStore store) {
        this(auth, store, Clock.systemUTC(), Duration.ofSeconds(60));
    }

    /** Told about sign-in, refresh and sign-out, with the session afterwards (empty when signed out). */
    public void addListener(BiConsumer<SessionEvent, Optional<AuthSession>> listener) {
        listeners.add(listener);
    }

    public Optional<AuthSession> session() {
        return Optional.ofNullable(session);
    }

    public boolean signedIn() {
        return session != null;
    }

    public AuthSession signIn(String email, String password) {
        AuthSession next = auth.signInWithPassword(email, password);
        refreshing.lock();
        try {
            session = next;
            persist(next);
        } finally {
            refreshing.unlock();
        }
        LOG.info("Signed in as user {}", next.userId());
        fire(SessionEvent.SIGNED_IN, next);
        return next;
    }

    /** Signs out locally in any case; tells the server when it can be reached. */
    public void signOut() {
        AuthSession old;
        refreshing.lock();
        try {
            old = session;
            session = null;
            store.clear();
        } finally {
            refreshing.unlock();
        }
        if (old != null) {
            try {
                auth.signOut(old);
            } catch (ApiException unreachable) {
                LOG.warn("Signed out on this computer; the server could not be told ({})", unreachable.getMessage());
            }
        }
        fire(SessionEvent.SIGNED_OUT, null);
    }

    @Override
    public String accessToken() {
        AuthSession current = requireSession();
        if (!current.expiresWithin(refreshMargin, clock)) {
            return current.accessToken();
        }
        try {
            return refreshIf(current.accessToken()).accessToken();
        } catch (UnavailableException offline) {
            if (!current.expired(clock)) {
                LOG.info("Early token refresh failed ({}); using the current token until it expires", offline.getMessage());
                return current.accessToken();
            }
            throw offline;
        }
    }

    @Override
    public String refreshAfterRejection(String rejected) {
        return refreshIf(rejected).accessToken();
    }

    /** Refreshes unless another thread already replaced {@code staleAccessToken}. */
    private AuthSession refreshIf(String staleAccessToken) {
        AuthSession next;
        SignedOutException rejected = null;
        refreshing.lock();
        try {
            AuthSession current = requireSession();
            if (!current.accessToken().equals(staleAccessToken)) {
                return current; // another request refreshed while this one waited
            }
            try {
                next = auth.refresh(current.refreshToken());
                session = next;
                persist(next);
            } catch (SignedOutException refused) {
                session = null;
                store.clear();
                rejected = refused;
                next = null;
            }
        } finally {
            refreshing.unlock();
        }
        // listeners run outside the lock so they may call back in
        if (rejected != null) {
            LOG.warn("The server rejected the refresh token; signed out ({})", rejected.code());
            fire(SessionEvent.SIGNED_OUT, null);
            throw rejected;
        }
        LOG.debug("Access token refreshed; expires at {}", next.expiresAt());
        fire(SessionEvent.REFRESHED, next);
        return next;
    }

    /**
     * Saves the new session. If that fails (disk full, keyring locked) the session still works in memory:
     * the old refresh token is already spent, so dropping the new one would sign the coach out now.
     */
    private void persist(AuthSession next) {
        try {
            store.save(next);
        } catch (RuntimeException unsaved) {
            LOG.warn("The session could not be saved ({}); it works until the app closes, then the coach signs in again",
                    unsaved.getClass().getSimpleName());
        }
    }

    private AuthSession requireSession() {
        AuthSession current = session;
        if (current == null) {
            throw new SignedOutException("Nobody is signed in; sign in to sync with Supabase.", ServerError.none(null));
        }
        return current;
    }

    private void fire(SessionEvent event, AuthSession after) {
        for (BiConsumer<SessionEvent, Optional<AuthSession>> listener : listeners) {
            try {
                listener.accept(event, Optional.ofNullable(after));
            } catch (RuntimeException broken) {
                LOG.warn("A session listener failed on {}", event, broken);
            }
        }
    }
}
