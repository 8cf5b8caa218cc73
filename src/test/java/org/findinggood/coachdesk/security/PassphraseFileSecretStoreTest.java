package org.findinggood.coachdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseFileSecretStoreTest {

    /** Fewer PBKDF2 rounds than the real default keep the suite quick; the format is the same. */
    static final int TEST_ITERATIONS = 20_000;
    static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    static final String REFRESH_TOKEN = "v1.MRjRkZWUzZTAtNWQ0OC00ZDhlLWE3ZjktZmYzZjA0NjBhYjE1";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("coach-desk").resolve("secrets.enc");
    }

    @Test
    void secretsSurviveAReopenWithTheSamePassphrase() {
        PassphraseFileSecretStore store = PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS);
        store.put("session:a", REFRESH_TOKEN);
        store.put("cache-key:a", "00ff");
        store.put("session:a", REFRESH_TOKEN + "-next");

        PassphraseFileSecretStore reopened = PassphraseFileSecretStore.unlock(file(), PASSPHRASE);
        assertThat(reopened.get("session:a")).contains(REFRESH_TOKEN + "-next");
        assertThat(reopened.get("cache-key:a")).contains("00ff");
        assertThat(reopened.get("missing")).isEmpty();

        reopened.delete("session:a");
        reopened.delete("never-there");
        assertThat(store.get("session:a")).as("the first instance reads the file again").isEmpty();
        assertThat(store.get("cache-key:a")).contains("00ff");
        assertThat(reopened.kind()).isEqualTo(SecretStoreKind.PASSPHRASE_FILE);
    }

    @Test
    void theFileHoldsNoSecretInPlainTextOrBase64() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS).put("session:a", REFRESH_TOKEN);
        String content = Files.readString(file(), StandardCharsets.ISO_8859_1);
        assertThat(content).doesNotContain(REFRESH_TOKEN).doesNotContain("session:a")
                .doesNotContain(Base64.getEncoder().encodeToString(REFRESH_TOKEN.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(new String(PASSPHRASE));
    }

    @Test
    void aWrongPassphraseIsATypedErrorAndChangesNothing() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS).put("session:a", REFRESH_TOKEN);
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), "correct horse battery!".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("passphrase does not open");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        assertThat(PassphraseFileSecretStore.unlock(file(), PASSPHRASE).get("session:a")).contains(REFRESH_TOKEN);
    }

    @Test
    void theFileAndItsNewFolderAreOwnerOnly() throws Exception {
        PassphraseFileSecretStore store = PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS);
        store.put("x", "y");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
        try (var left = Files.list(file().getParent())) {
            assertThat(left).as("no temporary files left behind").containsExactly(file());
        }
    }

    @Test
    void aFileMadeReadableToOthersIsMadeOwnerOnlyAgainOnRead() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
        PassphraseFileSecretStore.unlock(file(), PASSPHRASE).get("x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void anAlteredCiphertextIsDetected() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS).put("session:a", REFRESH_TOKEN);
        alter(node -> node.put("ciphertext", flipLastBit(node.get("ciphertext").asText())));
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(SecretsFileDamagedException.class)
                .hasMessageContaining("damaged or was changed");
    }

    @Test
    void anAlteredNonceIsDetected() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS).put("session:a", REFRESH_TOKEN);
        alter(node -> node.put("nonce", flipLastBit(node.get("nonce").asText())));
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(SecretsFileDamagedException.class);
    }

    @Test
    void aFileChangedAfterUnlockIsDetectedAtTheNextRead() throws Exception {
        PassphraseFileSecretStore store = PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS);
        store.put("session:a", REFRESH_TOKEN);
        alter(node -> node.put("ciphertext", flipLastBit(node.get("ciphertext").asText())));
        assertThatThrownBy(() -> store.get("session:a")).isInstanceOf(SecretsFileDamagedException.class);
    }

    @Test
    void anAlteredHeaderNeverYieldsSecrets() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS).put("session:a", REFRESH_TOKEN);
        alter(node -> node.put("salt", flipLastBit(node.get("salt").asText())));
        // a different salt derives different keys: indistinguishable from a wrong passphrase
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(SecretStoreException.class);
        alter(node -> node.put("iterations", 10));
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(SecretsFileDamagedException.class);
    }

    @Test
    void truncatedOrForeignFilesAreReportedAsDamaged() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS).put("session:a", REFRESH_TOKEN);
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(SecretsFileDamagedException.class);
        Files.writeString(file(), "{\"format\":\"something-else\",\"version\":1}");
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(SecretsFileDamagedException.class);
    }

    @Test
    void changingThePassphraseKeepsTheSecretsAndRetiresTheOldOne() {
        PassphraseFileSecretStore store = PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS);
        store.put("session:a", REFRESH_TOKEN);
        char[] next = "a much longer passphrase".toCharArray();
        PassphraseFileSecretStore changed = store.changePassphrase(next);
        assertThat(changed.get("session:a")).contains(REFRESH_TOKEN);
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> store.get("session:a"))
                .as("an instance still holding the old key notices").isInstanceOf(WrongPassphraseException.class);
        assertThat(PassphraseFileSecretStore.unlock(file(), next).get("session:a")).contains(REFRESH_TOKEN);
    }

    @Test
    void createRefusesAShortPassphraseAndAnExistingFile() {
        assertThatThrownBy(() -> PassphraseFileSecretStore.create(file(), "short".toCharArray(), TEST_ITERATIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 8 characters");
        PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS).put("session:a", REFRESH_TOKEN);
        assertThatThrownBy(() -> PassphraseFileSecretStore.create(file(), PASSPHRASE, TEST_ITERATIONS))
                .isInstanceOf(SecretStoreException.class).hasMessageContaining("already exists");
        assertThat(PassphraseFileSecretStore.unlock(file(), PASSPHRASE).get("session:a")).contains(REFRESH_TOKEN);
    }

    @Test
    void unlockingAMissingFileSaysToSetAPassphrase() {
        assertThat(PassphraseFileSecretStore.exists(file())).isFalse();
        assertThatThrownBy(() -> PassphraseFileSecretStore.unlock(file(), PASSPHRASE))
                .isInstanceOf(SecretStoreException.class).hasMessageContaining("set a passphrase");
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearErrorAndWritesNothing() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        assertThatThrownBy(() -> PassphraseFileSecretStore.create(blocker.resolve("secrets.enc"), PASSPHRASE, TEST_ITERATIONS))
                .isInstanceOf(SecretStoreException.class).hasMessageContaining("Could not save");
        assertThat(Files.readString(blocker)).isEqualTo("a file where the folder should be");
    }

    @Test
    void newFilesUseTheRecommendedIterationCount() throws Exception {
        PassphraseFileSecretStore.create(file(), PASSPHRASE);
        assertThat(new ObjectMapper().readTree(file().toFile()).get("iterations").asInt()).isEqualTo(600_000);
        assertThat(new ObjectMapper().readTree(file().toFile()).get("kdf").asText()).isEqualTo("PBKDF2WithHmacSHA256");
    }

    private void alter(Consumer<ObjectNode> change) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode node = (ObjectNode) json.readTree(file().toFile());
        change.accept(node);
        json.writeValue(file().toFile(), node);
    }

    private static String flipLastBit(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        bytes[bytes.length - 1] ^= 1;
        return Base64.getEncoder().encodeToString(bytes);
    }
}
