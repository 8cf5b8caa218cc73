package org.findinggood.coachdesk.remote;

import java.time.Duration;
import java.util.Optional;

/**
 * The server could not be reached or is overloaded (connection failure, timeout, HTTP 502/503/504/429,
 * PostgreSQL {@code 08*}/{@code 53*}, PostgREST {@code PGRST000}-{@code PGRST003}). Trying again later may work.
 */
public class UnavailableException extends ApiException {

    private final Duration retryAfter;

    public UnavailableException(String sentence, ServerError error) {
        this(sentence, error, null, null);
    }

    public UnavailableException(String sentence, ServerError error, Duration retryAfter, Throwable cause) {
        super(sentence, error, cause);
        this.retryAfter = retryAfter;
    }

    /** The server's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
