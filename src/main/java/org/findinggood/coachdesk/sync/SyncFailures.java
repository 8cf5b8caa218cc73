package org.findinggood.coachdesk.sync;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns whatever stopped a sync round into a {@link SyncFailure}: one sentence for the coach, details to copy. */
public class SyncFailures {

    public SyncFailure describe(Throwable error) {
        if (causedBy(error, IOException.class) || causedBy(error, UncheckedIOException.class)) {
            return new SyncFailure("The server cannot be reached; your edits are kept and will be sent when you are back online.",
                    details(error), true, true);
        }
        return new SyncFailure("Sync stopped because of an unexpected problem; your edits are kept. Try again, and send the details to support if it persists.",
                details(error), false, true);
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
