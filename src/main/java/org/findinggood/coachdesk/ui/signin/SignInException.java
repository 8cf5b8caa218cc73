package org.findinggood.coachdesk.ui.signin;

/** Sign-in failed: {@link #getMessage()} is one sentence for the coach, {@link #details()} is for support. */
public class SignInException extends Exception {

    private final String details;

    public SignInException(String sentence, String details, Throwable cause) {
        super(sentence, cause);
        this.details = details;
    }

    public String details() {
        return details;
    }
}
