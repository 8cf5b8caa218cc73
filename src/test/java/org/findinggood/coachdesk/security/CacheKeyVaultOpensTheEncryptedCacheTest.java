package org.findinggood.coachdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.findinggood.coachdesk.store.CacheOpenResult.Outcome;
import org.findinggood.coachdesk.store.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole chain on real files: passphrase file -> vault -> key -> SQLCipher cache of the store. */
class CacheKeyVaultOpensTheEncryptedCacheTest {

    @TempDir
    Path dir;

    @Test
    void theVaultsKeyOpensTheCacheAfterARestartAndAForgottenKeyIsReportedNotACrash() throws Exception {
        WorkspaceId workspace = new WorkspaceId(URI.create("https://x.supabase.co"), "coach@example.org");
        Path secretsFile = dir.resolve("secrets.enc");
        Path cache = workspace.cacheFile(dir);

        PassphraseFileSecretStore secrets = PassphraseFileSecretStore.create(secretsFile,
                PassphraseFileSecretStoreTest.PASSPHRASE, PassphraseFileSecretStoreTest.TEST_ITERATIONS);
        CacheOpenResult created = CacheDatabase.open(cache,
                CacheKey.fromHex(new CacheKeyVault(secrets).hexKeyFor(workspace.fileName())));
        assertThat(created.outcome()).isEqualTo(Outcome.CREATED);
        created.database().close();
        byte[] header = Arrays.copyOf(Files.readAllBytes(cache), 16);
        assertThat(new String(header, StandardCharsets.ISO_8859_1)).as("encrypted, not a plain SQLite file")
                .isNotEqualTo("SQLite format 3\0");

        // restart: unlock the secrets file again, the same key comes back and opens the cache
        CacheKeyVault afterRestart = new CacheKeyVault(
                PassphraseFileSecretStore.unlock(secretsFile, PassphraseFileSecretStoreTest.PASSPHRASE));
        CacheOpenResult reopened = CacheDatabase.open(cache, CacheKey.fromHex(afterRestart.hexKeyFor(workspace.fileName())));
        assertThat(reopened.outcome()).isEqualTo(Outcome.OPENED);
        reopened.database().close();

        // the key is forgotten (e.g. the keyring was reset): a new key cannot open the old cache
        afterRestart.forget(workspace.fileName());
        CacheOpenResult wrongKey = CacheDatabase.open(cache, CacheKey.fromHex(afterRestart.hexKeyFor(workspace.fileName())));
        assertThat(wrongKey.outcome()).isEqualTo(Outcome.WRONG_KEY);
        assertThat(wrongKey.message()).hasValueSatisfying(m -> assertThat(m).contains("rebuild it from the server"));
    }
}
