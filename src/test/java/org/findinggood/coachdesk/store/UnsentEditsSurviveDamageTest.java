package org.findinggood.coachdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.model.WeeklySnapshot;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 7: unsent edits survive any damage to the cache file. 200 trials, each a real encrypted cache
 * with unsent edits of every kind (new rows, edits of existing rows, a conflict, a rejected edit), then damage
 * at a seeded random offset and length: the first page, a middle page, the last page, the WAL of a cache that
 * crashed before its checkpoint, or a truncation. Every unsent edit must come back with its values and times,
 * a damaged file must be kept aside, and the coach must be told how many edits of which kind were kept and
 * where the damaged copy is. Before the edit journal, a damaged first page lost every edit, a damaged WAL lost
 * the latest ones silently, and rebuilt new rows lost their dates.
 */
class UnsentEditsSurviveDamageTest {

    private static final int TRIALS = 200;
    private static final int PAGE = 4096;

    enum Damage { FIRST_PAGE, MIDDLE, LAST_PAGE, WAL, TRUNCATION }

    @TempDir
    Path dir;

    @Test
    void everyUnsentEditComesBackAfterDamageAnywhere() throws Exception {
        Random random = new Random(1807);
        Map<Damage, Map<CacheOpenResult.Outcome, Integer>> outcomes = new EnumMap<>(Damage.class);
        for (int trial = 0; trial < TRIALS; trial++) {
            Damage damage = Damage.values()[trial % Damage.values().length];
            CacheOpenResult.Outcome outcome = trial(dir.resolve("trial-" + trial), damage, random);
            outcomes.computeIfAbsent(damage, d -> new EnumMap<>(CacheOpenResult.Outcome.class)).merge(outcome, 1, Integer::sum);
        }
        System.out.println("damage trials: " + TRIALS + " outcomes " + outcomes);
        // The trials must have damaged something: most first-page, truncation and WAL damage is seen.
        assertThat(outcomes.get(Damage.FIRST_PAGE)).containsKey(CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE);
        assertThat(outcomes.get(Damage.TRUNCATION)).containsKey(CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE);
        assertThat(outcomes.get(Damage.WAL)).containsKey(CacheOpenResult.Outcome.EDITS_RESTORED);
    }

    private CacheOpenResult.Outcome trial(Path folder, Damage damage, Random random) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve("cache.db");
        CacheKey key = SecretsLog.randomCacheKey();
        List<OutboxEntry> outbox;
        List<Conflict> conflicts;
        List<AgreedActivity> newRows;
        Path opened = file;
        try (CacheDatabase db = CacheDatabase.open(file, key).database()) {
            newRows = unsentEdits(db, random);
            outbox = new OutboxRepository(db).pending();
            conflicts = new ConflictRepository(db).list();
            if (damage == Damage.WAL) {
                // A crash before the checkpoint: the file as it is on disk now, its WAL holding the latest commits.
                opened = crashImage(file, folder.resolve("crashed"));
            }
        }
        long size = Files.size(damage == Damage.WAL ? wal(opened) : opened);
        switch (damage) {
            case FIRST_PAGE -> overwrite(opened, random.nextInt(PAGE), 1 + random.nextInt(PAGE), random);
            case MIDDLE -> overwrite(opened, PAGE + (long) random.nextInt((int) Math.max(1, size - 2L * PAGE)),
                    1 + random.nextInt(2 * PAGE), random);
            case LAST_PAGE -> overwrite(opened, size - PAGE + random.nextInt(PAGE), 1 + random.nextInt(PAGE), random);
            case WAL -> overwrite(wal(opened), random.nextInt((int) size), 1 + random.nextInt(2 * PAGE), random);
            case TRUNCATION -> {
                try (RandomAccessFile raf = new RandomAccessFile(opened.toFile(), "rw")) {
                    raf.setLength(random.nextInt((int) size));
                }
            }
        }

