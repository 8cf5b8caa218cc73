package org.findinggood.coachdesk.sync;

import java.time.Duration;

/**
 * When the engine runs on its own.
 *
 * @param interval      between routine rounds ("every few minutes")
 * @param probeInterval between connectivity probes while offline
 * @param retryDelay    first wait after a failed round that may succeed later (doubles, capped at interval)
 * @param editDelay     wait after a local edit before pushing, so a burst of edits goes in one round
 */
public record SyncSchedule(Duration interval, Duration probeInterval, Duration retryDelay, Duration editDelay) {

    public static SyncSchedule standard() {
        return new SyncSchedule(Duration.ofMinutes(5), Duration.ofSeconds(20), Duration.ofSeconds(15),
                Duration.ofSeconds(2));
    }
}
