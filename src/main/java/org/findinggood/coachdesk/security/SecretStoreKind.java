package org.findinggood.coachdesk.security;

/** Where secrets are kept, with the sentence the settings screen shows. */
public enum SecretStoreKind {
    OS_KEYRING("Sign-in and cache keys are kept in the system keyring."),
    PASSPHRASE_FILE("No system keyring was found, so sign-in and cache keys are kept in a file encrypted "
            + "with your passphrase.");

    private final String description;

    SecretStoreKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
