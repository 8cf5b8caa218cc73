package org.findinggood.coachdesk.remote;

/** The server answered something that is not what the API promises (not JSON, wrong shape, missing fields). */
public class BadResponseException extends ApiException {

    public BadResponseException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public BadResponseException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
