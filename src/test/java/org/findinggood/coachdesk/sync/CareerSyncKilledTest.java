package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.findinggood.coachdesk.app.HeadlessSync;
import org.findinggood.coachdesk.store.CacheDatabase;
import org.findinggood.coachdesk.store.CacheKey;
import org.findinggood.coachdesk.testsupport.career.Career;
import org.findinggood.coachdesk.testsupport.career.CareerScale;
import org.findinggood.coachdesk.testsupport.career.CareerWorkspace;
import org.findinggood.coachdesk.testsupport.supabase.SecretsLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync process killed (SIGKILL: a real child JVM running the headless sync, not a thread) three times at
 * random points of a first sync of a career, then run to the end: the cache ends equal to the server. The kill
 * points are requests the stand-in has answered to that process, drawn from a seeded random.
 */
class CareerSyncKilledTest {

    private static final String COACH = "killed.coach@example.org";
    private static final List<String> REST_PATHS = List.of("coaches", "coaching_relationships", "clients", "permissions",
            "agreed_activities", "rolling_aggregates", "weekly_snapshots", "daily_checkins", "focus_history");

    @TempDir
    Path dir;

    @Test
    void killedThreeTimesTheSyncResumesAndTheCacheEndsEqualToTheServer() throws Exception {
        Random random = new Random(Long.getLong("career.killSeed", 2026L));
        CacheKey key = SecretsLog.randomCacheKey();
        Path cacheFile = dir.resolve("killed.db");
        try (LocalSyncStack stack = LocalSyncStack.start()) {
            UUID coachId = stack.coach(COACH);
            Career career;
            try (Connection c = stack.sql()) {
                // three years of 40 clients: some 10,000 rows, about 20 requests for the first sync
                career = CareerWorkspace.generate(c, coachId, 33L, new CareerScale(40, 156, 30, 1, 4, 2));
            }
            List<String> kills = new ArrayList<>();
            for (int kill = 1; kill <= 3; kill++) {
                int before = restRequests(stack);
                int after = 2 + random.nextInt(8);
                Process sync = headlessSync(stack, cacheFile, key, "kill-" + kill);
                while (restRequests(stack) < before + after && sync.isAlive()) {
                    Thread.sleep(2);
                }
                assertThat(sync.isAlive()).as("the sync still runs at kill %d (after %d requests): %s", kill, after,
                        output(kill)).isTrue();
                sync.destroyForcibly();
                assertThat(sync.waitFor(30, TimeUnit.SECONDS)).isTrue();
                kills.add("after " + (restRequests(stack) - before) + " requests, exit " + sync.exitValue());
            }
            Process last = headlessSync(stack, cacheFile, key, "final");
            assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as("the last run: %s; kills %s", output("final"), kills).isEqualTo(HeadlessSync.OK);
            // it resumed: what the killed runs committed is not read again ("Synced <e-mail>: N rows received, ...")
            Matcher received = Pattern.compile("(\\d+) rows received").matcher(output("final"));
            assertThat(received.find()).as(output("final")).isTrue();
            assertThat(Long.parseLong(received.group(1))).as("rows the last run received; kills %s", kills)
                    .isLessThan(career.rowsInScope());

            try (CacheDatabase cache = LocalSyncStack.openCache(cacheFile, key); Connection c = stack.sql()) {
                assertThat(new CacheVersusServer().differences(c, cache, coachId)).as("kills %s", kills).isEmpty();
            }
        }
    }

    private Process headlessSync(LocalSyncStack stack, Path cacheFile, CacheKey key, String run) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx256m", "-XX:MaxNewSize=40m", "-Dfile.encoding=UTF-8",
                "-Dcoachdesk.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                HeadlessSync.class.getName(), "--project", stack.supabase().baseUrl().toString(), "--email", COACH,
                "--cache", cacheFile.toString(), "--session", dir.resolve("session.json").toString(), "--quiet");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve(run + ".out").toFile())
                .redirectError(dir.resolve(run + ".err").toFile());
        Map<String, String> env = builder.environment();
        env.put("COACHDESK_PASSWORD", LocalSyncStack.PASSWORD);
        env.put("COACHDESK_ANON_KEY", stack.supabase().anonKey());
        env.put("COACHDESK_CACHE_KEY", key.toHex());
        return builder.start();
    }

    private String output(Object run) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String stream : List.of(".out", ".err")) {
            File file = dir.resolve((run instanceof Integer n ? "kill-" + n : run) + stream).toFile();
            if (file.exists()) {
                out.append(Files.readString(file.toPath())).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static int restRequests(LocalSyncStack stack) {
        int sum = 0;
        for (String table : REST_PATHS) {
            sum += stack.supabase().requestCount("/rest/v1/" + table);
        }
        return sum;
    }
}
