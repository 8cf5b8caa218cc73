package org.findinggood.coachdesk.security;

import org.findinggood.coachdesk.files.AtomicFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback where no OS keyring is reachable: all secrets in one file, AES-256-GCM encrypted with
 * a key derived from a passphrase the coach sets (see {@link SecretsFileCrypto}). The file is
 * readable by its owner alone and replaced atomically on every write (temporary file, fsync, move),
 * so a crash leaves the old or the new file, never half of one. Every read goes back to the file, so
 * two running instances see each other's writes. A wrong passphrase is a
 * {@link WrongPassphraseException}; an altered file a {@link SecretsFileDamagedException}.
 */
public final class PassphraseFileSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(PassphraseFileSecretStore.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int MIN_PASSPHRASE_LENGTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> SECRETS = new TypeReference<>() { };

    private final Path file;
    private final SecretsFileCrypto crypto;

    private PassphraseFileSecretStore(Path file, SecretsFileCrypto crypto) {
        this.file = file;
        this.crypto = crypto;
    }

    /** True when a secrets file exists, i.e. the coach has set a passphrase before (ask for it, not a new one). */
    public static boolean exists(Path file) {
        return Files.exists(file);
    }

    /**
     * Creates a new, empty secrets file protected by {@code passphrase} (at least 8 characters).
     * Refuses to overwrite an existing one. The caller may clear {@code passphrase} afterwards.
     */
    public static PassphraseFileSecretStore create(Path file, char[] passphrase) {
        return create(file, passphrase, SecretsFileCrypto.DEFAULT_ITERATIONS);
    }

    /** As {@link #create(Path, char[])} with a chosen PBKDF2 iteration count (tests use fewer). */
    public static PassphraseFileSecretStore create(Path file, char[] passphrase, int iterations) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException(
                    "Choose a passphrase of at least " + MIN_PASSPHRASE_LENGTH + " characters.");
        }
        if (iterations < SecretsFileCrypto.MIN_ITERATIONS) {
            throw new IllegalArgumentException("At least " + SecretsFileCrypto.MIN_ITERATIONS + " PBKDF2 iterations");
        }
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new SecretStoreException("A secrets file already exists at " + absolute
                    + "; unlock it with its passphrase instead of setting a new one.");
        }
        PassphraseFileSecretStore store =
                new PassphraseFileSecretStore(absolute, SecretsFileCrypto.forNewFile(passphrase, iterations));
        store.write(new TreeMap<>());
        return store;
    }

    /** Opens an existing secrets file; the passphrase is checked now, not at the first read. */
    public static PassphraseFileSecretStore unlock(Path file, char[] passphrase) {
        Path absolute = file.toAbsolutePath();
        SecretsFile stored = readFile(absolute)
                .orElseThrow(() -> new SecretStoreException("There is no secrets file at " + absolute
                        + " yet; set a passphrase to create one."));
        if (stored.iterations() < SecretsFileCrypto.MIN_ITERATIONS) {
            throw new SecretsFileDamagedException(absolute, "too few key derivation iterations", null);
        }
        SecretsFileCrypto crypto;
        try {
            crypto = SecretsFileCrypto.derive(passphrase, Base64.getDecoder().decode(stored.salt()), stored.iterations());
            if (!crypto.matchesCheck(Base64.getDecoder().decode(stored.check()))) {
                throw new WrongPassphraseException();
            }
        } catch (IllegalArgumentException badBase64) {
            throw new SecretsFileDamagedException(absolute, "unreadable header", badBase64);
        }
        PassphraseFileSecretStore store = new PassphraseFileSecretStore(absolute, crypto);
        store.decrypt(stored); // a file altered after the check fails here, at unlock
        return store;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(readSecrets().get(requireName(name)));
    }

    @Override
    public synchronized void put(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("A secret cannot be null; delete it instead");
        }
        TreeMap<String, String> secrets = readSecrets();
        secrets.put(requireName(name), value);
        write(secrets);
    }

    @Override
    public synchronized void delete(String name) {
        TreeMap<String, String> secrets = readSecrets();
        if (secrets.remove(requireName(name)) != null) {
            write(secrets);
        }
    }

    /** Re-encrypts every secret under a new passphrase (new salt); the old one stops working. */
    public synchronized PassphraseFileSecretStore changePassphrase(char[] newPassphrase) {
        if (newPassphrase == null || newPassphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException(
                    "Choose a passphrase of at least " + MIN_PASSPHRASE_LENGTH + " characters.");
        }
        TreeMap<String, String> secrets = readSecrets();
        PassphraseFileSecretStore next = new PassphraseFileSecretStore(file,
                SecretsFileCrypto.forNewFile(newPassphrase, crypto.iterations()));
        next.write(secrets);
        return next;
    }

    @Override
    public SecretStoreKind kind() {
        return SecretStoreKind.PASSPHRASE_FILE;
    }

    @Override
    public String toString() {
        return "PassphraseFileSecretStore[" + file + "]";
    }

    private TreeMap<String, String> readSecrets() {
        return readFile(file).map(this::decrypt).orElseGet(TreeMap::new);
    }

    private TreeMap<String, String> decrypt(SecretsFile stored) {
        try {
            if (!crypto.matchesCheck(Base64.getDecoder().decode(stored.check()))) {
                // another instance changed the passphrase since this one unlocked
                throw new WrongPassphraseException();
            }
            return JSON.readValue(crypto.open(stored), SECRETS);
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            throw new SecretsFileDamagedException(file, "authentication tag does not match", e);
        }
    }

    private static Optional<SecretsFile> readFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SecretStoreException("Could not read Coach Desk's secrets file " + file + ": " + e.getMessage(), e);
        }
        tightenPermissions(file);
        SecretsFile stored;
        try {
            stored = JSON.readValue(bytes, SecretsFile.class);
        } catch (IOException e) {
            throw new SecretsFileDamagedException(file, "not a secrets file", e);
        }
        if (!SecretsFileCrypto.FORMAT.equals(stored.format()) || stored.version() != SecretsFileCrypto.VERSION
                || !SecretsFileCrypto.KDF.equals(stored.kdf()) || stored.salt() == null || stored.check() == null
                || stored.nonce() == null || stored.ciphertext() == null) {
            throw new SecretsFileDamagedException(file, "unknown format or missing fields", null);
        }
        return Optional.of(stored);
    }

    /** A file someone made readable to others is put back to owner-only (and said so once). */
    private static void tightenPermissions(Path file) {
        if (!POSIX) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                LOG.warn("The secrets file {} was readable by others; it is owner-only again.", file);
            }
        } catch (IOException e) {
            LOG.warn("Could not check the permissions of the secrets file {}: {}", file, e.getMessage());
        }
    }

    private void write(TreeMap<String, String> secrets) {
        try {
            Path dir = file.getParent();
            if (POSIX && !Files.exists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
            byte[] content = JSON.writeValueAsBytes(crypto.seal(JSON.writeValueAsBytes(secrets)));
            AtomicFile.ownerOnly(file).forcedToDisk().write(content);
        } catch (IOException e) {
            throw new SecretStoreException("Could not save Coach Desk's secrets file " + file + " (" + e.getMessage()
                    + "). Free some disk space or check the folder's permissions, then try again.", e);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A secret needs a name");
        }
        return name;
    }
}
