package org.findinggood.coachdesk.ui.twofactor;

import java.util.List;

/**
 * The signed-in coach's authenticator apps on the project (GoTrue TOTP factors). The app implements it with the
 * remote MFA client and the workspace's session; every call runs off the FX thread and throws
 * {@link TwoFactorException} with one sentence.
 */
public interface TwoFactorService {

    /** One authenticator on the account. */
    record Authenticator(String id, String name, boolean verified) {
    }

    /**
     * A new authenticator waiting for its first code: {@code uri} is what the app scans (the QR code), {@code secret}
     * the same key to type. {@link #toString()} shows neither.
     */
    record Enrolment(String id, String name, String secret, String uri) {
        @Override
        public String toString() {
            return "Enrolment[id=" + id + ", name=" + name + ", secret=<redacted>]";
        }
    }

    List<Authenticator> authenticators() throws TwoFactorException;

    Enrolment enrol(String name) throws TwoFactorException;

    /** Checks the first code of an enrolment; the session becomes two-factor ({@code aal2}) and is kept. */
    void confirm(String id, String code) throws TwoFactorException;

    void remove(String id) throws TwoFactorException;
}
