package org.findinggood.coachdesk.security;

import java.nio.file.Path;

/**
 * The secrets file is not what Coach Desk wrote: cut short, altered, or not a secrets file at all.
 * The passphrase itself was right (or could not be checked). Nothing in it can be trusted.
 */
public final class SecretsFileDamagedException extends SecretStoreException {

    private static final long serialVersionUID = 1L;

    public SecretsFileDamagedException(Path file, String what, Throwable cause) {
        super("Coach Desk's secrets file " + file + " is damaged or was changed outside the app (" + what
                + "). Forget this device's secrets and sign in again; the server still has your data.", cause);
    }
}
