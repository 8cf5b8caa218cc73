package org.findinggood.coachdesk.remote;

/** GoTrue refused the e-mail and password ({@code invalid_credentials}). */
public class InvalidCredentialsException extends SignInRefusedException {

    public InvalidCredentialsException(ServerError error) {
        super(AuthRefusal.INVALID_CREDENTIALS, error);
    }
}
