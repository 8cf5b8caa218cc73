package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;

/**
 * The {@code aal} claim of a GoTrue access token: {@code aal1} after a password, {@code aal2} after a verified
 * second factor (supabase/auth {@code internal/models/sessions.go} CalculateAALAndAMR). Read without checking the
 * signature, as auth-js {@code getAuthenticatorAssuranceLevel} does: it only decides what to ask the coach; the
 * server checks the token.
 */
public enum AssuranceLevel {
    AAL1, AAL2, UNKNOWN;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static AssuranceLevel of(String accessToken) {
        if (accessToken == null) {
            return UNKNOWN;
        }
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            return UNKNOWN;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String aal = claims == null ? "" : claims.path("aal").asText("");
            return switch (aal) {
                case "aal1" -> AAL1;
                case "aal2" -> AAL2;
                default -> UNKNOWN;
            };
        } catch (java.io.IOException | IllegalArgumentException unreadable) {
            return UNKNOWN;
        }
    }

    public static AssuranceLevel of(AuthSession session) {
        return of(session.accessToken());
    }
}
