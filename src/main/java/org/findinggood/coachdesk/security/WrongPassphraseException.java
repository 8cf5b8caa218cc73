package org.findinggood.coachdesk.security;

/** The passphrase does not open the secrets file. Nothing was changed; ask again. */
public final class WrongPassphraseException extends SecretStoreException {

    private static final long serialVersionUID = 1L;

    public WrongPassphraseException() {
        super("That passphrase does not open Coach Desk's secrets file. Try again; if it is lost, "
                + "forget this device's secrets and sign in again.");
    }
}
