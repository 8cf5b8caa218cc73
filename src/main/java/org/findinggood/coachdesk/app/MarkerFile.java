package org.findinggood.coachdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start-up benchmark's marker file: one line written whole (a partial file moved into place), so the
 * benchmark polling for it never reads half a line. Write it off the FX thread.
 */
final class MarkerFile {

    private static final Logger LOG = LoggerFactory.getLogger(MarkerFile.class);

    private final Path file;

    MarkerFile(Path file) {
        this.file = file;
    }

    /** The marker file a benchmark named in this system property; none when it is not set. */
    static java.util.Optional<MarkerFile> fromSystemProperty(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new MarkerFile(Path.of(value)));
    }

    /** {@code <epoch millis> <count>}: when the marked frame was laid out, and how many rows it showed. */
    void write(long at, int count) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, at + " " + count + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write the benchmark marker {}", file, e);
        }
    }
}
