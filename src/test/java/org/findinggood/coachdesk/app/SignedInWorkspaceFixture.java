package org.findinggood.coachdesk.app;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SessionTokens;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheFiles;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.WorkspaceId;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;

/**
 * A signed-in workspace on disk as the app leaves it: a session from the local Supabase stand-in and
 * a cache key in a real passphrase-encrypted secrets file, an encrypted cache with an unsent edit
 * (so it has WAL and shared-memory files) and a copy moved aside after damage. A second workspace's
 * secrets and cache sit next to it and must survive whatever happens to the first.
 */
final class SignedInWorkspaceFixture {

    static final String PASSWORD = "forget-me-password";
    static final char[] PASSPHRASE = "a passphrase for the test secrets".toCharArray();
    static final String NOTE = "Private note: client mentioned a difficult divorce";

    final Path dataFolder;
    final PassphraseFileSecretStore secrets;
    final WorkspaceId id;
    final String name;
    final Path cacheFile;
    final CacheDatabase db;
    final SessionTokens tokens;
    final String refreshToken;
    final WorkspaceId otherId;

    SignedInWorkspaceFixture(Path dir, LocalSupabase supabase, String coachEmail) throws Exception {
        SecretsLog.record(new String(PASSPHRASE));
        SecretsLog.record(PASSWORD);
        dataFolder = dir.resolve("data");
        secrets = PassphraseFileSecretStore.create(dir.resolve("secrets.enc"), PASSPHRASE.clone(), 10_000);
        id = new WorkspaceId(supabase.baseUrl(), coachEmail);
        name = id.fileName();
        cacheFile = id.cacheFile(dataFolder);
        Files.createDirectories(cacheFile.getParent());

        SupabaseProject project = new SupabaseProject(supabase.baseUrl(), supabase.anonKey());
        tokens = new SessionTokens(new AuthClient(project, RemoteHttp.withDefaults(), Clock.systemUTC()),
                new SecretStoreTokenStore(secrets, name));
        AuthSession session = tokens.signIn(coachEmail, PASSWORD);
        refreshToken = session.refreshToken();
        SecretsLog.record(session.accessToken());
        SecretsLog.record(refreshToken);

        String hex = new CacheKeyVault(secrets).hexKeyFor(name);
        SecretsLog.record(hex);
        db = CacheDatabase.open(cacheFile, CacheKey.fromHex(hex)).database();
        SecretsLog.record(NOTE);
        new LocalEdits(db).addActivity("ana@example.com", ActivitySource.SESSION, Visibility.COACH_ONLY,
                "Walk before work", NOTE);
        Files.writeString(cacheFile.resolveSibling(cacheFile.getFileName() + ".corrupt-20260101T000000Z"),
                "an old copy moved aside", StandardCharsets.UTF_8);

        otherId = new WorkspaceId(URI.create("https://other.supabase.co"), "someone@example.org");
        String otherHex = new CacheKeyVault(secrets).hexKeyFor(otherId.fileName());
        SecretsLog.record(otherHex);
        new SecretStoreTokenStore(secrets, otherId.fileName()).save(new AuthSession("other-access-token-value",
                "other-refresh-token-value", java.time.Instant.now().plusSeconds(3600), java.util.UUID.randomUUID(),
                "someone@example.org"));
        CacheDatabase.open(otherId.cacheFile(dataFolder), CacheKey.fromHex(otherHex)).database().close();
    }

    /** The secrets as a fresh unlock of the file on disk sees them (not this process's memory). */
    PassphraseFileSecretStore reopenSecrets() {
        return PassphraseFileSecretStore.unlock(secrets.file(), PASSPHRASE.clone());
    }

    List<Path> cacheFiles() throws Exception {
        return CacheFiles.of(cacheFile);
    }

    List<String> filesInDataFolder() throws Exception {
        try (Stream<Path> files = Files.walk(dataFolder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
