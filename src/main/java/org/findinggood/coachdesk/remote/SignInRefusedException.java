package org.findinggood.coachdesk.remote;

/** GoTrue refused a password sign-in; {@link #refusal()} says why, and the message is the sentence for it. */
public class SignInRefusedException extends ApiException {

    private final AuthRefusal refusal;

    public SignInRefusedException(AuthRefusal refusal, ServerError error) {
        super(refusal.sentence(), error);
        this.refusal = refusal;
    }

    public AuthRefusal refusal() {
        return refusal;
    }
}
