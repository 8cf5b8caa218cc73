package org.findinggood.coachdesk.remote;

/**
 * Why GoTrue refused a two-factor request, one sentence each. Codes from supabase/auth
 * {@code internal/api/apierrors/errorcode.go} as {@code internal/api/mfa.go} answers them.
 */
public enum MfaRefusal {
    WRONG_CODE("mfa_verification_failed",
            "That code is not right; type the 6-digit code your authenticator app shows now."),
    CHALLENGE_EXPIRED("mfa_challenge_expired",
            "That code request is more than 5 minutes old; type the code your authenticator app shows now to try again."),
    RATE_LIMITED("over_request_rate_limit",
            "Too many codes tried for now (the project allows 15 a minute); wait a minute, then type a fresh code."),
    CHALLENGE_USED("mfa_ip_address_mismatch",
            "That code request was already used or came from another network; type the code your app shows now."),
    FACTOR_NOT_FOUND("mfa_factor_not_found",
            "This authenticator is no longer on your account (it may have been removed on another device); sign in again."),
    INSUFFICIENT_AAL("insufficient_aal",
            "This change needs a sign-in with your authenticator code; sign out, sign in with the code, then try again."),
    TOO_MANY_FACTORS("too_many_enrolled_mfa_factors",
            "Your account has as many authenticators as the project allows; remove one before adding another."),
    NAME_TAKEN("mfa_factor_name_conflict",
            "An authenticator with this name is already on your account; choose another name."),
    TOTP_DISABLED("mfa_totp_enroll_not_enabled",
            "The project does not allow authenticator apps; ask the project's administrator to enable TOTP "
                    + "(Authentication > Multi-Factor)."),
    TOTP_VERIFY_DISABLED("mfa_totp_verify_not_enabled",
            "The project does not accept authenticator codes right now; ask the project's administrator to enable TOTP "
                    + "(Authentication > Multi-Factor)."),
    OTHER(null, "The project refused the authenticator request; try again, and send the details to support if it keeps "
            + "happening.");

    private final String code;
    private final String sentence;

    MfaRefusal(String code, String sentence) {
        this.code = code;
        this.sentence = sentence;
    }

    public String code() {
        return code;
    }

    public String sentence() {
        return sentence;
    }

    public static MfaRefusal of(ApiException failure) {
        if (failure.status() == 429) {
            return RATE_LIMITED;
        }
        for (MfaRefusal refusal : values()) {
            if (refusal.code != null && refusal.code.equals(failure.code())) {
                return refusal;
            }
        }
        return OTHER;
    }
}
