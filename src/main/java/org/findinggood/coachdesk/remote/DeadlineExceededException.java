package org.findinggood.coachdesk.remote;

import java.time.Duration;

/**
 * A request, or the sync round it belongs to, ran out of time: the server answered too slowly or not at all
 * ({@link RequestDeadlines}, the round's deadline). Retryable later, like being offline.
 */
public final class DeadlineExceededException extends UnavailableException {

    private final Duration limit;
    private final String sentence;

    DeadlineExceededException(String what, Duration limit, boolean round, Throwable cause) {
        this(sentence(limit, round), what, limit, round, cause);
    }

    private DeadlineExceededException(String sentence, String what, Duration limit, boolean round, Throwable cause) {
        super(sentence, ServerError.none(what + " ran out of its " + (round ? "round" : "request") + " deadline of "
                + limit.toMillis() + " ms"), null, cause);
        this.limit = limit;
        this.sentence = sentence;
    }

    private static String sentence(Duration limit, boolean round) {
        return "The server did not answer in time (" + (round ? "the sync round's limit is " : "the limit for a request is ")
                + seconds(limit) + "); sync will try again later, and nothing was lost.";
    }

    /** The sentence for the coach, without the technical suffix. */
    public String sentence() {
        return sentence;
    }

    /** The limit that ran out. */
    public Duration limit() {
        return limit;
    }

    static String seconds(Duration limit) {
        long s = Math.max(1, (limit.toMillis() + 999) / 1000);
        return s + (s == 1 ? " second" : " seconds");
    }
}
