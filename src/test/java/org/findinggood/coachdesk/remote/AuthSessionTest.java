package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuthSessionTest {

    private final AuthSession session = new AuthSession("access-abc", "refresh-xyz",
            Instant.parse("2026-11-25T02:00:00Z"), UUID.randomUUID(), "coach@example.org");

    @Test
    void toStringRedactsBothTokens() {
        assertThat(session.toString()).doesNotContain("access-abc").doesNotContain("refresh-xyz")
                .contains("coach@example.org").contains("redacted");
    }

    @Test
    void knowsWhenItIsAboutToExpire() {
        Clock early = Clock.fixed(Instant.parse("2026-11-25T01:58:00Z"), ZoneOffset.UTC);
        assertThat(session.expiresWithin(Duration.ofSeconds(60), early)).isFalse();
        assertThat(session.expiresWithin(Duration.ofSeconds(150), early)).isTrue();
        assertThat(session.expired(early)).isFalse();
        assertThat(session.expired(Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC))).isTrue();
    }
}
