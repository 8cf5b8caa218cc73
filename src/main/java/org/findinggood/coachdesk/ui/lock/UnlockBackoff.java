package org.findinggood.coachdesk.ui.lock;

import java.time.Duration;

/**
 * How long the lock screen waits after wrong tries before it checks another: three free tries (a
 * typo is not an attack), then 30 seconds, doubling with each further wrong try, at most 15 minutes.
 * With the PBKDF2 cost this keeps a 4-digit PIN out of reach of guessing at the keyboard for weeks.
 */
final class UnlockBackoff {

    static final int FREE_TRIES = 3;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

    private UnlockBackoff() {
    }

    static Duration waitAfter(int failedTries) {
        if (failedTries <= FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedTries - FREE_TRIES - 1, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** "30 seconds", "2 minutes": the wait in words, rounded up. */
    static String words(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
