package org.findinggood.coachdesk.testsupport.supabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends every secret a test handles (tokens, passwords, keys; other helpers add cache keys and coach
 * notes) to {@code target/test-logs/secrets.txt}, one per line, so {@code LogSecretsScanTest} can prove
 * none of them reached the suite's log.
 */
public final class SecretsLog {

    private static final Path FILE = Path.of(System.getProperty("coachdesk.testLogs", "target/test-logs"), "secrets.txt");

    private SecretsLog() {
    }

    public static Path file() {
        return FILE;
    }

    public static synchronized void record(String secret) {
        if (secret == null || secret.isBlank() || secret.contains("\n")) {
            return;
        }
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, secret + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record a test secret in " + FILE, e);
        }
    }
}
