package org.findinggood.coachdesk.sync;

/**
 * One complete sync pass (push the outbox, then pull). The engine runs it on its own thread and
 * never runs two at once; it throws on failure and the engine turns the exception into status.
 */
@FunctionalInterface
public interface SyncRound {
    void run(SyncProgress progress);
}
