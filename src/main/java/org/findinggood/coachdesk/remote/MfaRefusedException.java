package org.findinggood.coachdesk.remote;

/** GoTrue refused a two-factor request; {@link #refusal()} says why, and the message is its sentence. */
public class MfaRefusedException extends ApiException {

    private final MfaRefusal refusal;

    public MfaRefusedException(MfaRefusal refusal, ServerError error) {
        super(refusal.sentence(), error);
        this.refusal = refusal;
    }

    public MfaRefusal refusal() {
        return refusal;
    }
}
