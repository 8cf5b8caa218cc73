package org.findinggood.coachdesk.remote;

/** The row collides with an existing one: HTTP 409, unique violation ({@code 23505}); {@link #details()} names the key. */
public class ConflictException extends ApiException {

    public ConflictException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public ConflictException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
