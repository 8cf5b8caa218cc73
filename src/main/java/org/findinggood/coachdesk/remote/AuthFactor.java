package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.UUID;

/**
 * One second factor of a GoTrue user, as {@code user.factors} lists it (supabase/auth
 * {@code internal/models/factor.go}: {@code id, friendly_name, factor_type, status}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthFactor(UUID id, String friendlyName, String factorType, String status) {

    /** A TOTP factor whose first code was verified: one that sign-in asks for (auth-js listFactors' {@code totp}). */
    public boolean verifiedTotp() {
        return "totp".equals(factorType) && "verified".equals(status);
    }

    /** The name the coach gave it, or a neutral one. */
    public String displayName() {
        return friendlyName == null || friendlyName.isBlank() ? "Authenticator app" : friendlyName;
    }
}