        CacheOpenResult result = CacheDatabase.open(opened, key);
        try (CacheDatabase db = result.database()) {
            String what = damage + " in " + folder.getFileName() + ": " + result.outcome();
            assertThat(new OutboxRepository(db).pending()).as(what).isEqualTo(outbox);
            assertThat(new ConflictRepository(db).list()).as(what).isEqualTo(conflicts);
            AgreedActivityRepository activities = new AgreedActivityRepository(db);
            for (AgreedActivity made : newRows) {
                AgreedActivity shown = activities.findById(made.id()).orElseThrow();
                assertThat(shown.createdAt()).as(what + ": a new row keeps its agreed date").isEqualTo(made.createdAt());
                assertThat(shown.updatedAt()).as(what).isEqualTo(made.updatedAt());
                assertThat(shown.activityText()).as(what).isEqualTo(made.activityText());
            }
            int unsent = outbox.size() + conflicts.size();
            if (result.outcome() == CacheOpenResult.Outcome.REBUILT_AFTER_DAMAGE) {
                Path aside = result.movedAside().orElseThrow();
                assertThat(aside).as(what + ": the damaged file is kept").exists();
                assertThat(result.keptEdits()).as(what).isEqualTo(unsent);
                assertThat(result.message().orElseThrow()).as(what).isEqualTo("Your local cache was damaged and has been "
                        + "rebuilt from the server; " + unsent + " unsent edits were kept (4 agreed activities, 2 relationships)."
                        + " The damaged file is kept as " + aside + ".");
            } else if (result.outcome() == CacheOpenResult.Outcome.EDITS_RESTORED) {
                assertThat(result.message().orElseThrow()).as(what).isEqualTo("Your local cache had lost its latest unsent "
                        + "edits; " + unsent + " unsent edits were kept (4 agreed activities, 2 relationships) from the edit "
                        + "journal beside it.");
            } else {
                assertThat(result.outcome()).as(what).isEqualTo(CacheOpenResult.Outcome.OPENED);
            }
            return result.outcome();
        }
    }

    /** Two new activities, an invite, an edited activity, a conflict and a rejected edit; returns the new activities. */
    private static List<AgreedActivity> unsentEdits(CacheDatabase db, Random random) {
        new CoachRepository(db).upsertAll(List.of(Rows.coach()));
        new RelationshipRepository(db).upsertAll(List.of(Rows.relationship(Rows.ANA, org.findinggood.coachdesk.model.RelationshipStatus.ACTIVE)));
        AgreedActivity existing = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        AgreedActivity refused = Rows.activity(Rows.ANA, ActivityStatus.PENDING);
        AgreedActivityRepository activities = new AgreedActivityRepository(db);
        activities.upsertAll(List.of(existing, refused));
        List<WeeklySnapshot> filler = new ArrayList<>();
        for (int i = 0; i < 40 + random.nextInt(200); i++) {
            filler.add(Rows.snapshot(Rows.BEN, LocalDate.of(2020, 1, 6).plusWeeks(i)));
        }
        new WeeklySnapshotRepository(db).upsertAll(filler);
        LocalEdits edits = new LocalEdits(db);
        List<AgreedActivity> made = new ArrayList<>();
        made.add(edits.addActivity(Rows.ANA, ActivitySource.SESSION, Visibility.SHARED, "Name one win a day", "from the session"));
        edits.inviteClient("new.client" + random.nextInt(1000) + "@example.org");
        edits.editCoachNotes(existing.id(), "Ask about the retro " + random.nextInt(1000));
        edits.changeActivityStatus(existing.id(), ActivityStatus.RESOLVED);
        edits.editCoachNotes(refused.id(), "Refused by the server");
        ConflictRepository conflicts = new ConflictRepository(db);
        OutboxRepository outbox = new OutboxRepository(db);
        conflicts.reject(outbox.forRow("agreed_activities", refused.id()).orElseThrow(), CacheJson.rowToJson(refused),
                "Coach notes may not hold secrets", "HTTP 400, code P0001");
        var relationship = new RelationshipRepository(db).byClient(Rows.ANA).orElseThrow();
        edits.changeRelationshipStatus(relationship.id(), org.findinggood.coachdesk.model.RelationshipStatus.PAUSED);
        conflicts.record(outbox.forRow("coaching_relationships", relationship.id()).orElseThrow(),
                CacheJson.rowToJson(relationship));
        // the latest edit, likely still only in the WAL when a crash comes
        made.add(edits.addActivity(Rows.ANA, ActivitySource.FOCUS, Visibility.COACH_ONLY, "Rest on Sundays", null));
        return made;
    }

    /** Copies the open cache's files as a crash would leave them (no shared-memory file: SQLite rebuilds it). */
    private static Path crashImage(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path image = folder.resolve(file.getFileName());
        for (String suffix : List.of("", "-wal", ".journal", ".keycheck")) {
            Path from = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(from)) {
                Files.copy(from, folder.resolve(file.getFileName() + suffix));
            }
        }
        assertThat(wal(image)).as("the crash image has a WAL").exists();
        return image;
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static void overwrite(Path file, long offset, int length, Random random) throws IOException {
        long size = Files.size(file);
        long start = Math.max(0, Math.min(offset, size - 1));
        int count = (int) Math.min(length, size - start);
        byte[] garbage = new byte[count];
        random.nextBytes(garbage);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(start);
            raf.write(garbage);
        }
    }
}
