package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** GoTrue's user object (the parts Coach Desk reads); {@code factors} is absent when there are none. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthUser(UUID id, String email, String role, OffsetDateTime lastSignInAt, List<AuthFactor> factors) {

    public AuthUser {
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /** The verified TOTP factors, oldest first as GoTrue lists them. */
    public List<AuthFactor> verifiedTotpFactors() {
        return factors.stream().filter(AuthFactor::verifiedTotp).toList();
    }
}
