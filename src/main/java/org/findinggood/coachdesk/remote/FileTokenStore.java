package org.findinggood.coachdesk.remote;

import org.findinggood.coachdesk.files.AtomicFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session as a JSON file readable by its owner alone ({@code rw-------}); written to a temporary
 * file in the same folder and moved over the old one, so a crash never leaves half a session.
 * An unreadable file counts as "signed out" (the coach signs in again); it is never echoed to the log.
 */
public final class FileTokenStore implements TokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileTokenStore.class);

    private final Path file;
    private final ObjectMapper json = RemoteJson.newMapper();

    public FileTokenStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<AuthSession> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), AuthSession.class));
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("The saved session in {} could not be read ({}); the coach has to sign in again.", file,
                    unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(AuthSession session) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.ownerOnly(file).write(json.writeValueAsBytes(session));
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not save the session to " + file + ": " + failure.getMessage(), failure);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not delete the saved session " + file + ": " + failure.getMessage(), failure);
        }
    }
}
