package org.findinggood.coachdesk.remote;

/** What happened to the session; listeners are told on the thread that caused it (never the FX thread by design). */
public enum SessionEvent {
    SIGNED_IN,
    REFRESHED,
    /** The coach signed out, or the server rejected the refresh token: sign in again. */
    SIGNED_OUT
}
