package org.findinggood.coachdesk.remote;

/** The signed-in user may not do this: HTTP 403 (row level security, grants; PostgreSQL {@code 42501}). */
public class ForbiddenException extends ApiException {

    public ForbiddenException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public ForbiddenException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
