package org.findinggood.coachdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.findinggood.coachdesk.remote.AuthSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTokenStoreTest {

    @TempDir
    Path dir;
    private PassphraseFileSecretStore secrets;

    @BeforeEach
    void createStore() {
        secrets = PassphraseFileSecretStore.create(dir.resolve("secrets.enc"),
                PassphraseFileSecretStoreTest.PASSPHRASE, PassphraseFileSecretStoreTest.TEST_ITERATIONS);
    }

    @Test
    void theSessionRoundTripsAndARefreshReplacesBothTokens() {
        SecretStoreTokenStore tokens = new SecretStoreTokenStore(secrets, "project|coach@example.org");
        AuthSession first = session("access-1", "refresh-1");
        tokens.save(first);
        assertThat(tokens.load()).contains(first);

        AuthSession refreshed = session("access-2", "refresh-2");
        tokens.save(refreshed);
        PassphraseFileSecretStore reopened = PassphraseFileSecretStore.unlock(dir.resolve("secrets.enc"),
                PassphraseFileSecretStoreTest.PASSPHRASE);
        assertThat(new SecretStoreTokenStore(reopened, "project|coach@example.org").load()).contains(refreshed);

        tokens.clear();
        assertThat(tokens.load()).isEmpty();
    }

    @Test
    void workspacesKeepSeparateSessions() {
        new SecretStoreTokenStore(secrets, "a").save(session("access-a", "refresh-a"));
        assertThat(new SecretStoreTokenStore(secrets, "b").load()).isEmpty();
        assertThat(new SecretStoreTokenStore(secrets, "a").load().orElseThrow().refreshToken()).isEqualTo("refresh-a");
    }

    @Test
    void neitherTokenIsWrittenInPlainText() throws Exception {
        new SecretStoreTokenStore(secrets, "a").save(session("eyJhbGciOiJIUzI1NiJ9.access", "refresh-token-value"));
        String file = Files.readString(dir.resolve("secrets.enc"), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain("eyJhbGciOiJIUzI1NiJ9").doesNotContain("refresh-token-value");
    }

    @Test
    void anUnreadableStoredSessionMeansSignedOut() {
        secrets.put("session:a", "{not json");
        assertThat(new SecretStoreTokenStore(secrets, "a").load()).isEmpty();
    }

    private static AuthSession session(String access, String refresh) {
        return new AuthSession(access, refresh, Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                UUID.randomUUID(), "coach@example.org");
    }
}
