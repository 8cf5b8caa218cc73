package org.findinggood.coachdesk.files;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file replaced whole or not at all: the content is written to a temporary file beside it, then
 * moved over it atomically (a plain replace where the file system cannot move atomically). A crash
 * or a full disk leaves the previous file as it was, and no half-written one. Optionally readable by
 * its owner only (on POSIX file systems, from the moment the temporary file exists) and forced to the
 * disk before the move.
 */
public final class AtomicFile {

    /** What goes in the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;
    private final boolean ownerOnly;
    private final boolean forced;

    private AtomicFile(Path file, boolean ownerOnly, boolean forced) {
        this.file = file.toAbsolutePath();
        this.ownerOnly = ownerOnly;
        this.forced = forced;
    }

    public static AtomicFile at(Path file) {
        return new AtomicFile(file, false, false);
    }

    /** A file of secrets: owner-only permissions. */
    public static AtomicFile ownerOnly(Path file) {
        return new AtomicFile(file, true, false);
    }

    /** The same file, written through to the disk before it replaces the old one. */
    public AtomicFile forcedToDisk() {
        return new AtomicFile(file, ownerOnly, true);
    }

    public Path path() {
        return file;
    }

    /** Replaces the file with {@code content}; its folder must exist. The temporary file never stays behind. */
    public void write(Content content) throws IOException {
        Path folder = file.getParent();
        String prefix = "." + file.getFileName();
        Path temp = ownerOnly && POSIX
                ? Files.createTempFile(folder, prefix, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, prefix, ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                // the content may close what it writes to (a JSON writer does); the channel stays open for force()
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        this.out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                if (forced) {
                    channel.force(true);
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Replaces the file with these bytes. */
    public void write(byte[] content) throws IOException {
        write(out -> out.write(content));
    }
}
