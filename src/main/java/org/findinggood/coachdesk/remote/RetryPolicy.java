package org.findinggood.coachdesk.remote;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to wait before trying an idempotent request again: exponential backoff with
 * jitter (half fixed, half random, so many clients coming back after an outage do not arrive together),
 * or the server's {@code Retry-After} when it gives one and it is not longer than {@code maxRetryAfter}.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter, Sleeper sleeper) {

    /** Waits; tests pass one that records the delays instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration delay) throws InterruptedException;
    }

    public static final Sleeper THREAD_SLEEP = delay -> Thread.sleep(delay.toMillis());

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** 4 attempts, 250 ms doubling up to 4 s, Retry-After honoured up to 30 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(30), THREAD_SLEEP);
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, THREAD_SLEEP);
    }

    public RetryPolicy withSleeper(Sleeper other) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, other);
    }

    /** Delay before attempt {@code attempt + 1} after attempt {@code attempt} (1-based) failed. */
    Duration backoff(int attempt) {
        return backoff(attempt, ThreadLocalRandom.current());
    }

    Duration backoff(int attempt, Random random) {
        long base = baseDelay.toMillis();
        long cap = maxDelay.toMillis();
        long exponential = Math.min(cap, base << Math.min(attempt - 1, 20));
        long half = exponential / 2;
        return Duration.ofMillis(half + (half > 0 ? random.nextLong(half + 1) : 0));
    }
}
