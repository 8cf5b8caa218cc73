package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache sealed at a clean close opens without reading every page; anything that breaks the seal
 * (a crash, a later write to the file, another connection still open) brings the full check back.
 */
class CacheSealTest {

    @TempDir
    Path dir;

    private final CacheKey key = SecretsLog.randomCacheKey();

    private Path cacheWithUnsentEdits(int edits, int snapshots) {
        Path file = dir.resolve("w.db");
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            new CoachRepository(db).upsertAll(List.of(Rows.coach()));
            LocalEdits local = new LocalEdits(db);
            for (int i = 0; i < edits; i++) {
                local.addActivity(Rows.ANA, ActivitySource.SESSION, Visibility.SHARED, "Edit " + i, "note " + i);
            }
            List<WeeklySnapshot> rows = new ArrayList<>();
            for (int i = 0; i < snapshots; i++) {
                rows.add(Rows.snapshot(Rows.BEN, LocalDate.of(2020, 1, 6).plusWeeks(i)));
            }
            new WeeklySnapshotRepository(db).upsertAll(rows);
        }
        return file;
    }

    private CacheOpener opener(Path file) {
        return new CacheOpener(file, key);
    }

    @Test
    void aCleanlyClosedUntouchedCacheOpensWithoutTheFullCheckAndOnlyOnce() {
        Path file = cacheWithUnsentEdits(2, 200);
        assertThat(CacheSeal.afterClose(file)).isTrue();
        assertThat(CacheSeal.sealFile(file)).exists();

        CacheOpener sealed = opener(file);
        CacheOpenResult result = sealed.open();
        assertThat(result.outcome()).isEqualTo(CacheOpenResult.Outcome.OPENED);
        assertThat(sealed.checkedEveryPage()).isFalse();
        assertThat(CacheSeal.sealFile(file)).as("opening breaks the seal").doesNotExist();
        try (CacheDatabase db = result.database()) {
            assertThat(new OutboxRepository(db).count()).isEqualTo(2);
            assertThat(new WeeklySnapshotRepository(db).count()).isEqualTo(200);
        }

        // Closed without a seal, as after a crash: the next open reads every page.
        CacheOpener unsealed = opener(file);
        unsealed.open().database().close();
        assertThat(unsealed.checkedEveryPage()).isTrue();
    }

    @Test
    void pagesDamagedAfterTheSealAreStillFoundAtOpenAndUnsentEditsSalvaged() throws Exception {
        Path file = cacheWithUnsentEdits(3, 3000);
        assertThat(CacheSeal.afterClose(file)).isTrue();
        FileTime sealedAt = Files.getLastModifiedTime(file);
        CacheFileDamage.overwriteLastThird(file);
        // Same size, and the modification time set back: the change time still tells.
        Files.setLastModifiedTime(file, sealedAt);

        CacheOpener opener = opener(file);
        CacheOpenResult result = opener.open();
        try (CacheDatabase db = result.database()) {
            assertThat(opener.checkedEveryPage()).isTrue();
            assertThat(result.outcome()).isEqualTo(CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE);
            assertThat(result.keptEdits()).isEqualTo(3);
            assertThat(new OutboxRepository(db).count()).isEqualTo(3);
            assertThat(new WeeklySnapshotRepository(db).count()).isZero();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("w.db.corrupt-"))
                    .noneMatch(n -> n.endsWith(".sealed"));
        }
    }

    @Test
    void aSealedFileWithAnotherKeyIsStillAWrongKeyAndNothingIsMoved() throws Exception {
        Path file = cacheWithUnsentEdits(1, 10);
        assertThat(CacheSeal.afterClose(file)).isTrue();
        byte[] before = Files.readAllBytes(file);

        CacheOpenResult result = new CacheOpener(file, SecretsLog.randomCacheKey()).open();

        assertThat(result.outcome()).isEqualTo(CacheOpenResult.Outcome.WRONG_KEY);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        CacheOpener right = opener(file);
        right.open().database().close();
        assertThat(right.checkedEveryPage()).as("the failed open broke the seal").isTrue();
    }

    @Test
    void noSealWhileAnotherConnectionStillHasTheCacheOpen() {
        Path file = cacheWithUnsentEdits(1, 10);
        try (CacheDatabase other = CacheDatabase.open(file, key).database()) {
            new OutboxRepository(other).count();
            assertThat(CacheSeal.afterClose(file)).isFalse();
            assertThat(CacheSeal.sealFile(file)).doesNotExist();
        }
        assertThat(CacheSeal.afterClose(file)).isTrue();
    }

    @Test
    void aFileReplacedAfterTheSealIsCheckedInFull() throws Exception {
        Path file = cacheWithUnsentEdits(1, 10);
        assertThat(CacheSeal.afterClose(file)).isTrue();
        Path copy = dir.resolve("copy.db");
        Files.copy(file, copy);
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CacheOpener opener = opener(file);
        CacheOpenResult result = opener.open();
        result.database().close();
        assertThat(result.outcome()).isEqualTo(CacheOpenResult.Outcome.OPENED);
        assertThat(opener.checkedEveryPage()).isTrue();
    }
}
