package org.findinggood.coachdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.findinggood.coachdesk.security.CacheKeyVault;
import org.findinggood.coachdesk.security.KeyringSecretStore;
import org.findinggood.coachdesk.security.PassphraseFileSecretStore;
import org.findinggood.coachdesk.security.SecretStore;
import org.findinggood.coachdesk.security.SecretStoreChoice;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.security.SecretStoreException;
import org.findinggood.coachdesk.security.WrongPassphraseException;
import org.findinggood.coachdesk.store.CacheKey;

/**
 * The cache key for {@link HeadlessSync}, from the same place the app keeps it: the system keyring,
 * or the passphrase-encrypted secrets file (passphrase from an environment variable). A workspace
 * without a cache file yet gets a new key there, so the app later opens what was synced.
 */
final class HeadlessCacheKey {

    /** No key could be had; the message says what to set. */
    static final class Unavailable extends Exception {
        private final boolean cacheProblem;

        Unavailable(String message, boolean cacheProblem) {
            super(message);
            this.cacheProblem = cacheProblem;
        }

        /** True when the cache cannot be opened (as opposed to missing settings). */
        boolean cacheProblem() {
            return cacheProblem;
        }
    }

    private final Path secretsFile;
    private final boolean noKeyring;
    private final String passphrase;
    private final String passphraseEnv;
    private final String cacheKeyEnv;

    HeadlessCacheKey(Path secretsFile, boolean noKeyring, String passphrase, String passphraseEnv, String cacheKeyEnv) {
        this.secretsFile = secretsFile;
        this.noKeyring = noKeyring;
        this.passphrase = passphrase;
        this.passphraseEnv = passphraseEnv;
        this.cacheKeyEnv = cacheKeyEnv;
    }

    CacheKey forWorkspace(String workspace, Path cacheFile) throws Unavailable {
        SecretStore secrets = secrets();
        try {
            CacheKeyVault vault = new CacheKeyVault(secrets);
            Optional<String> stored = vault.existingHexKey(workspace);
            if (stored.isPresent()) {
                return CacheKey.fromHex(stored.get());
            }
            if (Files.exists(cacheFile)) {
                // a new key would not open it, and the app would then rebuild it, dropping unsent edits
                throw new Unavailable("The cache " + cacheFile + " exists but its key is not in the "
                        + where(secrets) + "; open Coach Desk on this computer and sign in, or set " + cacheKeyEnv + ".", true);
            }
            return CacheKey.fromHex(vault.hexKeyFor(workspace));
        } catch (SecretStoreException e) {
            throw new Unavailable(e.getMessage(), true);
        }
    }

    private SecretStore secrets() throws Unavailable {
        SecretStoreChoice choice = noKeyring
                ? new SecretStoreDetector(() -> new KeyringSecretStore.ProbeResult(Optional.empty(), "--no-keyring was given"),
                        secretsFile).detect()
                : new SecretStoreDetector(secretsFile).detect();
        if (choice instanceof SecretStoreChoice.OsKeyring keyring) {
            return keyring.store();
        }
        SecretStoreChoice.PassphraseFile file = (SecretStoreChoice.PassphraseFile) choice;
        if (!file.passphraseSet()) {
            throw new Unavailable("No system keyring answers here (" + file.whyNoKeyring() + ") and there is no Coach Desk "
                    + "secrets file at " + file.file() + ": open Coach Desk once and sign in, or set " + cacheKeyEnv + ".", false);
        }
        if (passphrase == null || passphrase.isEmpty()) {
            throw new Unavailable("No system keyring answers here (" + file.whyNoKeyring() + "): set " + passphraseEnv
                    + " to the passphrase you chose in Coach Desk, or set " + cacheKeyEnv + ".", false);
        }
        char[] chars = passphrase.toCharArray();
        try {
            return file.open(chars);
        } catch (WrongPassphraseException e) {
            throw new Unavailable(passphraseEnv + " does not open the secrets file " + file.file()
                    + "; set it to the passphrase you chose in Coach Desk.", false);
        } catch (SecretStoreException e) {
            throw new Unavailable(e.getMessage(), true);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static String where(SecretStore secrets) {
        return secrets instanceof PassphraseFileSecretStore ? "secrets file" : "system keyring";
    }
}
