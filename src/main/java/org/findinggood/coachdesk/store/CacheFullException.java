package org.findinggood.coachdesk.store;

/** The disk (or the cache's size limit) is full: the change was rolled back, nothing half-written. */
public final class CacheFullException extends CacheException {

    public static final String MESSAGE =
            "Your disk is full, so the last change was not saved; free some disk space and try again.";

    /** Said when the cache cannot even be opened because the disk is full. */
    public static final String AT_OPEN =
            "Your disk is full, so Coach Desk cannot open its local cache; free some disk space and try again.";

    CacheFullException(String detail, Throwable cause) {
        this(MESSAGE, detail, cause);
    }

    private CacheFullException(String sentence, String detail, Throwable cause) {
        super(sentence, detail, cause);
    }

    static CacheFullException atOpen(String detail, Throwable cause) {
        return new CacheFullException(AT_OPEN, detail, cause);
    }
}
