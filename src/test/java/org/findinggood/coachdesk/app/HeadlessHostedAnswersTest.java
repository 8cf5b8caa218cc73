package org.findinggood.coachdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.sync.LocalSyncStack;
import org.findinggood.coachdesk.sync.ServerSeed;
import org.findinggood.coachdesk.testsupport.supabase.LocalSupabase.Outage;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless command through the answers a hosted project sends (issue #17): the coach's sentence, the
 * exit code, and that the saved session and the synced cache survive where they should.
 */
class HeadlessHostedAnswersTest {

    private static final String COACH = "headless.hosted@example.org";
    private static LocalSyncStack stack;

    @TempDir
    Path dir;

    private final CacheKey key = SecretsLog.randomCacheKey();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeAll
    static void start() throws Exception {
        stack = LocalSyncStack.start();
        UUID coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            new ServerSeed(3, 1, 5, 2, 3, 1).write(c, coachId, "hosted");
        }
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** A first sync with the password, so a session file and a full cache exist. */
    @BeforeEach
    void firstSync() {
        assertThat(run(stack.supabase().anonKey(), Map.of("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD)))
                .as(err()).isEqualTo(HeadlessSync.OK);
    }

    @AfterEach
    void reset() {
        stack.supabase().outage(Outage.NONE);
        stack.supabase().enableLegacyKeys();
    }

    private int run(String anonKey, Map<String, String> env, String... extra) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--project", stack.supabase().baseUrl().toString(),
                "--anon-key", anonKey, "--email", COACH, "--quiet",
                "--cache", dir.resolve("cache.db").toString(), "--session", dir.resolve("session.json").toString()));
        args.addAll(List.of(extra));
        Map<String, String> withKey = new java.util.HashMap<>(env);
        withKey.put("COACHDESK_CACHE_KEY", key.toHex());
        return HeadlessSync.run(args.toArray(String[]::new), withKey,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRetiredLegacyKeyKeepsSessionAndCacheAndTheNewKeySyncsWithoutPassword() throws Exception {
        String session = Files.readString(dir.resolve("session.json"));
        stack.supabase().disableLegacyKeys();

        int code = run(stack.supabase().anonKey(), Map.of());

        assertThat(code).isEqualTo(HeadlessSync.SIGN_IN);
        assertThat(err()).contains("The project no longer accepts this app key; paste the project's current publishable key");
        assertThat(Files.readString(dir.resolve("session.json"))).as("the saved session is kept").isEqualTo(session);

        // the coach passes the current key: the same session syncs, no password needed
        assertThat(run(stack.supabase().publishableKey(), Map.of())).as(err()).isEqualTo(HeadlessSync.OK);
    }

    @Test
    void aPausedProjectIsTemporaryAndTheCacheStays() {
        stack.supabase().outage(Outage.PAUSED);

        int code = run(stack.supabase().anonKey(), Map.of());

        assertThat(code).isEqualTo(HeadlessSync.FAILED);
        assertThat(err()).contains("The Finding Good project is paused; your data here stays available offline.")
                .doesNotContain("update Coach Desk");
        stack.supabase().outage(Outage.NONE);
        assertThat(run(stack.supabase().anonKey(), Map.of())).as("the session survived").isEqualTo(HeadlessSync.OK);
    }

    @Test
    void aCaptivePortalIsOfflineWithItsOwnSentence() {
        stack.supabase().outage(Outage.CAPTIVE_PORTAL);

        int code = run(stack.supabase().anonKey(), Map.of());

        assertThat(code).isEqualTo(HeadlessSync.OFFLINE);
        assertThat(err()).contains("A network login page answered; sign in to the network, then sync.")
                .doesNotContain("could not read");
    }

    @Test
    void checkPrintsOneCopyableLinePerQuestion() {
        int code = run(stack.supabase().publishableKey(), Map.of(), "--check");

        String lines = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(lines).isEqualTo(HeadlessSync.OK);
        assertThat(lines.lines()).hasSize(5).allMatch(line -> line.startsWith("ok   "));
        assertThat(lines).contains("URL: a Supabase project answers")
                .contains("Key: publishable key accepted")
                .contains("Password sign-in: enabled")
                .contains("Tables: all 9 V4 tables readable")
                .contains("Clock: within");

        stack.supabase().disableLegacyKeys();
        assertThat(run(stack.supabase().anonKey(), Map.of(), "--check")).isEqualTo(HeadlessSync.FAILED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAIL Key: legacy anon key (JWT) refused");
    }
}
