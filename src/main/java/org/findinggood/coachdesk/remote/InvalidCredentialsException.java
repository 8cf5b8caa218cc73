package org.findinggood.coachdesk.remote;

/** GoTrue refused the e-mail and password. */
public class InvalidCredentialsException extends ApiException {

    public InvalidCredentialsException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public InvalidCredentialsException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
