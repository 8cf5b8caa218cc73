package org.findinggood.coachdesk.remote;

/**
 * A web page answered instead of the Supabase API: a captive portal (hotel, train, café Wi-Fi) redirecting
 * to its login page, or HTTP 511. Supabase's APIs never answer a request with HTML on success.
 */
public class NetworkLoginPageException extends UnavailableException {

    public static final String SENTENCE = "A network login page answered; sign in to the network, then sync.";

    public NetworkLoginPageException(ServerError error) {
        super(SENTENCE, error);
    }
}
