package org.findinggood.coachdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheKeyVaultTest {

    @TempDir
    Path dir;
    private PassphraseFileSecretStore secrets;

    @BeforeEach
    void createStore() {
        secrets = PassphraseFileSecretStore.create(dir.resolve("secrets.enc"),
                PassphraseFileSecretStoreTest.PASSPHRASE, PassphraseFileSecretStoreTest.TEST_ITERATIONS);
    }

    @Test
    void aWorkspaceGetsOneRandom256BitKeyThatSurvivesARestart() {
        String key = new CacheKeyVault(secrets).hexKeyFor("https://x.supabase.co|coach@example.org");
        assertThat(key).matches("[0-9a-f]{64}");

        PassphraseFileSecretStore reopened = PassphraseFileSecretStore.unlock(dir.resolve("secrets.enc"),
                PassphraseFileSecretStoreTest.PASSPHRASE);
        CacheKeyVault afterRestart = new CacheKeyVault(reopened);
        assertThat(afterRestart.hexKeyFor("https://x.supabase.co|coach@example.org")).isEqualTo(key);
        assertThat(afterRestart.existingHexKey("https://x.supabase.co|coach@example.org")).contains(key);
    }

    @Test
    void workspacesHaveDifferentKeysAndForgettingOneMakesANewOne() {
        CacheKeyVault vault = new CacheKeyVault(secrets);
        String a = vault.hexKeyFor("a");
        String b = vault.hexKeyFor("b");
        assertThat(a).isNotEqualTo(b);

        vault.forget("a");
        assertThat(vault.existingHexKey("a")).isEmpty();
        assertThat(vault.hexKeyFor("a")).isNotEqualTo(a).matches("[0-9a-f]{64}");
        assertThat(vault.hexKeyFor("b")).isEqualTo(b);
    }

    @Test
    void aDamagedStoredKeyIsAnErrorNotSilentlyReplaced() {
        secrets.put("cache-key:a", "not-a-key");
        CacheKeyVault vault = new CacheKeyVault(secrets);
        assertThatThrownBy(() -> vault.hexKeyFor("a"))
                .isInstanceOf(SecretStoreException.class).hasMessageContaining("rebuild it from the server");
        assertThat(secrets.get("cache-key:a")).contains("not-a-key");
    }
}
