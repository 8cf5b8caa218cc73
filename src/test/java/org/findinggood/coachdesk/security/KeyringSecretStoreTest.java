package org.findinggood.coachdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Runs against the machine's real keyring. Where none is reachable (a headless Linux without a
 * Secret Service on D-Bus, as on CI) the round-trip test is skipped by assumption, with the probe's
 * reason; the probe itself is always tested.
 */
class KeyringSecretStoreTest {

    private static final String SERVICE = "Coach Desk tests (org.findinggood.coachdesk)";

    @Test
    void theProbeNeverThrowsAndExplainsAMissingKeyring() {
        KeyringSecretStore.ProbeResult probe = KeyringSecretStore.probe(SERVICE);
        if (probe.store().isEmpty()) {
            assertThat(probe.reason()).isNotBlank();
        } else {
            assertThat(probe.store().get().kind()).isEqualTo(SecretStoreKind.OS_KEYRING);
        }
    }

    @Test
    void secretsRoundTripThroughTheOsKeyring() {
        KeyringSecretStore.ProbeResult probe = KeyringSecretStore.probe(SERVICE);
        assumeTrue(probe.store().isPresent(), () -> "skipped: no OS keyring reachable here: " + probe.reason());
        KeyringSecretStore keyring = probe.store().get();
        String name = "test-" + UUID.randomUUID();
        try {
            keyring.put(name, "first");
            keyring.put(name, "second");
            assertThat(keyring.get(name)).contains("second");
            keyring.delete(name);
            assertThat(keyring.get(name)).isEmpty();
            keyring.delete(name);
        } finally {
            keyring.delete(name);
        }
    }
}
