package org.findinggood.coachdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files that make up one workspace cache on disk: the database, its WAL and shared-memory
 * files, the key check, and copies moved aside after damage. "Forget this device" deletes them all
 * (check {@link CacheDatabase#unsentEdits()} first and warn the coach).
 */
public final class CacheFiles {

    private CacheFiles() {
    }

    /** Every file belonging to the cache at {@code file} that exists now. */
    public static List<Path> of(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        List<Path> found = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> {
                String other = p.getFileName().toString();
                return other.equals(name) || other.startsWith(name + "-") || other.startsWith(name + ".");
            }).sorted().forEach(found::add);
        }
        return found;
    }

    /**
     * Deletes the cache at {@code file} and everything that belongs to it. The cache must be closed.
     * Returns how many files were deleted.
     */
    public static int delete(Path file) {
        try {
            int deleted = 0;
            for (Path path : of(file)) {
                if (Files.deleteIfExists(path)) {
                    deleted++;
                }
            }
            return deleted;
        } catch (IOException e) {
            throw new CacheException("Coach Desk could not delete its local cache; close other Coach Desk windows and try again.",
                    e.getMessage(), e);
        }
    }
}
