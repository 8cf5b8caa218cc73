package org.findinggood.coachdesk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.findinggood.coachdesk.remote.ApiException;
import org.findinggood.coachdesk.remote.ApiKeyRejectedException;
import org.findinggood.coachdesk.remote.AuthExpiredException;
import org.findinggood.coachdesk.remote.BadResponseException;
import org.findinggood.coachdesk.remote.DeadlineExceededException;
import org.findinggood.coachdesk.remote.ForbiddenException;
import org.findinggood.coachdesk.remote.NetworkLoginPageException;
import org.findinggood.coachdesk.remote.SignedOutException;
import org.findinggood.coachdesk.remote.UnavailableException;
import org.findinggood.coachdesk.remote.UntrustedConnectionException;
import org.findinggood.coachdesk.store.CacheException;

/** Turns whatever stopped a sync round into a {@link SyncFailure}: one sentence for the coach, details to copy. */
public class SyncFailures {

    private static final String KEPT = " Your edits are kept.";

    public SyncFailure describe(Throwable error) {
        String details = details(error);
        if (error instanceof DeadlineExceededException late) {
            // like being offline: nothing to fix here; the next round comes on the usual schedule
            return new SyncFailure(late.sentence(), details, true, true);
        }
        if (error instanceof NetworkLoginPageException || error instanceof UntrustedConnectionException) {
            // the network is in the way, not the server: offline until the coach deals with it
            return new SyncFailure(((ApiException) error).sentence() + KEPT, details, true, true);
        }
        if (error instanceof ApiKeyRejectedException keyRefused) {
            return new SyncFailure(keyRefused.sentence() + KEPT, details, false, false);
        }
        if (error instanceof UnavailableException unavailable) {
            if (unavailable.status() == 0) {
                return new SyncFailure("The server cannot be reached; edits will be sent when you are back online.",
                        details, true, true);
            }
            return new SyncFailure(unavailable.sentence() + KEPT, details, false, true);
        }
        if (error instanceof SignedOutException signedOut) {
            return new SyncFailure("Your session has ended: " + lowerFirst(signedOut.sentence()) + KEPT, details, false, false);
        }
        if (error instanceof AuthExpiredException) {
            return new SyncFailure("The server no longer accepts your sign-in; sign in again to resume syncing." + KEPT,
                    details, false, false);
        }
        if (error instanceof ForbiddenException) {
            return new SyncFailure("The server refused access to your coaching data; check that this account is a coach in the project."
                    + KEPT, details, false, false);
        }
        if (error instanceof RepeatedPageException repeated) {
            return new SyncFailure(repeated.sentence() + KEPT, details, false, true);
        }
        if (error instanceof BadResponseException) {
            return new SyncFailure("The server sent data Coach Desk could not read; sync will try again, and if it keeps happening, update Coach Desk."
                    + KEPT, details, false, true);
        }
        if (error instanceof ApiException api) {
            return new SyncFailure("The server refused a sync request" + (api.status() > 0 ? " (HTTP " + api.status() + ")" : "")
                    + "; sync will try again, and if it keeps happening, send the details to support." + KEPT,
                    details, false, true);
        }
        if (error instanceof CacheException cache) {
            return new SyncFailure(cache.userMessage(), details, false, true);
        }
        if (causedBy(error, IOException.class) || causedBy(error, UncheckedIOException.class)) {
            return new SyncFailure("The server cannot be reached; edits will be sent when you are back online.",
                    details, true, true);
        }
        return new SyncFailure("Sync stopped because of an unexpected problem; try again, and send the details to support if it persists."
                + KEPT, details, false, true);
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    protected static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The exception chain, as text to copy (messages of our exceptions never carry tokens). */
    protected static String details(Throwable error) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 8; t = t.getCause(), depth++) {
            text.append(depth == 0 ? "" : "caused by: ").append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            text.append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 6); i++) {
                text.append("    at ").append(frames[i]).append('\n');
            }
        }
        return text.toString();
    }
}
