package org.findinggood.coachdesk.remote;

import java.time.Duration;

/**
 * How long one request may take. OkHttp's read timeout restarts with every byte, so a server that drips one
 * byte a second never trips it; these limits count the whole time.
 *
 * @param attempt one attempt: connect, send, and read the whole answer
 * @param request all attempts of one request together, with the pauses between them; a request that runs out
 *                ends as {@link DeadlineExceededException}, which a sync round treats like being offline
 */
public record RequestDeadlines(Duration attempt, Duration request) {

    public RequestDeadlines {
        if (attempt.isNegative() || attempt.isZero() || request.isNegative() || request.isZero()) {
            throw new IllegalArgumentException("deadlines must be positive");
        }
    }

    /** 30 s an attempt, 60 s for a request and its retries. */
    public static RequestDeadlines standard() {
        return new RequestDeadlines(Duration.ofSeconds(30), Duration.ofSeconds(60));
    }
}
