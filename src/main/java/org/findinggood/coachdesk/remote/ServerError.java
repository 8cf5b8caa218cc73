package org.findinggood.coachdesk.remote;

/** What the server said about a failure, normalised from PostgREST's and GoTrue's error shapes. */
public record ServerError(int status, String code, String message, String details, String hint) {

    public static ServerError of(int status, String message) {
        return new ServerError(status, null, message, null, null);
    }

    public static ServerError none(String message) {
        return new ServerError(0, null, message, null, null);
    }
}
