package org.findinggood.coachdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.security.SecretStore;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheSeal;
import org.findinggood.coachdesk.store.CacheStore;
import org.findinggood.coachdesk.ui.roster.RosterViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace the main window shows: its cache, whether it is the demo, who the coach is, and
 * whatever must be stopped when the coach leaves it (sync engine, listeners), in reverse order.
 */
final class OpenWorkspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenWorkspace.class);

    private final CacheDatabase db;
    private final CacheStore store;
    private final boolean demo;
    private final String coachLabel;
    private final String openMessage;
    private final List<AutoCloseable> onClose = new ArrayList<>();
    private SupabaseProject project;
    private SessionTokens tokens;
    private RemoteHttp http;
    private volatile RosterViewModel.Read firstRoster;
    private volatile CompletableFuture<RosterViewModel.Read> firstRosterReading;
    private SecretStore secrets;
    private String workspaceName;

    OpenWorkspace(CacheStore store, boolean demo, String coachLabel, String openMessage) {
        this.db = store.database();
        this.store = store;
        this.demo = demo;
        this.coachLabel = coachLabel;
        this.openMessage = openMessage;
    }

    CacheDatabase db() {
        return db;
    }

    /** The open cache's one entrance: its repositories and queries. */
    CacheStore store() {
        return store;
    }

    boolean demo() {
        return demo;
    }

    String coachLabel() {
        return coachLabel;
    }

    /** A sentence about how the cache opened (rebuilt after damage, ...), or null. */
    String openMessage() {
        return openMessage;
    }

    /** {@code client} is the HTTP client the workspace was opened with, already built off the FX thread. */
    void signedIn(SupabaseProject signedInProject, SessionTokens sessionTokens, RemoteHttp client) {
        this.project = signedInProject;
        this.tokens = sessionTokens;
        this.http = client;
    }

    /** Where this workspace's session and cache key live, under which name; for signing out. */
    void secrets(SecretStore store, String name) {
        this.secrets = store;
        this.workspaceName = name;
    }

    /** Ends or forgets this signed-in workspace; null in the demo. Use it after {@link #close()}. */
    WorkspaceSignOut signOut() {
        return secrets == null ? null : new WorkspaceSignOut(secrets, workspaceName, db.file(), tokens);
    }

    /** Null in the demo. */
    SupabaseProject project() {
        return project;
    }

    /** Null in the demo. */
    SessionTokens tokens() {
        return tokens;
    }

    /** The HTTP client for the workspace's sync and two-factor settings, built before it opened; null in the demo. */
    RemoteHttp http() {
        return http;
    }

    /** The roster as read right after opening (off the FX thread), so the window shows it at once; or null. */
    RosterViewModel.Read firstRoster() {
        return firstRoster;
    }

    void firstRoster(RosterViewModel.Read read) {
        this.firstRoster = read;
    }

    /**
     * The first roster read still under way on another thread (the launcher's head start hands the
     * workspace over as soon as its cache is open); null when there is none. Fails if the read failed.
     */
    CompletableFuture<RosterViewModel.Read> firstRosterReading() {
        return firstRosterReading;
    }

    void firstRosterReading(CompletableFuture<RosterViewModel.Read> reading) {
        this.firstRosterReading = reading;
    }

    /**
     * Reads the roster right after the cache opened, on the same background thread, so the main
     * window shows it in its first layout. A failed read is left to the roster's own reload.
     */
    OpenWorkspace withFirstRoster() {
        try {
            firstRoster(new StorePorts(store).readRoster());
        } catch (RuntimeException e) {
            LOG.debug("Reading the roster with the cache failed; the window reads it again", e);
        }
        return this;
    }

    void closeWith(AutoCloseable resource) {
        onClose.add(resource);
    }

    @Override
    public void close() {
        for (int i = onClose.size() - 1; i >= 0; i--) {
            try {
                onClose.get(i).close();
            } catch (Exception e) {
                LOG.warn("Closing part of the workspace failed", e);
            }
        }
        onClose.clear();
        closeCache();
    }

    /**
     * Closes only the cache (thread-safe; other parts are left to the exiting JVM) and seals it as
     * cleanly closed, so the next start need not read every page to check it. For a shutdown hook.
     */
    void closeCache() {
        db.close();
        CacheSeal.afterClose(db.file());
    }
}
