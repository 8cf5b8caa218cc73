package org.findinggood.coachdesk.security;

import java.nio.file.Path;

/**
 * What {@link SecretStoreDetector} found: the OS keyring, ready to use, or the passphrase file,
 * which needs the coach's passphrase first (a new one when {@link PassphraseFile#passphraseSet()} is false).
 */
public sealed interface SecretStoreChoice {

    SecretStoreKind kind();

    /** One or two sentences for the settings screen. */
    String settingsText();

    record OsKeyring(KeyringSecretStore store) implements SecretStoreChoice {

        @Override
        public SecretStoreKind kind() {
            return SecretStoreKind.OS_KEYRING;
        }

        @Override
        public String settingsText() {
            return kind().description() + " (" + store.backendName() + ")";
        }
    }

    record PassphraseFile(Path file, boolean passphraseSet, String whyNoKeyring) implements SecretStoreChoice {

        @Override
        public SecretStoreKind kind() {
            return SecretStoreKind.PASSPHRASE_FILE;
        }

        @Override
        public String settingsText() {
            return kind().description() + " Reason: " + whyNoKeyring + ".";
        }

        /** Sets the first passphrase (new file) or unlocks the existing file with it. */
        public PassphraseFileSecretStore open(char[] passphrase) {
            return passphraseSet
                    ? PassphraseFileSecretStore.unlock(file, passphrase)
                    : PassphraseFileSecretStore.create(file, passphrase);
        }
    }
}
