package org.findinggood.coachdesk.testsupport.supabase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own surefire execution after the whole suite (see pom.xml, execution {@code log-secrets-scan}):
 * every secret the suite recorded in {@code target/test-logs/secrets.txt} (tokens, passwords, keys, cache
 * keys, coach notes) must be absent from the suite's log {@code target/test-logs/suite.log}, which holds
 * every log line of every test at DEBUG.
 */
class LogSecretsScanTest {

    private static final Path LOGS = Path.of(System.getProperty("coachdesk.testLogs", "target/test-logs"));
    /** A JWT's header and payload (base64 of '{"'): any such string in a log is a leaked token. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
    private static final int SHORTEST_SECRET = 8;

    @Test
    void noRecordedSecretAppearsInTheSuiteLog() throws IOException {
        Path log = LOGS.resolve("suite.log");
        Path secrets = SecretsLog.file();
        assertThat(log).as("the suite log; run the whole suite (mvn verify) before this scan").exists();
        assertThat(secrets).as("the recorded secrets; the LocalSupabase tests record them").exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Set<String> recorded = new LinkedHashSet<>(Files.readAllLines(secrets, StandardCharsets.UTF_8));
        assertThat(text).as("the suite log is empty: is logback-test.xml writing it?").isNotBlank();
        assertThat(recorded).as("no secrets were recorded: the stand-in should record every token it issues").isNotEmpty();

        List<String> leaked = recorded.stream()
                .filter(secret -> secret.length() >= SHORTEST_SECRET && text.contains(secret))
                .map(secret -> secret.substring(0, 4) + "... (" + secret.length() + " chars)")
                .toList();
        assertThat(leaked).as("secrets found in " + log + " (search the log for these prefixes)").isEmpty();

        Matcher jwt = JWT.matcher(text);
        assertThat(jwt.find()).as("a JWT-shaped string in " + log + " at offset " + (jwt.hitEnd() ? -1 : jwt.start())).isFalse();
    }
}
