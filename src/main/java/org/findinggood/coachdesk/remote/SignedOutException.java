package org.findinggood.coachdesk.remote;

/** The session is over: the refresh token was rejected or nobody is signed in. The coach must sign in again. */
public class SignedOutException extends AuthExpiredException {

    public SignedOutException(String sentence, ServerError error) {
        super(sentence, error);
    }

    public SignedOutException(String sentence, ServerError error, Throwable cause) {
        super(sentence, error, cause);
    }
}
