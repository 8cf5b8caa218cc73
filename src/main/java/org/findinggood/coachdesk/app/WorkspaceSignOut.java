package org.findinggood.coachdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SignOutResult;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.SecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.CacheFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leaving a signed-in workspace. {@link #signOut()} ends the session (revoked on the server when it
 * answers, always removed from the secret store) and keeps the cache for the next sign-in.
 * {@link #forgetDevice()} also deletes the cache files and the cache key, so nothing of the coach's
 * clients stays readable on this computer. Runs off the FX thread; the cache must be closed first.
 */
final class WorkspaceSignOut {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSignOut.class);

    /** Part of "forget this device" did not work; the message says what is left and what to do. */
    static final class ForgetFailedException extends Exception {
        ForgetFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final SecretStore secrets;
    private final String workspace;
    private final Path cacheFile;
    private final SessionTokens tokens;

    /**
     * @param workspace the workspace's name ({@code WorkspaceId.fileName()}), which names its secrets
     * @param tokens    the open session, or null when there is none (it is then only removed from the store)
     */
    WorkspaceSignOut(SecretStore secrets, String workspace, Path cacheFile, SessionTokens tokens) {
        this.secrets = Objects.requireNonNull(secrets);
        this.workspace = Objects.requireNonNull(workspace);
        this.cacheFile = Objects.requireNonNull(cacheFile);
        this.tokens = tokens;
    }

    /** Ends the session; the cache and its key stay. Says whether the server could be told. */
    SignOutResult signOut() {
        SignOutResult result = new SignOutResult(true, null);
        if (tokens != null) {
            // SessionTokens clears the stored session first, then tells the server (best effort)
            result = tokens.signOut();
        }
        new SecretStoreTokenStore(secrets, workspace).clear();
        return result;
    }

    /**
     * Ends the session, deletes every file of the cache (database, WAL, shared memory, key check,
     * copies moved aside) and the cache key. Tries all three even when one fails.
     *
     * @return how many files were deleted
     */
    int forgetDevice() throws ForgetFailedException {
        List<String> left = new ArrayList<>();
        Exception first = null;
        try {
            signOut();
        } catch (RuntimeException e) {
            left.add("the saved sign-in");
            first = e;
        }
        int deleted = 0;
        try {
            deleted = CacheFiles.delete(cacheFile);
            if (!CacheFiles.of(cacheFile).isEmpty()) {
                left.add("cache files in " + cacheFile.getParent());
            }
        } catch (Exception e) {
            left.add("cache files in " + cacheFile.getParent());
            first = first == null ? e : first;
        }
        try {
            new CacheKeyVault(secrets).forget(workspace);
        } catch (RuntimeException e) {
            left.add("the cache key (" + secrets.kind() + ")");
            first = first == null ? e : first;
        }
        if (!left.isEmpty()) {
            LOG.warn("Forgetting this device left {} ({})", String.join(", ", left),
                    first == null ? "files still present" : first.getClass().getSimpleName());
            throw new ForgetFailedException("Coach Desk could not remove " + String.join(" and ", left)
                    + ". Close other Coach Desk windows and try again, or delete them by hand.", first);
        }
        LOG.info("Forgot this device: session, cache key and {} cache files removed", deleted);
        return deleted;
    }
}
