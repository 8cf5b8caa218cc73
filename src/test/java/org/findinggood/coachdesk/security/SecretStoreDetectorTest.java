package org.findinggood.coachdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreDetectorTest {

    @TempDir
    Path dir;

    @Test
    void withoutAKeyringItFallsBackToThePassphraseFileAndSaysWhy() {
        // The probe result is given, not mocked: it is the value KeyringSecretStore.probe returns
        // on a machine without Secret Service (see KeyringSecretStoreTest for the real probe).
        Path file = dir.resolve("secrets.enc");
        SecretStoreDetector detector = new SecretStoreDetector(
                () -> new KeyringSecretStore.ProbeResult(Optional.empty(), "no D-Bus session"), file);

        SecretStoreChoice first = detector.detect();
        assertThat(first).isInstanceOfSatisfying(SecretStoreChoice.PassphraseFile.class, choice -> {
            assertThat(choice.passphraseSet()).isFalse();
            assertThat(choice.kind()).isEqualTo(SecretStoreKind.PASSPHRASE_FILE);
            assertThat(choice.settingsText()).contains("encrypted with your passphrase").contains("no D-Bus session");
        });
        ((SecretStoreChoice.PassphraseFile) first).open("first passphrase".toCharArray()).put("k", "v");

        SecretStoreChoice.PassphraseFile second = (SecretStoreChoice.PassphraseFile) detector.detect();
        assertThat(second.passphraseSet()).as("the next start asks for the passphrase, not a new one").isTrue();
        assertThatThrownBy(() -> second.open("another passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(second.open("first passphrase".toCharArray()).get("k")).contains("v");
    }
}
