package org.findinggood.coachdesk.remote;

/**
 * The TLS handshake failed: the certificate presented for the project is not one this computer trusts.
 * Almost always a network that intercepts secure connections (some company, school or hotel networks),
 * not an outage, so "could not be reached" would send the coach looking in the wrong place.
 */
public class UntrustedConnectionException extends UnavailableException {

    public static final String SENTENCE = "The connection to the Supabase project was not trusted (its certificate did "
            + "not check out), as happens on networks that intercept secure connections; use another network, then sync.";

    public UntrustedConnectionException(ServerError error, Throwable cause) {
        super(SENTENCE, error, null, cause);
    }
}
