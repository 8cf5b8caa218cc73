package org.findinggood.coachdesk.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

    @TempDir
    Path dir;

    private final AuthSession session = new AuthSession("access-1", "refresh-1",
            Instant.parse("2026-11-25T02:00:00Z"), UUID.fromString("11111111-2222-3333-4444-555555555555"), "c@example.org");

    @Test
    void savesAndLoadsTheSessionInAnOwnerOnlyFile() throws Exception {
        FileTokenStore store = new FileTokenStore(dir.resolve("auth/session.json"));
        assertThat(store.load()).isEmpty();

        store.save(session);

        assertThat(new FileTokenStore(dir.resolve("auth/session.json")).load()).contains(session);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
    }

    @Test
    void replacingLeavesNoTemporaryFilesAndOnlyTheNewTokens() throws Exception {
        FileTokenStore store = new FileTokenStore(dir.resolve("session.json"));
        store.save(session);
        AuthSession next = new AuthSession("access-2", "refresh-2", session.expiresAt().plusSeconds(3600),
                session.userId(), session.email());

        store.save(next);

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("session.json"));
        }
        assertThat(Files.readString(store.file())).contains("refresh-2").doesNotContain("refresh-1");
        assertThat(store.load()).contains(next);
    }

    @Test
    void aCorruptFileMeansSignedOutInsteadOfACrash() throws Exception {
        Path file = dir.resolve("session.json");
        Files.writeString(file, "{\"access_token\": trunc");
        FileTokenStore store = new FileTokenStore(file);

        assertThat(store.load()).isEmpty();

        store.clear();
        assertThat(file).doesNotExist();
    }
}
