package org.findinggood.coachdesk.sync;

/**
 * Why a sync run stopped, for people: one sentence saying what happened and what to do, details
 * to copy, whether the cause is simply being offline, and whether trying again soon may help.
 */
public record SyncFailure(String sentence, String details, boolean offline, boolean retryable) {
}
