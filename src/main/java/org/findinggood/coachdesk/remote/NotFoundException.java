package org.findinggood.coachdesk.remote;

/** The table, row or endpoint does not exist: HTTP 404, or 406 {@code PGRST116} when one row was expected. */
public class NotFoundException extends ApiException {

    public NotFoundException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public NotFoundException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
