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
    /** GoTrue's refusal of an early refresh of the current session, kept until its access token expires. */
    private volatile SignedOutException refusedEarly;

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

    /**
     * Takes over a session GoTrue answered to a request made with this one (verifying a second factor swaps the
     * refresh token and raises the session to {@code aal2}, supabase/auth {@code internal/api/token.go}
     * updateMFASessionAndClaims, so the old one must not be used again), or a password sign-in the caller checked
     * first. Saved before anyone uses it.
     */
    public void adopt(AuthSession next) {
        refreshing.lock();
        try {
            session = next;
            refusedEarly = null;
            persist(next);
        } finally {
            refreshing.unlock();
        }
        LOG.info("Session replaced for user {} (assurance level {})", next.userId(), AssuranceLevel.of(next));
        fire(SessionEvent.REFRESHED, next);
    }

    /**
     * Signs out locally in any case; tells the server when it can be reached ({@code scope=local}: this
     * computer only). GoTrue's {@code /logout} refuses an expired access token (403 {@code bad_jwt}, supabase/auth
     * {@code internal/api/auth.go}), so an expired one is refreshed first.
     */
    public SignOutResult signOut() {
        AuthSession old;
        refreshing.lock();
        try {
            old = session;
            session = null;
            refusedEarly = null;
            store.clear();
        } finally {
            refreshing.unlock();
        }
        SignOutResult result = SignOutResult.TOLD;
        if (old != null) {
            try {
                AuthSession current = old.expired(clock) ? auth.refresh(old.refreshToken()) : old;
                try {
                    auth.signOut(current);
                } catch (ApiException refused) {
                    if (current != old || !AuthClient.isBadJwt(refused)) {
                        throw refused;
                    }
                    // expired by the server's clock though not yet by ours: refresh, then end that session
                    auth.signOut(auth.refresh(old.refreshToken()));
                }
            } catch (SignedOutException alreadyOver) {
                LOG.info("Signed out; the server had already ended the session ({})", alreadyOver.code());
            } catch (ApiException unreachable) {
                LOG.warn("Signed out on this computer; the server could not be told ({})", unreachable.getMessage());
                result = SignOutResult.notTold();
            }
        }
        fire(SessionEvent.SIGNED_OUT, null);
        return result;
    }

    @Override
    public String accessToken() {
        AuthSession current = requireSession();
        if (!current.expiresWithin(refreshMargin, clock)) {
            return current.accessToken();
        }
        SignedOutException refused = refusedEarly;
        if (refused != null) {
            if (!current.expired(clock)) {
                return current.accessToken(); // GoTrue refused the early refresh; asking again would not change that
            }
            endSession(current, refused);
        }
        try {
            return refreshIf(current.accessToken(), true).accessToken();
        } catch (UnavailableException | ApiKeyRejectedException notNow) {
            if (!current.expired(clock)) {
                LOG.info("Early token refresh failed ({}); using the current token until it expires", notNow.getMessage());
                return current.accessToken();
            }
            throw notNow;
        }
    }

    @Override
    public String refreshAfterRejection(String rejected) {
        return refreshIf(rejected, false).accessToken();
    }

    /**
     * Refreshes unless another thread already replaced {@code staleAccessToken}. An early refresh GoTrue refuses
     * keeps the session while its access token is still valid (the coach keeps syncing until it expires);
     * otherwise a refusal ends the session. A lost answer ({@link UnavailableException}) keeps the old refresh
     * token: GoTrue accepts it again (the parent of the active token, or within its reuse interval).
     */
    private AuthSession refreshIf(String staleAccessToken, boolean early) {
        AuthSession next = null;
        SignedOutException ended = null;
        boolean cleared = false;
        refreshing.lock();
        try {
            AuthSession current = requireSession();
            if (!current.accessToken().equals(staleAccessToken)) {
                return current; // another request refreshed while this one waited
            }
            try {
                next = auth.refresh(current.refreshToken());
                session = next;
                refusedEarly = null;
                persist(next);
            } catch (SignedOutException refused) {
                if (early && !current.expired(clock)) {
                    refusedEarly = refused;
                    LOG.warn("The server refused an early token refresh ({}); using the current token until it expires",
                            refused.code());
                    return current;
                }
                ended = refused;
                cleared = clearLocked(current);
            }
        } finally {
            refreshing.unlock();
        }
        if (ended != null) {
            signedOut(cleared, ended);
        }
        LOG.debug("Access token refreshed; expires at {}", next.expiresAt());
        fire(SessionEvent.REFRESHED, next);
        return next;
    }

    private void endSession(AuthSession ended, SignedOutException refused) {
        boolean cleared;
        refreshing.lock();
        try {
            cleared = clearLocked(ended);
        } finally {
            refreshing.unlock();
        }
        signedOut(cleared, refused);
    }

    /** Forgets {@code ended} if it is still the session; true when it was. */
    private boolean clearLocked(AuthSession ended) {
        if (session != ended) {
            return false;
        }
        session = null;
        refusedEarly = null;
        store.clear();
        return true;
    }

    /** Tells listeners (outside the lock, so they may call back in) and throws the refusal. */
    private void signedOut(boolean cleared, SignedOutException refused) {
        if (cleared) {
            LOG.warn("The server rejected the refresh token; signed out ({})", refused.code());
            fire(SessionEvent.SIGNED_OUT, null);
        }
        throw refused;
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
