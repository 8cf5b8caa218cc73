package org.findinggood.coachdesk.remote;

/** The access token was refused (expired, revoked or invalid): HTTP 401, PostgREST {@code PGRST301}/{@code PGRST303}. */
public class AuthExpiredException extends ApiException {

    public AuthExpiredException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public AuthExpiredException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
