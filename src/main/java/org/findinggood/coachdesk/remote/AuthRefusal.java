package org.findinggood.coachdesk.remote;

import java.util.Locale;

/**
 * Why GoTrue refused a sign-in or a refresh, one sentence each. Codes from supabase/auth
 * {@code internal/api/apierrors/errorcode.go}; GoTrue sends them as {@code error_code} (with {@code code} the
 * HTTP status), as {@code code} when the request names API version 2024-01-01, and not at all in the older
 * OAuth shape {@code {error, error_description}}, where the description (fixed text in
 * {@code internal/api/token.go} and {@code internal/tokens/service.go}) tells them apart.
 */
public enum AuthRefusal {
    INVALID_CREDENTIALS("invalid_credentials", "invalid login credentials",
            "The e-mail or password is not right; check both and try again."),
    EMAIL_NOT_CONFIRMED("email_not_confirmed", "email not confirmed",
            "This e-mail address is not confirmed yet; open the confirmation e-mail from the project, then sign in."),
    USER_BANNED("user_banned", "user is banned",
            "This account is blocked in the Finding Good project; ask the project's administrator to unblock it."),
    CAPTCHA_REQUIRED("captcha_failed", "captcha protection",
            "The project asks for a CAPTCHA at sign-in, which Coach Desk cannot show; ask the project's administrator "
                    + "to turn off CAPTCHA protection (Authentication > Attack Protection)."),
    EMAIL_LOGINS_DISABLED("email_provider_disabled", "email logins are disabled",
            "The project has e-mail and password sign-in turned off; ask the project's administrator to enable the "
                    + "Email provider (Authentication > Sign In / Providers)."),
    RATE_LIMITED("over_request_rate_limit", "rate limit",
            "Too many sign-ins from this network for now (the project allows 150 in 5 minutes); try again in 5 minutes."),
    SESSION_NOT_FOUND("session_not_found", "no valid session found",
            "You were signed out on the server (from another device or by an administrator); sign in again."),
    SESSION_EXPIRED("session_expired", "session expired",
            "Your sign-in has expired (the project limits how long a session lasts); sign in again."),
    REFRESH_TOKEN_NOT_FOUND("refresh_token_not_found", "refresh token not found",
            "The server no longer knows this computer's saved sign-in; sign in again."),
    REFRESH_TOKEN_ALREADY_USED("refresh_token_already_used", "already used",
            "This computer's saved sign-in was already used up (another copy of Coach Desk may hold it); sign in again."),
    OTHER(null, null, "The project refused the sign-in; check the project URL and key, and send the details to "
            + "support if it keeps happening.");

    private final String code;
    private final String legacyText;
    private final String sentence;

    AuthRefusal(String code, String legacyText, String sentence) {
        this.code = code;
        this.legacyText = legacyText;
        this.sentence = sentence;
    }

    /** GoTrue's error code, or null for {@link #OTHER}. */
    public String code() {
        return code;
    }

    /** What to tell the coach. */
    public String sentence() {
        return sentence;
    }

    /** From GoTrue's code when it sent one, else from the legacy shape's description. */
    public static AuthRefusal of(String code, String message) {
        for (AuthRefusal refusal : values()) {
            if (refusal.code != null && refusal.code.equals(code)) {
                return refusal;
            }
        }
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        for (AuthRefusal refusal : values()) {
            if (refusal.legacyText != null && text.contains(refusal.legacyText)) {
                return refusal;
            }
        }
        return OTHER;
    }

    /** True for the refusals that end a session (the refresh token is no good any more). */
    public boolean endsSession() {
        return this == SESSION_NOT_FOUND || this == SESSION_EXPIRED || this == REFRESH_TOKEN_NOT_FOUND
                || this == REFRESH_TOKEN_ALREADY_USED || this == INVALID_CREDENTIALS || this == USER_BANNED;
    }
}
