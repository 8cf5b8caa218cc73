package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import org.findinggood.coachdesk.faults.Fault;
import org.findinggood.coachdesk.faults.FaultProxy;
import org.findinggood.coachdesk.faults.FaultSchedule;
import org.findinggood.coachdesk.store.AgreedActivityRepository;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless command end to end: arguments, sign-in, a real sync into a cache file, exit codes. */
class HeadlessSyncTest {

    private static final String COACH = "headless@example.org";
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
            new ServerSeed(3, 1, 5, 2, 3, 1).write(c, coachId, "headless");
        }
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private int run(Map<String, String> env, String... extra) {
        List<String> args = new ArrayList<>(List.of("--project", baseUrl,
                "--anon-key", stack.supabase().anonKey(), "--email", COACH,
                "--cache", dir.resolve("cache.db").toString(), "--session", dir.resolve("session.json").toString()));
        args.addAll(List.of(extra));
        return HeadlessSync.run(args.toArray(String[]::new), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void syncsTheWorkspaceWithAProgressBarThenReusesTheSavedSession() {
        CacheKey key = SecretsLog.randomCacheKey();
        Map<String, String> env = Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD, "COACHDESK_CACHE_KEY", key.toHex());

        assertThat(run(env)).as(err()).isEqualTo(HeadlessSync.OK);
        assertThat(out()).contains("Synced " + COACH + ":").contains("0 conflicts waiting");
        assertThat(err()).contains("Receiving changes agreed_activities");
        assertThat(err()).doesNotContain(LocalSyncStack.PASSWORD);
        try (CacheDatabase cache = LocalSyncStack.openCache(dir.resolve("cache.db"), key)) {
            assertThat(new AgreedActivityRepository(cache).all()).hasSize(15);
        }

        out.reset();
        // No password this time: the saved session (refresh token) is enough for a scheduled job.
        assertThat(run(Map.of("COACHDESK_CACHE_KEY", key.toHex()), "--quiet", "--full")).as(err()).isEqualTo(HeadlessSync.OK);
        assertThat(out()).contains("Synced");
    }

    @Test
    void exportsTheSyncedRowsAsTheServerHasThemAlsoWhenOffline() throws Exception {
        CacheKey key = SecretsLog.randomCacheKey();
        Map<String, String> env = Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD, "COACHDESK_CACHE_KEY", key.toHex());
        Path exports = dir.resolve("exports");
        assertThat(run(env, "--quiet", "--export", exports.toString())).as(err()).isEqualTo(HeadlessSync.OK);
        assertThat(out()).containsPattern("Exported \\d+ rows to .*coach-desk-export-\\d{8}-\\d{6}\\.zip\\.");
        Path zip;
        try (var files = java.nio.file.Files.list(exports)) {
            zip = files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        com.fasterxml.jackson.databind.JsonNode exported = null;
        try (var in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("tables/agreed_activities.json")) {
                    exported = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in.readAllBytes());
                }
            }
        }
        // the server's rows (PostgreSQL through SQL, not PostgREST): same ids, texts, notes, evidence, instants
        Map<String, com.fasterxml.jackson.databind.JsonNode> byId = new java.util.HashMap<>();
        exported.forEach(row -> byId.put(row.get("id").asText(), row));
        try (Connection c = stack.sql(); var rs = c.createStatement().executeQuery("SELECT a.id::text, a.activity_text,"
                + " a.coach_notes, a.evidence_entries::text, a.visibility::text, a.updated_at FROM agreed_activities a"
                + " JOIN coaching_relationships r ON r.client_email = a.client_email JOIN coaches co ON co.id = r.coach_id"
                + " WHERE co.email = '" + COACH + "'")) {
            int n = 0;
            while (rs.next()) {
                n++;
                var row = byId.get(rs.getString(1));
                assertThat(row).as(rs.getString(1)).isNotNull();
                assertThat(row.get("activity_text").asText()).isEqualTo(rs.getString(2));
                assertThat(row.get("coach_notes").isNull() ? null : row.get("coach_notes").asText()).isEqualTo(rs.getString(3));
                assertThat(row.get("evidence_entries")).isEqualTo(rs.getString(4) == null
                        ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
                        : new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(4)));
                assertThat(row.get("visibility").asText()).isEqualTo(rs.getString(5));
                assertThat(java.time.Instant.parse(row.get("updated_at").asText()))
                        .isEqualTo(rs.getObject(6, java.time.OffsetDateTime.class).toInstant());
            }
            assertThat(n).isEqualTo(exported.size()).isPositive();
        }

        // offline: the sync says so, the cache is exported all the same
        out.reset();
        stack.supabase().outage(LocalSupabase.Outage.DOWN);
        try {
            assertThat(run(env, "--quiet", "--export", dir.resolve("offline").toString())).isEqualTo(HeadlessSync.OFFLINE);
            assertThat(out()).contains("Exported ");
        } finally {
            stack.supabase().outage(LocalSupabase.Outage.NONE);
        }
    }

    @Test
    void aWrongPasswordAsksToSignIn() {
        int code = run(Map.of("COACHDESK_PASSWORD", "not the password"), "--unencrypted", "--quiet");
        assertThat(code).isEqualTo(HeadlessSync.SIGN_IN);
        assertThat(err()).contains("The e-mail or password is not right");
    }

    @Test
    void anAccountWithAnAuthenticatorIsNotSignedInWithThePasswordAlone() {
        String twoFactor = "headless.2fa@example.org";
        stack.coach(twoFactor);
        stack.supabase().enrolVerifiedTotp(twoFactor, "Phone");
        Path session = dir.resolve("session-2fa.json");
        int code = HeadlessSync.run(new String[] {"--project", baseUrl, "--anon-key", stack.supabase().anonKey(),
            "--email", twoFactor, "--cache", dir.resolve("cache-2fa.db").toString(), "--session", session.toString(),
            "--unencrypted", "--quiet"}, Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(HeadlessSync.SIGN_IN);
        assertThat(err()).contains("asks for a code from an authenticator app");
        assertThat(session).as("the password-only (aal1) session is never stored").doesNotExist();
    }

    @Test
    void withoutAPasswordOrSessionItSaysWhatToSet() {
        assertThat(run(Map.of(), "--unencrypted", "--quiet")).isEqualTo(HeadlessSync.SIGN_IN);
        assertThat(err()).contains("set COACHDESK_PASSWORD");
    }

    @Test
    void offlineIsItsOwnExitCodeAndKeepsTheCache() {
        LocalSupabase down = stack.supabase();
        down.outage(LocalSupabase.Outage.DOWN);
        try {
            int code = run(Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD), "--unencrypted", "--quiet");
            assertThat(code).isEqualTo(HeadlessSync.OFFLINE);
            assertThat(err()).startsWith("Offline:");
        } finally {
            down.outage(LocalSupabase.Outage.NONE);
        }
    }

    @Test
    void aServerThatNeverAnswersEndsTheRunAtItsRoundTimeoutAsOffline() throws Exception {
        CacheKey key = SecretsLog.randomCacheKey();
        Map<String, String> env = Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD, "COACHDESK_CACHE_KEY", key.toHex());
        FaultSchedule hangs = FaultSchedule.only(Fault.HANG, Integer.MAX_VALUE);
        hangs.pause();
        try (FaultProxy proxy = new FaultProxy(stack.supabase().baseUrl(), hangs, Duration.ofMinutes(10), Duration.ZERO)) {
            String[] through = {"--project", proxy.baseUrl().toString()};
            assertThat(runWith(env, through)).as(err()).isEqualTo(HeadlessSync.OK); // signs in, saves the session
            hangs.resume();
            err.reset();
            long started = System.nanoTime();

            int code = runWith(env, through, "--round-timeout", "3");

            assertThat(code).isEqualTo(HeadlessSync.OFFLINE);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            assertThat(err()).contains("Offline: The server did not answer in time (the sync round's limit is 3 seconds)");
        }
    }

    @Test
    void aRowThatCannotBeStoredIsToldOnStderrAndStdoutKeepsOnlyTheResultLine() throws Exception {
        CacheKey key = SecretsLog.randomCacheKey();
        Map<String, String> env = Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD, "COACHDESK_CACHE_KEY", key.toHex());
        FaultSchedule poison = FaultSchedule.sequence(Fault.POISON_DEEP_JSON);
        PrintStream realOut = System.out;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (FaultProxy proxy = new FaultProxy(stack.supabase().baseUrl(), poison, Duration.ofSeconds(5), Duration.ZERO)
                .poisonOnly(path -> path.endsWith("/agreed_activities"))) {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            int code = runWith(env, new String[] {"--project", proxy.baseUrl().toString()});

            assertThat(code).as(err()).isEqualTo(HeadlessSync.OK);
            assertThat(out().lines()).singleElement().asString().startsWith("Synced " + COACH);
            assertThat(err()).contains("1 row from the server could not be shown; the rest is up to date");
            // the log's warning about the row went to stderr, not to stdout (the process's own streams)
            assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("kept aside");
        } finally {
            System.setOut(realOut);
        }
    }

    /** {@link #run} with some arguments replaced (e.g. {@code --project} through a proxy). */
    private int runWith(Map<String, String> env, String[] replaced, String... extra) {
        List<String> args = new ArrayList<>(List.of("--project", baseUrl,
                "--anon-key", stack.supabase().anonKey(), "--email", COACH,
                "--cache", dir.resolve("cache.db").toString(), "--session", dir.resolve("session.json").toString(),
                "--quiet"));
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            args.set(args.indexOf(replaced[i]) + 1, replaced[i + 1]);
        }
        args.addAll(List.of(extra));
        return HeadlessSync.run(args.toArray(String[]::new), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aDiskAlreadyFullAtStartSaysTheDiskIsFull() throws Exception {
        // A real full file system: a 1 MB tmpfs filled up before the command starts (needs root to mount;
        // skipped elsewhere). The cache file exists from an earlier run, as a scheduled job's would.
        Path small = dir.resolve("small");
        java.nio.file.Files.createDirectories(small);
        org.junit.jupiter.api.Assumptions.assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", small.toString()) == 0,
                "mounting a tmpfs needs root");
        try {
            CacheKey key = SecretsLog.randomCacheKey();
            Map<String, String> env = Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD, "COACHDESK_CACHE_KEY", key.toHex());
            List<String> args = List.of("--project", baseUrl, "--anon-key", stack.supabase().anonKey(), "--email", COACH,
                    "--cache", small.resolve("cache.db").toString(), "--session", dir.resolve("session.json").toString(), "--quiet");
            LocalSyncStack.openCache(small.resolve("cache.db"), key).close(); // created, empty
            try (java.io.OutputStream filler = java.nio.file.Files.newOutputStream(small.resolve("filler"))) {
                byte[] block = new byte[64 * 1024];
                while (true) {
                    filler.write(block);
                }
            } catch (java.io.IOException full) {
                // the disk is full now
            }

            int code = HeadlessSync.run(args.toArray(String[]::new), env,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(err()).contains("disk is full");
            assertThat(code).isEqualTo(HeadlessSync.CACHE);
        } finally {
            exec("umount", small.toString());
        }
    }

    private static int exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    @Test
    void argumentsAreCheckedAndHelpListsTheExitCodes() {
        // no key anywhere: no override, no keyring (--no-keyring), no secrets file
        assertThat(run(Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD), "--quiet", "--no-keyring",
                "--secrets-file", dir.resolve("no-secrets.enc").toString())).isEqualTo(HeadlessSync.USAGE);
        assertThat(err()).contains("COACHDESK_CACHE_KEY");
        assertThat(HeadlessSync.run(new String[] {"--bogus"}, Map.of(), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(HeadlessSync.USAGE);
        out.reset();
        assertThat(HeadlessSync.run(new String[] {"--help"}, Map.of(), new PrintStream(out, true), new PrintStream(err)))
                .isZero();
        assertThat(out()).contains("Exit codes:").contains("3   offline");
    }
}
