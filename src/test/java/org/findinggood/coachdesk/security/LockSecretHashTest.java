package org.findinggood.coachdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock's hash: one-way, salted, slow, and only it reaches the disk. */
class LockSecretHashTest {

    @TempDir
    Path config;

    @Test
    void onlyTheSameSecretMatchesAndEachHashHasItsOwnSalt() {
        LockSecretHash first = LockSecretHash.of("4821".toCharArray());
        LockSecretHash second = LockSecretHash.of("4821".toCharArray());
        assertThat(first.iterations()).isEqualTo(600_000);
        assertThat(first.saltBase64()).isNotEqualTo(second.saltBase64());
        assertThat(first.hashBase64()).isNotEqualTo(second.hashBase64());
        assertThat(first.matches("4821".toCharArray())).isTrue();
        assertThat(first.matches("4822".toCharArray())).isFalse();
        assertThat(first.matches("".toCharArray())).isFalse();
    }

    @Test
    void theTypedSecretIsClearedFromMemory() {
        char[] typed = "4821".toCharArray();
        LockSecretHash hash = LockSecretHash.of(typed);
        assertThat(typed).containsOnly('\0');
        char[] again = "4821".toCharArray();
        assertThat(hash.matches(again)).isTrue();
        assertThat(again).containsOnly('\0');
    }

    @Test
    void theFileHoldsTheHashOwnerOnlyAndRefusesACheapCount() throws Exception {
        AppLockFile file = new AppLockFile(config.resolve("app-lock.properties"));
        String secret = "a passphrase nobody should read 7731";
        file.save(AppLockState.none().withSecret(LockSecretHash.of(secret.toCharArray())));
        String stored = Files.readString(file.file());
        assertThat(stored).doesNotContain(secret).doesNotContain("7731").contains("hash=").contains("iterations=600000");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file()))).isEqualTo("rw-------");
        assertThat(file.load().secret().matches(secret.toCharArray())).isTrue();

        assertThatThrownBy(() -> LockSecretHash.stored(1000, "AAAA", "AAAA")).isInstanceOf(IllegalArgumentException.class);
        Files.writeString(file.file(), stored.replace("iterations=600000", "iterations=1"));
        assertThat(file.load().enabled()).as("an edited count is not taken").isFalse();
    }
}
