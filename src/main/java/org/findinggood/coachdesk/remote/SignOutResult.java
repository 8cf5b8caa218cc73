package org.findinggood.coachdesk.remote;

/**
 * How a sign-out went: always done on this computer; {@code serverTold} when GoTrue ended the session too.
 * {@code sentence} is for the coach when the server could not be told, else null.
 */
public record SignOutResult(boolean serverTold, String sentence) {

    static final SignOutResult TOLD = new SignOutResult(true, null);

    static SignOutResult notTold() {
        return new SignOutResult(false, "You are signed out on this computer, but the server could not be told "
                + "(no connection); the saved sign-in is deleted here, so it cannot be used again.");
    }
}
