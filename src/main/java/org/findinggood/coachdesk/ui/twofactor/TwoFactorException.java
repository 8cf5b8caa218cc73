package org.findinggood.coachdesk.ui.twofactor;

/** A two-factor request failed: {@link #getMessage()} is one sentence for the coach, {@link #details()} for support. */
public class TwoFactorException extends Exception {

    private final String details;

    public TwoFactorException(String sentence, String details, Throwable cause) {
        super(sentence, cause);
        this.details = details;
    }

    public String details() {
        return details;
    }
}
