package org.findinggood.coachdesk.store;

/** The disk (or the cache's size limit) is full: the change was rolled back, nothing half-written. */
public final class CacheFullException extends CacheException {

    public static final String MESSAGE =
            "Your disk is full, so the last change was not saved; free some disk space and try again.";

    CacheFullException(String detail, Throwable cause) {
        super(MESSAGE, detail, cause);
    }
}
