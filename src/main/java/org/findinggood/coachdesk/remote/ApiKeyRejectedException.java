package org.findinggood.coachdesk.remote;

/**
 * The Supabase API gateway refused the project key ({@code apikey}) before GoTrue or PostgREST saw the
 * request: 401 {@code {"message":"Invalid API key"}} or "Legacy API keys are disabled", with no
 * PostgREST/GoTrue {@code code}. Says nothing about the coach's session, which stays.
 */
public class ApiKeyRejectedException extends ApiException {

    public static final String SENTENCE = "The project no longer accepts this app key; paste the project's current "
            + "publishable key in Sign in (Settings > API Keys in the Supabase dashboard).";

    public ApiKeyRejectedException(ServerError error) {
        super(SENTENCE, error);
    }
}
