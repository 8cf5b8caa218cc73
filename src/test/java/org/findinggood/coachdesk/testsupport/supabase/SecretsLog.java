package org.findinggood.coachdesk.testsupport.supabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.findinggood.coachdesk.demo.DemoData;
import org.findinggood.coachdesk.model.AgreedActivity;
import org.findinggood.coachdesk.store.CacheKey;

/**
 * Appends every secret a test handles (tokens, passwords, keys, cache keys, coach notes) to
 * {@code target/test-logs/secrets.txt}, one per line, so {@code LogSecretsScanTest} can prove none of
 * them reached the suite's log.
 */
public final class SecretsLog {

    private static final Path FILE = Path.of(System.getProperty("coachdesk.testLogs", "target/test-logs"), "secrets.txt");

    private SecretsLog() {
    }

    public static Path file() {
        return FILE;
    }

    /** A fresh random cache key, recorded (as the hex digits a leak would show) before it is used. */
    public static CacheKey randomCacheKey() {
        return cacheKey(CacheKey.random());
    }

    /** Records an encrypting cache key and returns it. */
    public static CacheKey cacheKey(CacheKey key) {
        if (key != null && key.encrypts()) {
            String hex = key.toHex();
            record(hex);
            record(hex.toUpperCase(Locale.ROOT));
        }
        return key;
    }

    /** Records a coach's private note, line by line, and returns it. */
    public static String coachNote(String note) {
        if (note != null) {
            note.lines().map(String::strip).forEach(SecretsLog::record);
        }
        return note;
    }

    /** Records every coach note in generated demo rows and returns them. */
    public static DemoData coachNotes(DemoData data) {
        for (AgreedActivity activity : data.agreedActivities()) {
            coachNote(activity.coachNotes());
        }
        return data;
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
