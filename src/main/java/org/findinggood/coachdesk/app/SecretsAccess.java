package org.findinggood.coachdesk.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.findinggood.coachdesk.security.SecretStore;
import org.findinggood.coachdesk.security.SecretStoreChoice;
import org.findinggood.coachdesk.security.SecretStoreDetector;
import org.findinggood.coachdesk.security.WrongPassphraseException;
import org.findinggood.coachdesk.ui.common.Tasks;
import org.findinggood.coachdesk.ui.signin.PassphraseDialog;

/**
 * Gets the secret store (tokens, cache keys) once per run: the system keyring when there is one,
 * else the passphrase file, asking the coach for the passphrase on the FX thread. The keyring probe
 * and the key derivation run off the FX thread.
 */
final class SecretsAccess {

    private final SecretStoreDetector detector;
    private final Tasks tasks;
    private final Window owner;
    private SecretStore store;

    SecretsAccess(Path fallbackFile, Tasks tasks, Window owner) {
        this(new SecretStoreDetector(fallbackFile), tasks, owner);
    }

    /** With a chosen detector: tests use one whose keyring probe reports none, so they never touch the user's keyring. */
    SecretsAccess(SecretStoreDetector detector, Tasks tasks, Window owner) {
        this.detector = detector;
        this.tasks = tasks;
        this.owner = owner;
    }

    /** Calls {@code then} with the store (on the FX thread), or {@code failed} (also when cancelled). */
    void withSecrets(Consumer<SecretStore> then, Consumer<Throwable> failed) {
        if (store != null) {
            then.accept(store);
            return;
        }
        tasks.run(detector::detect).onSuccess(choice -> {
            if (choice instanceof SecretStoreChoice.OsKeyring keyring) {
                store = keyring.store();
                then.accept(store);
            } else {
                askPassphrase((SecretStoreChoice.PassphraseFile) choice, null, then, failed);
            }
        }).onFailure(failed);
    }

    private void askPassphrase(SecretStoreChoice.PassphraseFile file, String previousError, Consumer<SecretStore> then,
                               Consumer<Throwable> failed) {
        PassphraseDialog dialog = new PassphraseDialog(owner, !file.passphraseSet(), file.whyNoKeyring(), previousError);
        dialog.setOnHidden(e -> {
            char[] passphrase = dialog.getResult();
            if (passphrase == null) {
                failed.accept(new IllegalStateException("Coach Desk needs the passphrase to open a signed-in workspace."));
                return;
            }
            tasks.run(() -> {
                try {
                    return file.open(passphrase);
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
            }).onSuccess(opened -> {
                store = opened;
                then.accept(store);
            }).onFailure(error -> {
                if (error instanceof WrongPassphraseException) {
                    askPassphrase(file, "That passphrase does not open the secrets file; try again.", then, failed);
                } else {
                    failed.accept(error);
                }
            });
        });
        dialog.show();
    }

    /** Forgets the unlocked store (e.g. after the passphrase file was replaced). */
    void lock() {
        store = null;
    }
}
