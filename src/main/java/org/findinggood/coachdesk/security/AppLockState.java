package org.findinggood.coachdesk.security;

import java.time.Instant;

/**
 * The app lock as remembered on this computer: the secret's hash (null: no lock), the idle minutes
 * before it locks by itself, and the wrong tries since the last unlock (kept across restarts, so
 * quitting does not reset the wait that slows guessing).
 */
public record AppLockState(LockSecretHash secret, int idleMinutes, int failedTries, Instant lastFailure) {

    public static final int DEFAULT_IDLE_MINUTES = 10;

    public static AppLockState none() {
        return new AppLockState(null, DEFAULT_IDLE_MINUTES, 0, null);
    }

    public boolean enabled() {
        return secret != null;
    }

    public AppLockState withSecret(LockSecretHash newSecret) {
        return new AppLockState(newSecret, idleMinutes, 0, null);
    }

    public AppLockState withIdleMinutes(int minutes) {
        return new AppLockState(secret, minutes, failedTries, lastFailure);
    }

    public AppLockState failed(Instant at) {
        return new AppLockState(secret, idleMinutes, failedTries + 1, at);
    }

    public AppLockState unlocked() {
        return new AppLockState(secret, idleMinutes, 0, null);
    }
}
