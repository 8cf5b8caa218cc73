package org.findinggood.coachdesk.security;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the OS keyring through java-keyring: Secret Service (GNOME Keyring, KWallet) on Linux,
 * Keychain on macOS, Credential Manager on Windows. Each secret is one entry of {@code service},
 * its name the account. Obtain one with {@link #probe(String)}, which proves the keyring answers.
 */
public final class KeyringSecretStore implements SecretStore {

    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);

    /** The service name entries are filed under (what the OS keyring app shows). */
    public static final String DEFAULT_SERVICE = "Coach Desk (org.findinggood.coachdesk)";

    private final Keyring keyring;
    private final String service;

    private KeyringSecretStore(Keyring keyring, String service) {
        this.keyring = keyring;
        this.service = service;
    }

    /**
     * The keyring when it works here: creates the backend, then writes, reads back and deletes a
     * throw-away entry (a locked or absent Secret Service fails at that point, not later).
     */
    public static ProbeResult probe(String service) {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            return ProbeResult.unavailable("no supported keyring (" + describe(e) + ")");
        }
        String probeName = "probe-" + UUID.randomUUID();
        String probeValue = UUID.randomUUID().toString();
        try {
            keyring.setPassword(service, probeName, probeValue);
            String back = keyring.getPassword(service, probeName);
            keyring.deletePassword(service, probeName);
            if (!probeValue.equals(back)) {
                return ProbeResult.unavailable("the keyring returned a different value than was stored");
            }
            return ProbeResult.available(new KeyringSecretStore(keyring, service));
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            closeQuietly(keyring);
            return ProbeResult.unavailable("the " + keyring.getKeyringStorageType() + " keyring did not answer ("
                    + describe(e) + ")");
        }
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return Optional.ofNullable(keyring.getPassword(service, name));
        } catch (PasswordAccessException e) {
            // java-keyring reports "no such entry" and "access failed" alike; the probe already
            // showed access works, so treat it as absent (the coach signs in again at worst).
            LOG.debug("No keyring entry {} ({})", name, e.getClass().getSimpleName());
            return Optional.empty();
        } catch (RuntimeException e) {
            throw failure("read", e);
        }
    }

    @Override
    public void put(String name, String value) {
        try {
            keyring.setPassword(service, name, value);
        } catch (PasswordAccessException | RuntimeException e) {
            throw failure("save", e);
        }
    }

    @Override
    public void delete(String name) {
        if (get(name).isEmpty()) {
            return;
        }
        try {
            keyring.deletePassword(service, name);
        } catch (PasswordAccessException | RuntimeException e) {
            throw failure("delete", e);
        }
    }

    @Override
    public SecretStoreKind kind() {
        return SecretStoreKind.OS_KEYRING;
    }

    /** The backend java-keyring picked (e.g. FREEDESKTOP_SECRET_SERVICE_DBUS), for the settings screen. */
    public String backendName() {
        return String.valueOf(keyring.getKeyringStorageType());
    }

    private SecretStoreException failure(String what, Exception e) {
        return new SecretStoreException("Could not " + what + " a Coach Desk entry in the system keyring ("
                + describe(e) + "). Unlock the keyring and try again.", e);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void closeQuietly(Keyring keyring) {
        try {
            keyring.close();
        } catch (Exception e) {
            LOG.debug("Closing the keyring failed: {}", e.toString());
        }
    }

    /** The outcome of {@link #probe}: the store, or why the keyring cannot be used. */
    public record ProbeResult(Optional<KeyringSecretStore> store, String reason) {

        static ProbeResult available(KeyringSecretStore store) {
            return new ProbeResult(Optional.of(store), "");
        }

        static ProbeResult unavailable(String reason) {
            return new ProbeResult(Optional.empty(), reason);
        }
    }
}
