package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthExpiredException;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SupabaseProject;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStoreTokenStore;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.CacheOpenResult;
import org.findinggood.coachdesk.testsupport.pg.FreshDatabase;
import org.findinggood.coachdesk.testsupport.pg.PostgresHarness;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign out keeps the cache and removes the session; "forget this device" removes the session, every
 * cache file and the cache key, and leaves other workspaces alone. Checked on disk: the secrets file
 * is unlocked afresh and the data folder listed, with the session revoked on the stand-in server.
 */
class WorkspaceSignOutTest {

    private static FreshDatabase database;
    private static LocalSupabase supabase;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        database = PostgresHarness.freshDatabase();
        supabase = LocalSupabase.start(database);
        supabase.createCoach("signout@example.com", SignedInWorkspaceFixture.PASSWORD, "Jordan Ellis");
    }

    @AfterAll
    static void stop() throws Exception {
        supabase.close();
        database.close();
    }

    private void assertRefreshRevoked(SignedInWorkspaceFixture workspace) {
        AuthClient auth = new AuthClient(new SupabaseProject(supabase.baseUrl(), supabase.anonKey()),
                RemoteHttp.withDefaults(), Clock.systemUTC());
        assertThatThrownBy(() -> auth.refresh(workspace.refreshToken)).isInstanceOf(AuthExpiredException.class);
    }

    @Test
    void signOutRemovesTheSessionAndKeepsTheCacheAndItsKey() throws Exception {
        SignedInWorkspaceFixture workspace = new SignedInWorkspaceFixture(dir, supabase, "signout@example.com");
        workspace.db.close();
        new WorkspaceSignOut(workspace.secrets, workspace.name, workspace.cacheFile, workspace.tokens).signOut();

        PassphraseFileSecretStore onDisk = workspace.reopenSecrets();
        assertThat(new SecretStoreTokenStore(onDisk, workspace.name).load()).isEmpty();
        assertRefreshRevoked(workspace);
        String hex = new CacheKeyVault(onDisk).existingHexKey(workspace.name).orElseThrow();
        CacheOpenResult reopened = CacheDatabase.open(workspace.cacheFile, CacheKey.fromHex(hex));
        try (CacheDatabase db = reopened.database()) {
            assertThat(db.unsentEdits()).as("the unsent edit waits for the next sign-in").isEqualTo(1);
        }
    }

    @Test
    void forgetDeviceDeletesEveryCacheFileTheKeyAndTheSessionButNoOtherWorkspace() throws Exception {
        SignedInWorkspaceFixture workspace = new SignedInWorkspaceFixture(dir, supabase, "signout@example.com");
        workspace.db.close();
        // what a crash leaves next to the database
        Files.writeString(workspace.cacheFile.resolveSibling(workspace.cacheFile.getFileName() + "-wal"), "wal");
        Files.writeString(workspace.cacheFile.resolveSibling(workspace.cacheFile.getFileName() + "-shm"), "shm");
        assertThat(workspace.cacheFiles()).hasSizeGreaterThanOrEqualTo(5);
        String otherName = workspace.otherId.fileName();

        int deleted = new WorkspaceSignOut(workspace.secrets, workspace.name, workspace.cacheFile, workspace.tokens)
                .forgetDevice();

        assertThat(deleted).isGreaterThanOrEqualTo(5);
        assertThat(workspace.cacheFiles()).isEmpty();
        assertThat(workspace.filesInDataFolder()).as("only the other workspace's cache is left")
                .isNotEmpty().allMatch(file -> file.startsWith(otherName));
        PassphraseFileSecretStore onDisk = workspace.reopenSecrets();
        assertThat(new SecretStoreTokenStore(onDisk, workspace.name).load()).isEmpty();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(workspace.name)).isEmpty();
        assertThat(new SecretStoreTokenStore(onDisk, otherName).load()).isPresent();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(otherName)).isPresent();
        assertRefreshRevoked(workspace);
    }

    @Test
    void forgetDeviceWorksOfflineAndWithoutAnOpenSession() throws Exception {
        SignedInWorkspaceFixture workspace = new SignedInWorkspaceFixture(dir, supabase, "signout@example.com");
        workspace.db.close();
        // the app was opened offline: the session is only in the store, no SessionTokens to revoke it
        new WorkspaceSignOut(workspace.secrets, workspace.name, workspace.cacheFile, null).forgetDevice();

        PassphraseFileSecretStore onDisk = workspace.reopenSecrets();
        assertThat(new SecretStoreTokenStore(onDisk, workspace.name).load()).isEmpty();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(workspace.name)).isEmpty();
        assertThat(workspace.cacheFiles()).isEmpty();
    }

    @Test
    void aCacheFileThatCannotBeDeletedIsOneSentenceAndTheKeyIsStillForgotten() throws Exception {
        SignedInWorkspaceFixture workspace = new SignedInWorkspaceFixture(dir, supabase, "signout@example.com");
        workspace.db.close();
        // a non-empty folder where a moved-aside copy would be: deleting it fails, even as root
        Path stuck = workspace.cacheFile.resolveSibling(workspace.cacheFile.getFileName() + ".corrupt-stuck");
        Files.createDirectories(stuck);
        Files.writeString(stuck.resolve("inside"), "x");

        assertThatThrownBy(() -> new WorkspaceSignOut(workspace.secrets, workspace.name, workspace.cacheFile,
                workspace.tokens).forgetDevice())
                .isInstanceOf(WorkspaceSignOut.ForgetFailedException.class)
                .hasMessage("Coach Desk could not remove cache files in " + workspace.cacheFile.getParent()
                        + ". Close other Coach Desk windows and try again, or delete them by hand.");
        PassphraseFileSecretStore onDisk = workspace.reopenSecrets();
        assertThat(new CacheKeyVault(onDisk).existingHexKey(workspace.name)).as("the key goes anyway").isEmpty();
        assertThat(new SecretStoreTokenStore(onDisk, workspace.name).load()).isEmpty();
    }
}
