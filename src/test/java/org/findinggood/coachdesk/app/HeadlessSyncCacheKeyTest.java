package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.findinggood.coachdesk.store.WorkspaceId;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless command takes the cache key from where the app keeps it (here the passphrase secrets
 * file, as on a machine without a keyring); {@code COACHDESK_CACHE_KEY} still overrides it.
 */
class HeadlessSyncCacheKeyTest {

    private static final String COACH = "headless-key@example.org";
    private static final String PASSPHRASE = "the coach's secrets passphrase";
    private static LocalSyncStack stack;
    private static String baseUrl;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        stack = LocalSyncStack.start();
        baseUrl = stack.supabase().baseUrl().toString();
        UUID coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(2, 1, 4, 2, 3, 1).write(c, coachId, "headless-key");
        }
        SecretsLog.record(PASSPHRASE);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private Path secretsFile() {
        return dir.resolve("config").resolve("secrets.enc");
    }

    private Path cacheFile() {
        return dir.resolve("cache.db");
    }

    private String workspace() {
        return new WorkspaceId(stack.supabase().baseUrl(), COACH).fileName();
    }

    /** The app's secrets file as Coach Desk leaves it after signing in: holding this workspace's key. */
    private String appKey() {
        Path file = secretsFile();
        PassphraseFileSecretStore secrets = PassphraseFileSecretStore.create(file, PASSPHRASE.toCharArray(), 10_000);
        String hex = new CacheKeyVault(secrets).hexKeyFor(workspace());
        SecretsLog.record(hex);
        return hex;
    }

    private int run(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD));
        env.putAll(extraEnv);
        List<String> args = new ArrayList<>(List.of("--project", baseUrl, "--anon-key", stack.supabase().anonKey(),
                "--email", COACH, "--cache", cacheFile().toString(), "--session", dir.resolve("session.json").toString(),
                "--secrets-file", secretsFile().toString(), "--no-keyring", "--quiet"));
        return HeadlessSync.run(args.toArray(String[]::new), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int activitiesIn(CacheKey key) {
        CacheOpenResult opened = CacheDatabase.open(cacheFile(), key);
        assertThat(opened.isOpen()).as("the cache opens with that key").isTrue();
        try (CacheDatabase db = opened.database()) {
            return new AgreedActivityRepository(db).all().size();
        }
    }

    @Test
    void theKeyComesFromTheAppsSecretsFile() {
        String hex = appKey();
        assertThat(run(Map.of("COACHDESK_PASSPHRASE", PASSPHRASE))).as(err()).isEqualTo(HeadlessSync.OK);
        assertThat(activitiesIn(CacheKey.fromHex(hex))).isEqualTo(8);
        assertThat(err()).doesNotContain(hex).doesNotContain(PASSPHRASE);
    }

    @Test
    void theEnvironmentVariableOverridesTheSecretsFile() {
        appKey();
        CacheKey override = SecretsLog.randomCacheKey();
        SecretsLog.record(override.toHex());
        // no passphrase: with the override the secrets file is not even opened
        assertThat(run(Map.of("COACHDESK_CACHE_KEY", override.toHex()))).as(err()).isEqualTo(HeadlessSync.OK);
        assertThat(activitiesIn(override)).isEqualTo(8);
    }

    @Test
    void aNewWorkspaceGetsItsKeyWhereTheAppWillLook() {
        PassphraseFileSecretStore.create(secretsFile(), PASSPHRASE.toCharArray(), 10_000);
        assertThat(run(Map.of("COACHDESK_PASSPHRASE", PASSPHRASE))).as(err()).isEqualTo(HeadlessSync.OK);
        PassphraseFileSecretStore reopened = PassphraseFileSecretStore.unlock(secretsFile(), PASSPHRASE.toCharArray());
        String hex = new CacheKeyVault(reopened).existingHexKey(workspace()).orElseThrow();
        SecretsLog.record(hex);
        assertThat(activitiesIn(CacheKey.fromHex(hex))).isEqualTo(8);
    }

    @Test
    void withoutThePassphraseItSaysWhatToSet() {
        appKey();
        assertThat(run(Map.of())).isEqualTo(HeadlessSync.USAGE);
        assertThat(err()).contains("set COACHDESK_PASSPHRASE to the passphrase you chose in Coach Desk, or set COACHDESK_CACHE_KEY");
        assertThat(Files.exists(cacheFile())).isFalse();
    }

    @Test
    void aWrongPassphraseIsOneSentence() {
        appKey();
        assertThat(run(Map.of("COACHDESK_PASSPHRASE", "not the passphrase"))).isEqualTo(HeadlessSync.USAGE);
        assertThat(err()).startsWith("COACHDESK_PASSPHRASE does not open the secrets file " + secretsFile());
    }

    @Test
    void noSecretsFileAtAllSaysToSignInOnceOrSetTheKey() {
        assertThat(run(Map.of("COACHDESK_PASSPHRASE", PASSPHRASE))).isEqualTo(HeadlessSync.USAGE);
        assertThat(err()).contains("there is no Coach Desk secrets file at " + secretsFile().toAbsolutePath())
                .contains("or set COACHDESK_CACHE_KEY");
    }

    @Test
    void anExistingCacheWhoseKeyIsMissingIsNotReplaced() throws Exception {
        CacheKey other = SecretsLog.randomCacheKey();
        CacheDatabase.open(cacheFile(), other).database().close();
        PassphraseFileSecretStore.create(secretsFile(), PASSPHRASE.toCharArray(), 10_000);

        assertThat(run(Map.of("COACHDESK_PASSPHRASE", PASSPHRASE))).isEqualTo(HeadlessSync.CACHE);
        assertThat(err()).contains("exists but its key is not in the secrets file");
        PassphraseFileSecretStore reopened = PassphraseFileSecretStore.unlock(secretsFile(), PASSPHRASE.toCharArray());
        assertThat(new CacheKeyVault(reopened).existingHexKey(workspace())).as("no useless key was made").isEmpty();
        CacheOpenResult untouched = CacheDatabase.open(cacheFile(), other);
        assertThat(untouched.isOpen()).as("the cache is untouched").isTrue();
        untouched.database().close();
    }

    @Test
    void helpTellsWhereTheKeyComesFrom() {
        assertThat(HeadlessSync.run(new String[] {"--help"}, Map.of(), new PrintStream(out, true), new PrintStream(err)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cache key:").contains("system keyring")
                .contains("COACHDESK_PASSPHRASE").contains("COACHDESK_CACHE_KEY").contains("--no-keyring");
    }
}
