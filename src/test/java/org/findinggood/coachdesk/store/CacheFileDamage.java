package org.findinggood.coachdesk.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Damage as a failing disk leaves it: random bytes over the end of a cache file, its size unchanged. */
final class CacheFileDamage {

    private CacheFileDamage() {
    }

    /** Overwrites the last third of {@code file} with seeded random bytes (the early pages, e.g. the outbox, stay). */
    static void overwriteLastThird(Path file) throws IOException {
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[(int) (size / 3)];
            new Random(11).nextBytes(garbage);
            raf.seek(size - garbage.length);
            raf.write(garbage);
        }
    }
}
