package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheFilesTest {

    @TempDir
    Path dir;

    @Test
    void forgettingTheDeviceDeletesEveryFileOfThatCacheOnly() throws Exception {
        Path file = dir.resolve("a.db");
        Path other = dir.resolve("a.db2");
        CacheKey key = SecretsLog.randomCacheKey();
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            new CoachRepository(db).upsertAll(List.of(Rows.coach()));
            new LocalEdits(db).addActivity(Rows.ANA, ActivitySource.SESSION, Visibility.SHARED, "Walk", null);
            assertThat(db.unsentEdits()).isEqualTo(1);
            assertThat(CacheFiles.of(file)).extracting(p -> p.getFileName().toString())
                    .contains("a.db", "a.db-wal", "a.db-shm", "a.db.keycheck");
        }
        Files.writeString(file.resolveSibling("a.db.corrupt-20260101T000000Z"), "old");
        CacheDatabase.open(other, key).database().close();

        assertThat(CacheFiles.delete(file)).isGreaterThanOrEqualTo(3);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.startsWith("a.db2"))
                    .contains("a.db2");
        }
        CacheOpenResult fresh = CacheDatabase.open(file, SecretsLog.randomCacheKey());
        assertThat(fresh.outcome()).isEqualTo(CacheOpenResult.Outcome.CREATED);
        fresh.database().close();
    }
}
