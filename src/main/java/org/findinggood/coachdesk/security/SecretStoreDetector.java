package org.findinggood.coachdesk.security;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where secrets live on this machine: the OS keyring when it answers, else the
 * passphrase-encrypted file (never a plain-text file). Run it off the FX thread: a keyring probe
 * talks to D-Bus / Keychain and may prompt.
 */
public final class SecretStoreDetector {

    private static final Logger LOG = LoggerFactory.getLogger(SecretStoreDetector.class);

    private final Supplier<KeyringSecretStore.ProbeResult> keyringProbe;
    private final Path fallbackFile;

    /** The real keyring, with {@code fallbackFile} (e.g. {@code <config>/secrets.enc}) as the fallback. */
    public SecretStoreDetector(Path fallbackFile) {
        this(() -> KeyringSecretStore.probe(KeyringSecretStore.DEFAULT_SERVICE), fallbackFile);
    }

    /** With a chosen probe: tests use one that reports the keyring missing. */
    public SecretStoreDetector(Supplier<KeyringSecretStore.ProbeResult> keyringProbe, Path fallbackFile) {
        this.keyringProbe = Objects.requireNonNull(keyringProbe);
        this.fallbackFile = fallbackFile.toAbsolutePath();
    }

    public SecretStoreChoice detect() {
        KeyringSecretStore.ProbeResult probe = keyringProbe.get();
        if (probe.store().isPresent()) {
            LOG.info("Secrets go to the system keyring ({})", probe.store().get().backendName());
            return new SecretStoreChoice.OsKeyring(probe.store().get());
        }
        LOG.info("No usable system keyring ({}); secrets go to the passphrase-encrypted file {}", probe.reason(),
                fallbackFile);
        return new SecretStoreChoice.PassphraseFile(fallbackFile, PassphraseFileSecretStore.exists(fallbackFile),
                probe.reason());
    }
}
