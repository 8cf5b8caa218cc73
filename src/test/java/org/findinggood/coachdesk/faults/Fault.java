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
    SLOW_RESPONSE;

    public boolean forwardsRequest() {
        return switch (this) {
            case RESET_BEFORE, TIMEOUT_BEFORE, UNAVAILABLE_503 -> false;
            default -> true;
        };
    }
}
