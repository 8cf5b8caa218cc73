package org.findinggood.coachdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.findinggood.coachdesk.model.ActivitySource;
import org.findinggood.coachdesk.model.ActivityStatus;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.model.CoachingRelationship;
import org.findinggood.coachdesk.model.RelationshipStatus;
import org.findinggood.coachdesk.model.Visibility;
import org.findinggood.coachdesk.remote.RequestDeadlines;
import org.findinggood.coachdesk.remote.RetryPolicy;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.store.Conflict;
import org.findinggood.coachdesk.store.ConflictRepository;
import org.findinggood.coachdesk.store.ConflictResolution;
import org.findinggood.coachdesk.store.LocalEdits;
import org.findinggood.coachdesk.store.OutboxRepository;
import org.findinggood.coachdesk.store.QuarantineRepository;
import org.findinggood.coachdesk.store.QuarantinedRow;
import org.findinggood.coachdesk.store.RelationshipRepository;
import org.findinggood.coachdesk.sync.CacheVersusServer;
import org.findinggood.coachdesk.sync.CoachSync;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.sync.SyncPhase;
import org.findinggood.coachdesk.sync.SyncProgress;
import org.findinggood.coachdesk.sync.SyncSettings;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The proof: local edits (through {@link LocalEdits}, as the UI makes them) and concurrent server-side
 * edits (direct SQL, "another device") while every request passes the {@link FaultProxy}, which injects
 * {@code -Dfaults=N} faults (or {@code COACHDESK_FAULTS=N} from the environment) on a schedule seeded by
 * {@code -DfaultSeed}. Now and then a round is
 * abandoned mid-push (the cache closed under it, as in a crash) and a new one starts from the same file.
 *
 * <p>Afterwards (faults off, conflicts resolved, a final reconciling sync) it checks, with an audit
 * trigger on the server that logs every insert, update and delete:
 * <ul>
 * <li><b>lost</b>: a local edit's final value never applied on the server, without the coach having
 *     chosen the server's version in a recorded conflict;</li>
 * <li><b>duplicated</b>: a local value applied more often than it was sent by decision (once, plus once
 *     per "keep mine", plus once per deletion on the server before a retry re-created the row),
 *     or a locally added row present twice;</li>
 * <li><b>diverged</b>: rows where the cache and the server differ, over every synced table, except rows kept
 *     aside in the quarantine (issue 18: a row that cannot be stored waits there until it changes);</li>
 * <li><b>quarantined</b>: rows kept aside at the end.</li>
 * </ul>
 *
 * <p>Besides network faults the proxy repeats pages, drips answers a byte at a time, hangs, and spoils rows
 * (timestamps with a space, JSON nested 10,000 deep, bytes that are not UTF-8, a null the cache requires); the
 * "other device" also writes what PostgreSQL allows but the client used to choke on: {@code infinity} and
 * {@code -infinity} timestamps, JSON nested 10,000 deep, and a relationship status this version does not know
 * (the server's check constraint widened, as a newer server version would).
 */
class FaultInjectionTest {

    private static final Logger LOG = LoggerFactory.getLogger(FaultInjectionTest.class);
    private static final String COACH = "faults@example.org";
    private static final String PREFIX = "fault";
    private static final int CLIENTS = 6;
    /** Coach notes with this mark are refused by a server trigger, every time (a permanently refused edit). */
    private static final String REFUSED = "[R";
    /**
     * Permanently refused edits in the workload (-Dfaults.refusedEdits=false to leave them out). The lost=2 seen
     * with them at 1,000 faults was this test's bookkeeping: see the [R] branch of localEdit.
     */
    private static final boolean REFUSED_EDITS = Boolean.parseBoolean(System.getProperty("faults.refusedEdits", "true"));
    /**
     * A relationship status this version does not know, written on the server mid-run (-Dfaults.unknownEnums=false
     * to leave it out). Before issue 18.3's fix the cache kept the old status with the new updated_at, which this
     * test counts as diverged; now the cache keeps the server's exact text.
     */
    private static final boolean UNKNOWN_ENUMS = Boolean.parseBoolean(System.getProperty("faults.unknownEnums", "true"));
    /** Rounds end within 30 s whatever the proxy does. */
    private static final SyncSettings SETTINGS = SyncSettings.standard().withRoundDeadline(Duration.ofSeconds(30));

    @TempDir
    Path dir;

    private final AtomicInteger serial = new AtomicInteger();
    /** Every coach-notes value written locally -> its row. */
    private final Map<String, UUID> localNotes = new HashMap<>();
    /** The last local coach-notes value per row. */
    private final Map<UUID, String> finalNotes = new HashMap<>();
    /** Locally added activities -> their marker text. */
    private final Map<UUID, String> localInserts = new HashMap<>();
    /** Extra sends the coach decided ("keep mine") per notes value. */
    private final Map<String, Integer> decidedResends = new HashMap<>();
    /** "Keep mine" on a row deleted on the server: the whole row is sent again, by decision. */
    private final Map<UUID, Integer> decidedReinserts = new HashMap<>();
    /** Rows where the coach took the server's version. */
    private final Set<UUID> tookTheirs = new HashSet<>();
    private int conflictsRecorded;
    /** Edits the server refused every time, as the coach found them among the conflicts (discarded there). */
    private int rejected;
    private int roundsFailed;
    private int abandoned;

    private CacheDatabase cache;
    private LocalEdits edits;

    @Test
    void noEditIsLostDuplicatedOrDivergedUnderInjectedFaults() throws Exception {
        // CI sets COACHDESK_FAULTS (see .ci/run) to fit its time; -Dfaults=N otherwise (pom default 1000).
        String ciSize = System.getenv("COACHDESK_FAULTS");
        int faults = ciSize != null && !ciSize.isBlank() ? Integer.parseInt(ciSize.trim()) : Integer.getInteger("faults", 1000);
        long seed = Long.getLong("faultSeed", 20261125L);
        Random random = new Random(seed);
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            UUID coachId = stack.coach(COACH);
            try (Connection c = stack.sql(); Statement s = c.createStatement()) {
                new ServerSeed(CLIENTS, 2, 8, 3, 6, 2).write(c, coachId, PREFIX);
                installAudit(c);
                // a newer server version knows a status this one does not
                s.execute("alter table coaching_relationships drop constraint coaching_relationships_status_check");
            }
            FaultSchedule schedule = new FaultSchedule(seed, 0.35, faults);
            schedule.pause();
            try (FaultProxy proxy = new FaultProxy(stack.supabase().baseUrl(), schedule, Duration.ofSeconds(3),
                    Duration.ofMillis(150))) {
                RetryPolicy quickRetries = new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200),
                        Duration.ofSeconds(1), RetryPolicy.THREAD_SLEEP);
                // drips and hangs end at these deadlines (the read timeout restarts with every dripped byte)
                LocalSyncStack.SignedIn coach = stack.signIn(COACH, proxy.baseUrl(), LocalSyncStack.quickClient(Duration.ofMillis(800)),
                        1000, quickRetries, new RequestDeadlines(Duration.ofMillis(1_500), Duration.ofSeconds(4)));
                Path file = dir.resolve("faults.db");
                CacheKey key = SecretsLog.randomCacheKey();
                openCache(file, key);
                CoachSync sync = coach.sync(cache, SETTINGS);
                sync.run(SyncProgress.NONE);

                schedule.resume();
                AtomicBoolean serverEditing = new AtomicBoolean(true);
                Thread serverSide = new Thread(() -> serverEdits(stack, new Random(seed + 1), serverEditing),
                        "server-side-edits");
                serverSide.start();
                ExecutorService rounds = Executors.newSingleThreadExecutor();
                long started = System.nanoTime();
                int iteration = 0;
                while (!schedule.exhausted()) {
                    iteration++;
                    if (iteration % 25 == 0 && new OutboxRepository(cache).count() > 0) {
                        abandonMidPush(coach, rounds, random);
                        openCache(file, key);
                        sync = coach.sync(cache, SETTINGS);
                        continue;
                    }
                    CoachSync current = sync;
                    Future<?> round = rounds.submit(() -> current.run(SyncProgress.NONE));
                    for (int i = random.nextInt(3); i >= 0; i--) {
                        localEdit(random);
                        Thread.sleep(random.nextInt(5));
                    }
                    try {
                        round.get(120, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException failed) {
                        roundsFailed++;
                    }
                }
                serverEditing.set(false);
                serverSide.join(30_000);
                schedule.pause();
                LOG.info("workload: {} iterations in {} s; {}", iteration,
                        (System.nanoTime() - started) / 1_000_000_000, proxy.summary());

                converge(sync);

                try (Connection c = stack.sql()) {
                    int lost = lost(c);
                    int duplicated = duplicated(c);
                    List<QuarantinedRow> kept = new QuarantineRepository(cache).all();
                    Set<String> aside = new HashSet<>();
                    kept.forEach(row -> aside.add(row.rowId().toString()));
                    List<String> differences = new CacheVersusServer().differences(c, cache, coachId).stream()
                            .filter(d -> aside.stream().noneMatch(d::contains)).toList();
                    differences.stream().limit(20).forEach(d -> LOG.warn("diverged: {}", d));
                    kept.stream().limit(20).forEach(row -> LOG.info("quarantined: {} {}: {}", row.table(), row.rowId(),
                            row.error()));
                    String line = "faults: injected=" + proxy.injected() + " lost=" + lost + " duplicated=" + duplicated
                            + " diverged=" + differences.size() + " quarantined=" + kept.size() + " rejected=" + rejected;
                    System.out.println(line);
                    System.out.println("faults detail: " + proxy.summary() + " rounds failed=" + roundsFailed
                            + " abandoned mid-push=" + abandoned + " conflicts recorded=" + conflictsRecorded
                            + " local edits=" + localNotes.size() + " notes, " + localInserts.size() + " inserts");
                    assertThat(proxy.injected()).isEqualTo(faults);
                    assertThat(new OutboxRepository(cache).count()).isZero();
                    assertThat(line).contains("lost=0 duplicated=0 diverged=0 ");
                    // what PostgreSQL itself holds and the client cannot store stays aside: the deep JSON snapshots
                    assertThat(kept).allSatisfy(row -> assertThat(row.table()).isIn("weekly_snapshots", "agreed_activities",
                            "coaching_relationships", "permissions", "daily_checkins", "rolling_aggregates", "focus_history", "clients"));
                }
                rounds.shutdownNow();
            } finally {
                if (cache != null) {
                    cache.close();
                }
            }
        }
    }

    private void openCache(Path file, CacheKey key) {
        cache = LocalSyncStack.openCache(file, key);
        edits = new LocalEdits(cache);
    }

    /** Starts a round, waits until it pushes, then closes the cache under it (a crash) and lets it die. */
    private void abandonMidPush(LocalSyncStack.SignedIn coach, ExecutorService rounds, Random random) throws Exception {
        CountDownLatch pushing = new CountDownLatch(1);
        CoachSync doomed = coach.sync(cache, SETTINGS);
        Future<?> round = rounds.submit(() -> doomed.run(new SyncProgress() {
            @Override
            public void begin(SyncPhase phase, String table, long total) {
                if (phase == SyncPhase.PUSHING) {
                    pushing.countDown();
                }
            }

            @Override
            public void advance(long rows) {
            }
        }));
        if (pushing.await(30, TimeUnit.SECONDS)) {
            Thread.sleep(random.nextInt(15));
        }
        cache.close();
        try {
            round.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // it died on the closed cache, as a killed process would stop
        }
        abandoned++;
    }

    private void localEdit(Random random) {
        List<AgreedActivity> activities = new AgreedActivityRepository(cache).all();
        int kind = random.nextInt(10);
        try {
            if (random.nextInt(12) == 0 && REFUSED_EDITS && !activities.isEmpty()) {
                // refused by the server's trigger every time: becomes a rejected edit, never sent again
                AgreedActivity target = activities.get(random.nextInt(activities.size()));
                String value = REFUSED + serial.incrementAndGet() + "]";
                edits.editCoachNotes(target.id(), value);
                // It replaces the row's earlier [L] notes: merged into an unsent entry, that [L] value is never sent.
                // Refused, the row's edit is discarded (tookTheirs); sent as an insert (an unsent new row, or "keep
                // mine" re-creating a row deleted on the server; the trigger refuses updates only) it reaches the
                // server, so this value is the one to find there. Not tracking it counted the [L] as lost.
                finalNotes.put(target.id(), value);
            } else if (kind < 4 && !activities.isEmpty()) {
                AgreedActivity target = activities.get(random.nextInt(activities.size()));
                String value = "[L" + serial.incrementAndGet() + "]";
                edits.editCoachNotes(target.id(), value);
                localNotes.put(value, target.id());
                finalNotes.put(target.id(), value);
            } else if (kind < 6 && !activities.isEmpty()) {
                AgreedActivity target = activities.get(random.nextInt(activities.size()));
                edits.changeActivityStatus(target.id(), ActivityStatus.values()[random.nextInt(4)]);
            } else if (kind < 7 && !activities.isEmpty()) {
                AgreedActivity target = activities.get(random.nextInt(activities.size()));
                edits.changeVisibility(target.id(), random.nextBoolean() ? Visibility.SHARED : Visibility.COACH_ONLY);
            } else if (kind < 9) {
                String text = "[A" + serial.incrementAndGet() + "]";
                String notes = "[L" + serial.incrementAndGet() + "]";
                AgreedActivity added = edits.addActivity(ServerSeed.email(PREFIX, 1 + random.nextInt(CLIENTS)),
                        ActivitySource.SESSION, Visibility.SHARED, text, notes);
                localInserts.put(added.id(), text);
                localNotes.put(notes, added.id());
                finalNotes.put(added.id(), notes);
            } else {
                List<CoachingRelationship> relationships = new RelationshipRepository(cache).all();
                CoachingRelationship target = relationships.get(random.nextInt(relationships.size()));
                RelationshipStatus next = target.status() == RelationshipStatus.ACTIVE ? RelationshipStatus.PAUSED
                        : RelationshipStatus.ACTIVE;
                if (target.status().canMoveTo(next)) {
                    edits.changeRelationshipStatus(target.id(), next);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // e.g. the row vanished in a pull just now: the UI would show the sentence; nothing to track
        }
    }

    /** "Another device": edits straight in PostgreSQL while the coach syncs. */
    private void serverEdits(LocalSyncStack stack, Random random, AtomicBoolean running) {
        try (Connection c = stack.sql()) {
            while (running.get()) {
                List<UUID> ids = ids(c, "select id from agreed_activities where client_email like 'fault%' order by id");
                int kind = random.nextInt(10);
                String value = "[S" + serial.incrementAndGet() + "]";
                String email = ServerSeed.email(PREFIX, 1 + random.nextInt(CLIENTS));
                if (random.nextInt(15) == 0) {
                    serverPoison(c, random, email);
                } else if (kind < 3 && !ids.isEmpty()) {
                    update(c, "update agreed_activities set coach_notes = ? where id = ?", value, ids.get(random.nextInt(ids.size())));
                } else if (kind < 5 && !ids.isEmpty()) {
                    update(c, "update agreed_activities set status = ? where id = ?",
                            random.nextBoolean() ? "resolved" : "evidence_found", ids.get(random.nextInt(ids.size())));
                } else if (kind < 6) {
                    update(c, "insert into agreed_activities (client_email, activity_text) values (?, 'server activity')",
                            email, null);
                } else if (kind < 7 && !ids.isEmpty()) {
                    update(c, "delete from agreed_activities where id = ?", null, ids.get(random.nextInt(ids.size())));
                } else if (kind < 8) {
                    update(c, "update permissions set practice = ? where id = (select id from permissions where client_email = '"
                            + email + "' order by id limit 1)", value, null);
                } else if (kind < 9) {
                    update(c, "insert into daily_checkins (client_email, check_date, focus_scores) values (?, current_date, '[]') "
                            + "on conflict (client_email, check_date) do update set focus_scores = jsonb_build_array("
                            + "jsonb_build_object('focus', 'Rest', 'score', (random() * 5)::int))", email, null);
                } else {
                    update(c, "update weekly_snapshots set themes = jsonb_build_array('" + value + "') "
                            + "where id = (select id from weekly_snapshots where client_email = '" + email + "' order by id limit 1)", null, null);
                }
                Thread.sleep(10 + random.nextInt(40));
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("server-side edits stopped", e);
        }
    }

    /**
     * What PostgreSQL allows but this client used to choke on: a relationship status this version does not know,
     * {@code infinity}/{@code -infinity} timestamps, JSON nested 10,000 deep. Later ordinary edits may heal them.
     */
    private void serverPoison(Connection c, Random random, String email) throws SQLException {
        String snapshot = "(select id from weekly_snapshots where client_email = '" + email + "' order by random() limit 1)";
        switch (random.nextInt(UNKNOWN_ENUMS ? 4 : 3) + (UNKNOWN_ENUMS ? 0 : 1)) {
            case 0 -> update(c, "update coaching_relationships set status = 'archived' where id = "
                    + "(select id from coaching_relationships where client_email = '" + email + "')", null, null);
            case 1 -> update(c, "update weekly_snapshots set created_at = 'infinity' where id = " + snapshot, null, null);
            case 2 -> update(c, "update weekly_snapshots set created_at = '-infinity' where id = " + snapshot, null, null);
            default -> update(c, "update weekly_snapshots set themes = (repeat('[', " + PoisonRows.DEPTH + ") || repeat(']', "
                    + PoisonRows.DEPTH + "))::jsonb where id = " + snapshot, null, null);
        }
    }

    /** Faults off: sync until nothing waits, settling conflicts the way a coach would, then reconcile. */
    private void converge(CoachSync sync) {
        ConflictRepository conflicts = new ConflictRepository(cache);
        for (int attempt = 0; attempt < 20; attempt++) {
            boolean ok = true;
            try {
                sync.run(SyncProgress.NONE);
            } catch (RuntimeException e) {
                ok = false;
                LOG.warn("converging round failed", e);
            }
            List<Conflict> open = conflicts.list();
            for (Conflict conflict : open) {
                settle(conflicts, conflict);
            }
            if (ok && open.isEmpty() && new OutboxRepository(cache).count() == 0) {
                sync.reconcileNextRound();
                sync.run(SyncProgress.NONE);
                if (conflicts.count() == 0 && new OutboxRepository(cache).count() == 0) {
                    return;
                }
            }
        }
        throw new AssertionError("the cache did not converge: " + new OutboxRepository(cache).count()
                + " edits pending, " + conflicts.count() + " conflicts");
    }

    private void settle(ConflictRepository conflicts, Conflict conflict) {
        if (conflict.rejected()) {
            // the server will never take it: the coach discards it and keeps the server's row
            rejected++;
            tookTheirs.add(conflict.rowId());
            conflicts.resolve(conflict, ConflictResolution.TAKE_THEIRS);
            return;
        }
        conflictsRecorded++;
        ConflictResolution choice = switch (conflictsRecorded % 3) {
            case 0 -> ConflictResolution.TAKE_THEIRS;
            case 1 -> ConflictResolution.KEEP_MINE;
            default -> conflict.canKeepBothNotes() ? ConflictResolution.KEEP_BOTH_NOTES : ConflictResolution.KEEP_MINE;
        };
        if (choice == ConflictResolution.TAKE_THEIRS) {
            tookTheirs.add(conflict.rowId());
        } else if (conflict.deletedOnServer()) {
            decidedReinserts.merge(conflict.rowId(), 1, Integer::sum);
        } else {
            conflict.localValue("coach_notes").filter(v -> !v.isNull())
                    .ifPresent(v -> decidedResends.merge(v.asText(), 1, Integer::sum));
        }
        conflicts.resolve(conflict, choice);
    }

    /** Final local values of coach notes (and local inserts) that never reached the server. */
    private int lost(Connection c) throws SQLException {
        int lost = 0;
        for (Map.Entry<UUID, String> edit : finalNotes.entrySet()) {
            if (tookTheirs.contains(edit.getKey())) {
                continue;
            }
            if (count(c, "select count(*) from test_audit where row_id = ? and new_row->>'coach_notes' like ?",
                    edit.getKey(), "%" + edit.getValue() + "%") == 0) {
                LOG.warn("lost: notes {} of row {}", edit.getValue(), edit.getKey());
                lost++;
            }
        }
        for (Map.Entry<UUID, String> insert : localInserts.entrySet()) {
            if (!tookTheirs.contains(insert.getKey())
                    && count(c, "select count(*) from test_audit where row_id = ? and op = 'INSERT'", insert.getKey(), null) == 0) {
                LOG.warn("lost: insert {}", insert.getValue());
                lost++;
            }
        }
        return lost;
    }

    private static final String OWN_NOTES_NEW = "split_part(new_row->>'coach_notes', '--- Other version of these notes', 1)";
    private static final String OWN_NOTES_OLD = "split_part(old_row->>'coach_notes', '--- Other version of these notes', 1)";

    private int duplicated(Connection c) throws SQLException {
        int duplicated = 0;
        for (Map.Entry<String, UUID> value : localNotes.entrySet()) {
            // Only the coach's own part of the notes counts: a "keep both" merge quotes older server versions
            // after ConflictRepository.NOTES_MARKER, and a quoted value is not the edit applied again.
            long applied = count(c, "select count(*) from test_audit where row_id = ? and " + OWN_NOTES_NEW + " like ? "
                    + "and (old_row is null or old_row->>'coach_notes' is null or " + OWN_NOTES_OLD + " not like ?)",
                    value.getValue(), "%" + value.getKey() + "%");
            if (applied > 1 + decidedResends.getOrDefault(value.getKey(), 0)
                    + decidedReinserts.getOrDefault(value.getValue(), 0) + deletedOnServer(c, value.getValue())) {
                LOG.warn("duplicated: notes {} applied {} times; audit: {}", value.getKey(), applied,
                        trail(c, value.getValue()));
                duplicated++;
            }
        }
        for (Map.Entry<UUID, String> insert : localInserts.entrySet()) {
            String text = insert.getValue();
            long inserted = count(c, "select count(*) from test_audit where op = 'INSERT' and new_row->>'activity_text' = ?",
                    text, null);
            if (inserted > 1 + decidedReinserts.getOrDefault(insert.getKey(), 0) + deletedOnServer(c, insert.getKey())
                    || count(c, "select count(*) from agreed_activities where activity_text = ?", text, null) > 1) {
                LOG.warn("duplicated: insert {} inserted {} times", text, inserted);
                duplicated++;
            }
        }
        return duplicated;
    }

    /**
     * Times another device deleted the row. There are no tombstones: when an insert's answer is lost and
     * the row is deleted on the server before the retry, the retry creates it again. That re-creation keeps
     * the coach's edit (nothing is lost) and is not a duplicate: the row never exists twice.
     */
    private static long deletedOnServer(Connection c, UUID row) throws SQLException {
        return count(c, "select count(*) from test_audit where row_id = ? and op = 'DELETE'", row, null);
    }

    private static String trail(Connection c, UUID row) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("select op, old_row->>'coach_notes', new_row->>'coach_notes', "
                + "new_row->>'status', new_row->>'updated_at' from test_audit where row_id = ? order by id")) {
            ps.setObject(1, row);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append("\n  ").append(rs.getString(1)).append(' ').append(rs.getString(2)).append(" -> ")
                            .append(rs.getString(3)).append(" status=").append(rs.getString(4)).append(" at ").append(rs.getString(5));
                }
            }
        }
        return out.toString();
    }

    private static long count(Connection c, String sql, Object first, String second) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            if (second != null) {
                ps.setString(2, second);
                if (sql.chars().filter(ch -> ch == '?').count() > 2) {
                    ps.setString(3, second);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<UUID> ids(Connection c, String sql) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add((UUID) rs.getObject(1));
            }
        }
        return ids;
    }

    private static void update(Connection c, String sql, String value, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int index = 1;
            if (value != null) {
                ps.setString(index++, value);
            }
            if (id != null) {
                ps.setObject(index, id);
            }
            ps.executeUpdate();
        }
    }

    /** Logs every insert, update and delete of the tables the coach writes, with old and new row. */
    private static void installAudit(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table public.test_audit (id bigserial primary key, tbl text, row_id uuid, op text, "
                    + "old_row jsonb, new_row jsonb, at timestamptz default clock_timestamp())");
            s.execute("create function public.test_audit_row() returns trigger language plpgsql security definer "
                    + "set search_path = public as $$ begin "
                    + "if tg_op = 'DELETE' then "
                    + "insert into public.test_audit (tbl, row_id, op, old_row, new_row) values (tg_table_name, old.id, tg_op, "
                    + "to_jsonb(old), null); return old; end if; "
                    + "insert into public.test_audit (tbl, row_id, op, old_row, new_row) values (tg_table_name, new.id, tg_op, "
                    + "case when tg_op = 'UPDATE' then to_jsonb(old) end, to_jsonb(new)); return new; end $$");
            s.execute("create trigger test_audit_activities after insert or update or delete on public.agreed_activities "
                    + "for each row execute function public.test_audit_row()");
            s.execute("create trigger test_audit_relationships after insert or update or delete on public.coaching_relationships "
                    + "for each row execute function public.test_audit_row()");
            s.execute("create function public.test_refuse_marked_notes() returns trigger language plpgsql as $$ begin "
                    + "if new.coach_notes like '%" + REFUSED + "%' then raise exception 'Notes marked " + REFUSED
                    + " are refused here'; end if; return new; end $$");
            s.execute("create trigger test_refuse_marked_notes before update on public.agreed_activities "
                    + "for each row execute function public.test_refuse_marked_notes()");
        }
    }
}
