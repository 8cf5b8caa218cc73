package org.findinggood.coachdesk.security;

/** A secret could not be read or written; the message says what happened and what to do. */
public class SecretStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public SecretStoreException(String message) {
        super(message);
    }
}
