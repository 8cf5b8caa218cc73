package org.findinggood.coachdesk.security;

import org.findinggood.coachdesk.files.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app lock's state in {@code <config>/app-lock.properties}: a plain properties file (read before
 * the first frame, so no JSON mapper), owner-only, replaced atomically. It holds the PBKDF2 hash and
 * salt, never the secret. A file that cannot be read is logged and counts as no lock: the lock
 * guards the open window from people at the keyboard, not the disk from someone who can edit files
 * (the encrypted cache and the keyring do that).
 */
public final class AppLockFile {

    private static final Logger LOG = LoggerFactory.getLogger(AppLockFile.class);

    private final Path file;

    public AppLockFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The remembered state; no file (or an unreadable one) is no lock. */
    public synchronized AppLockState load() {
        if (!Files.exists(file)) {
            return AppLockState.none();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            LockSecretHash secret = p.getProperty("hash") == null ? null : LockSecretHash.stored(
                    Integer.parseInt(p.getProperty("iterations")), p.getProperty("salt"), p.getProperty("hash"));
            String lastFailure = p.getProperty("lastFailure");
            return new AppLockState(secret,
                    Integer.parseInt(p.getProperty("idleMinutes", String.valueOf(AppLockState.DEFAULT_IDLE_MINUTES))),
                    Integer.parseInt(p.getProperty("failedTries", "0")),
                    lastFailure == null ? null : Instant.parse(lastFailure));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            LOG.warn("The app lock file {} could not be read ({}); the app is not locked", file, e.getClass().getSimpleName());
            return AppLockState.none();
        }
    }

    /** Writes the state (temp file, then an atomic move); call off the FX thread. */
    public synchronized void save(AppLockState state) throws IOException {
        Properties p = new Properties();
        if (state.secret() != null) {
            p.setProperty("algorithm", LockSecretHash.ALGORITHM);
            p.setProperty("iterations", String.valueOf(state.secret().iterations()));
            p.setProperty("salt", state.secret().saltBase64());
            p.setProperty("hash", state.secret().hashBase64());
        }
        p.setProperty("idleMinutes", String.valueOf(state.idleMinutes()));
        p.setProperty("failedTries", String.valueOf(state.failedTries()));
        if (state.lastFailure() != null) {
            p.setProperty("lastFailure", state.lastFailure().toString());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.ownerOnly(file).write(bytes -> {
            Writer out = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            p.store(out, "Coach Desk app lock: a PBKDF2 hash of the PIN or passphrase, never the secret");
            out.flush();
        });
    }

    /** Removes the lock ("forget this device" from the lock screen). */
    public synchronized void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
