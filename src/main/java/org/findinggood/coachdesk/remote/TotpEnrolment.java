package org.findinggood.coachdesk.remote;

import java.util.UUID;

/**
 * A new, not yet verified TOTP factor: {@code POST /auth/v1/factors}'s answer (supabase/auth
 * {@code internal/api/mfa.go} EnrollFactorResponse). {@code uri} is the {@code otpauth://} URI an authenticator app
 * scans; {@code secret} the same key as base32 text to type. {@link #toString()} shows neither.
 */
public record TotpEnrolment(UUID factorId, String friendlyName, String secret, String uri) {

    @Override
    public String toString() {
        return "TotpEnrolment[factorId=" + factorId + ", friendlyName=" + friendlyName + ", secret=<redacted>]";
    }
}
