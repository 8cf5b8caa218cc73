package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAnEncryptedFileWithWalForeignKeysAndTheLatestSchema() throws Exception {
        Path file = dir.resolve("w.db");
        CacheOpenResult result = CacheDatabase.open(file, SecretsLog.randomCacheKey());
        try (CacheDatabase db = result.database()) {
            assertThat(result.outcome()).isEqualTo(CacheOpenResult.Outcome.CREATED);
            assertThat(result.message()).isEmpty();
            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(db, "busy_timeout"))).isGreaterThanOrEqualTo(5000);
            assertThat(Integer.parseInt(pragma(db, "user_version"))).isEqualTo(SchemaMigrations.latestVersion()).isPositive();
        }
        byte[] header = Files.readAllBytes(file);
        assertThat(new String(header, 0, 15, StandardCharsets.US_ASCII)).isNotEqualTo("SQLite format 3");
        assertThat(new String(header, StandardCharsets.ISO_8859_1)).doesNotContain("CREATE TABLE");
    }

    @Test
    void reopensWithTheSameKeyAndKeepsData() {
        Path file = dir.resolve("w.db");
        CacheKey key = SecretsLog.randomCacheKey();
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            new CoachRepository(db).upsertAll(List.of(Rows.coach()));
        }
        CacheOpenResult again = CacheDatabase.open(file, CacheKey.fromHex(key.toHex()));
        try (CacheDatabase db = again.database()) {
            assertThat(again.outcome()).isEqualTo(CacheOpenResult.Outcome.OPENED);
            assertThat(new CoachRepository(db).self()).contains(Rows.coach());
        }
    }

    @Test
    void listenersHearCommittedTablesOnTheWritingThreadAndNothingOnRollback() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("w.db"), CacheKey.forDemo()).database()) {
            List<Set<String>> heard = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            db.changes().addListener(tables -> {
                heard.add(tables);
                threads.add(Thread.currentThread());
            });
            db.inTransaction(() -> {
                new CoachRepository(db).upsertAll(List.of(Rows.coach()));
                new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.ANA, "Ana")));
                assertThat(heard).as("not before commit").isEmpty();
            });
            assertThat(heard).containsExactly(Set.of("coaches", "clients"));
            assertThat(threads).containsExactly(Thread.currentThread());

            assertThatThrownBy(() -> db.inTransaction(() -> {
                new ClientRepository(db).upsertAll(List.of(Rows.client(Rows.BEN, "Ben")));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(heard).hasSize(1);
            assertThat(new ClientRepository(db).count()).isEqualTo(1);
        }
    }

    @Test
    void workspaceFileNamesAreSafeDistinctAndCarryNoEmail() {
        WorkspaceId a = new WorkspaceId(java.net.URI.create("https://abcd.supabase.co"), "Coach@Example.com");
        WorkspaceId b = new WorkspaceId(java.net.URI.create("https://abcd.supabase.co"), "other@example.com");
        WorkspaceId local = new WorkspaceId(java.net.URI.create("http://127.0.0.1:54321/"), "coach@example.com");
        assertThat(a.fileName()).matches("[a-z0-9.-]+\\.db").startsWith("abcd.supabase.co-").doesNotContain("coach");
        assertThat(a.fileName()).isNotEqualTo(b.fileName());
        assertThat(new WorkspaceId(java.net.URI.create("https://abcd.supabase.co/"), "coach@example.com").fileName())
                .isEqualTo(a.fileName());
        assertThat(local.fileName()).startsWith("127.0.0.1-54321-");
        assertThat(a.cacheFile(dir)).isEqualTo(dir.resolve("workspaces").resolve(a.fileName()));
    }

    @Test
    void keysNeverShowThemselves() {
        CacheKey key = SecretsLog.randomCacheKey();
        assertThat(key.toString()).doesNotContain(key.toHex()).isEqualTo("CacheKey[redacted]");
        assertThatThrownBy(() -> CacheKey.fromHex("zz")).hasMessage("A cache key is 64 hex digits");
    }

    static String pragma(CacheDatabase db, String name) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    static Connection rawConnection(Path file, CacheKey key) throws Exception {
        return CacheDatabase.connect(file, key);
    }
}
