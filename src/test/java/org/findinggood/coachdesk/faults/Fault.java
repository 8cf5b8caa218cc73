package org.findinggood.coachdesk.faults;

/**
 * What the {@link FaultProxy} does to one request. "Before" faults never reach the server; "after"
 * faults reach it (the write is applied) and only the answer is lost or spoiled, which is the case
 * that makes retries dangerous.
 */
public enum Fault {
    NONE,
    /** Connection reset (RST) before the request is forwarded. */
    RESET_BEFORE,
    /** Forwarded and applied, then the connection is reset instead of answering. */
    RESET_AFTER,
    /** No answer at all until the client gives up (read timeout); never forwarded. */
    TIMEOUT_BEFORE,
    /** Forwarded and applied, then no answer until the client gives up. */
    TIMEOUT_AFTER,
    /** 503 Service Unavailable from the "gateway"; never forwarded. */
    UNAVAILABLE_503,
    /** Forwarded and applied, then a 500 from the "gateway" instead of the server's answer. */
    ERROR_500_AFTER,
    /** The server's answer with its full Content-Length, but only half the body, then a reset. */
    TRUNCATED_BODY,
    /** The server's answer, delivered slowly in small pieces (within the client's timeouts). */
    SLOW_RESPONSE,
    /** A keyset page request answered with the answer to the page before it (a cache replaying answers). */
    REPEATED_PAGE,
    /** Forwarded; the answer drips a byte at a time, each within the read timeout, far past any sane deadline. */
    DRIP,
    /** Never forwarded, never answered: the connection stays open until the client gives up. */
    HANG,
    /** The first row's timestamps with a space for the {@code T} (as PostgreSQL prints them): to be stored. */
    POISON_SPACED_TIMESTAMP,
    /** The first row gets an extra field nested 10,000 arrays deep: to be quarantined. */
    POISON_DEEP_JSON,
    /** A text value of the first row gets bytes that are not UTF-8: to be quarantined. */
    POISON_INVALID_UTF8,
    /** The first row's {@code client_email}, which the cache requires, is null: to be quarantined. */
    POISON_NULL_REQUIRED;

    public boolean forwardsRequest() {
        return switch (this) {
            case RESET_BEFORE, TIMEOUT_BEFORE, UNAVAILABLE_503, HANG -> false;
            default -> true;
        };
    }

    /** Spoils the rows of a read; applies only to an answer with at least one row. */
    public boolean poisonsRows() {
        return name().startsWith("POISON_");
    }

    /** A poison the proxy can spoil a given row with again ({@link FaultProxy#poisonSticks()}). */
    public boolean keptAside() {
        return this == POISON_INVALID_UTF8 || this == POISON_NULL_REQUIRED;
    }
}
