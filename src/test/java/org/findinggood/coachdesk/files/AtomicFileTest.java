package org.findinggood.coachdesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file replaced whole or not at all, on a real file system. */
class AtomicFileTest {

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        AtomicFile.at(file).write("first".getBytes(StandardCharsets.UTF_8));
        AtomicFile.at(file).write(out -> {
            out.write("second".getBytes(StandardCharsets.UTF_8));
            out.close(); // a JSON writer closes what it writes to: the file is still completed
        });
        assertThat(Files.readString(file)).isEqualTo("second");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("settings.json");
        }
    }

    @Test
    void aFailedWriteKeepsThePreviousFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app-lock.properties");
        AtomicFile.at(file).write("kept".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AtomicFile.at(file).forcedToDisk().write(out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aSecretsFileIsTheOwnersOnly(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("session.json");
        AtomicFile.ownerOnly(file).forcedToDisk().write("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> AtomicFile.at(dir.resolve("missing/sheet.pdf")).write(new byte[] {1}))
                .isInstanceOf(IOException.class);
    }
}
