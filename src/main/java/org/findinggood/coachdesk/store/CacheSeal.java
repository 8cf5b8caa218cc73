package org.findinggood.coachdesk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proof that a cache file was closed cleanly and has not been written since, so the next open can
 * skip {@code PRAGMA quick_check}, which reads (and decrypts) every page: about a second for a
 * 50 MB cache on every start.
 *
 * <p>The seal ({@code <cache>.sealed}) is written after the cache's last connection closed and
 * SQLite checkpointed and removed its WAL; it records the file's size, modification and change
 * times and inode. Opening removes it first, so a session that crashes leaves no seal and the next
 * open checks every page. Any later write to the file (another program, a restored backup, a
 * half-finished copy) changes its change time, which no program can set back, so the seal no
 * longer matches and the full check runs. What a seal cannot see is the disk itself flipping bits;
 * SQLCipher authenticates every page, so such a page fails loudly when it is read.
 */
public final class CacheSeal {

    private static final Logger LOG = LoggerFactory.getLogger(CacheSeal.class);

    private CacheSeal() {
    }

    /**
     * Seals {@code cacheFile} after its {@link CacheDatabase} was closed. Seals nothing (and says
     * so) when a WAL file remains: another connection still has it open, or the close failed.
     */
    public static boolean afterClose(Path cacheFile) {
        Path file = cacheFile.toAbsolutePath();
        Path seal = sealFile(file);
        try {
            if (Files.exists(wal(file)) || !Files.exists(file)) {
                Files.deleteIfExists(seal);
                return false;
            }
            Path tmp = seal.resolveSibling(seal.getFileName() + ".tmp");
            Files.writeString(tmp, stamp(file) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, seal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, seal, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            // Without a seal the next start runs the full check: slower, never wrong.
            LOG.debug("Could not seal the closed cache {}", file.getFileName(), e);
            return false;
        }
    }

    /**
     * Whether {@code file} is exactly as it was sealed at its last clean close. Removes the seal
     * in any case: from now on the file is open and may change.
     */
    static boolean breakSeal(Path file) throws IOException {
        Path seal = sealFile(file);
        String recorded;
        try {
            recorded = Files.readString(seal, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return false;
        }
        Files.delete(seal);
        try {
            return !Files.exists(wal(file)) && recorded.equals(stamp(file));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Removes a seal that no longer applies (the file was moved aside or replaced). */
    static void remove(Path file) throws IOException {
        Files.deleteIfExists(sealFile(file));
    }

    static Path sealFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".sealed");
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return "size=" + basic.size() + " modified=" + basic.lastModifiedTime().toInstant()
                + " changed=" + changeTime(file) + " inode=" + basic.fileKey();
    }

    /** The inode change time where the platform has one (Linux, macOS); elsewhere size and mtime must do. */
    private static Object changeTime(Path file) {
        try {
            return Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return "n/a";
        }
    }
}
