package org.findinggood.coachdesk.security;

import java.util.Optional;

/**
 * Small named secrets (a refresh token, a cache key) kept outside the app's plain files: in the OS
 * keyring ({@link KeyringSecretStore}) or, where there is none, in a passphrase-encrypted file
 * ({@link PassphraseFileSecretStore}). Each {@link #put} replaces one value atomically.
 * Failures are {@link SecretStoreException}s whose message is a sentence for the user.
 */
public interface SecretStore {

    Optional<String> get(String name);

    void put(String name, String value);

    /** Removes the secret; nothing happens when there is none. */
    void delete(String name);

    /** Where the secrets live, for the settings screen. */
    SecretStoreKind kind();
}
