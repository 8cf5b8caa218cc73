package org.findinggood.coachdesk.sync;

import org.findinggood.coachdesk.store.CacheStore;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.PostgrestClient;
import org.findinggood.coachdesk.remote.ServerError;
import org.findinggood.coachdesk.remote.SignedOutException;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.RowRepository;

/**
 * One sync round for the signed-in coach: push the outbox (so the coach's edits win the race with the
 * pull), then pull, also when the push failed. Also usable without an engine (the headless command, tests).
 */
public final class CoachSync implements SyncRound {

    private final Supplier<Optional<AuthSession>> session;
    private final PostgrestClient rest;
    private final SyncSettings settings;
    private final OutboxPush push;
    private final ScopedPull pull;
    private volatile boolean reconcileNext;

    public CoachSync(PostgrestClient rest, Supplier<Optional<AuthSession>> session, CacheDatabase db,
            SyncSettings settings, Clock clock) {
        this(rest, session, new CacheStore(db), settings, clock);
    }

    /** A round on the open cache's one entrance (the app's workspace passes its own). */
    public CoachSync(PostgrestClient rest, Supplier<Optional<AuthSession>> session, CacheStore store,
            SyncSettings settings, Clock clock) {
        CacheDatabase db = store.database();
        this.session = session;
        this.rest = rest;
        this.settings = settings;
        CacheTables tables = new CacheTables(store);
        Map<String, RowRepository<?>> repositories = new HashMap<>();
        tables.all().forEach(t -> repositories.put(t.name(), t.rows()));
        repositories.put("coaches", tables.coaches());
        this.push = new OutboxPush(rest, db, store.outbox(), store.conflicts(), repositories);
        this.pull = new ScopedPull(rest, db, tables, new Cursors(store.cursors()), settings, clock);
    }

    /** The next round also runs the id reconciliation, even if it is not due yet. */
    public void reconcileNextRound() {
        reconcileNext = true;
    }

    /** One round, within {@link SyncSettings#roundDeadline()}: no request of it outlasts that. */
    @Override
    public void run(SyncProgress progress) {
        rest.withinRound(settings.roundDeadline(), () -> runRound(progress));
    }

    private void runRound(SyncProgress progress) {
        AuthSession signedIn = session.get().orElseThrow(() -> new SignedOutException(
                "Nobody is signed in; sign in to sync.", ServerError.none("no session")));
        // A failed push must not stop the pull: the coach still gets the server's news, and the push's
        // failure is still the round's result (its entries stay queued for the next round).
        RuntimeException pushFailed = null;
        try {
            push.push(progress);
        } catch (RuntimeException e) {
            pushFailed = e;
        }
        boolean reconcile = reconcileNext;
        try {
            pull.pull(signedIn.email(), signedIn.userId(), reconcile, progress);
        } catch (RuntimeException pullFailed) {
            if (pushFailed != null && pushFailed != pullFailed) {
                pullFailed.addSuppressed(pushFailed);
            }
            throw pullFailed;
        }
        if (reconcile) {
            reconcileNext = false;
        }
        if (pushFailed != null) {
            throw pushFailed;
        }
    }

}
