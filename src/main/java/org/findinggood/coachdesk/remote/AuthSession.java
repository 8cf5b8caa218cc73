package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed-in GoTrue session. The refresh token is single-use: after a refresh only the new session is valid.
 * {@link #toString()} never shows the tokens.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthSession(String accessToken, String refreshToken, Instant expiresAt, UUID userId, String email) {

    public AuthSession {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True when the access token expires within {@code margin} from now. */
    public boolean expiresWithin(Duration margin, Clock clock) {
        return !clock.instant().plus(margin).isBefore(expiresAt);
    }

    public boolean expired(Clock clock) {
        return !clock.instant().isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AuthSession[user=" + userId + ", email=" + email + ", expiresAt=" + expiresAt
                + ", accessToken=<redacted>, refreshToken=<redacted>]";
    }
}
