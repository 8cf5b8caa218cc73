package org.findinggood.coachdesk.remote;

/** Supplies the bearer token for PostgREST requests and a fresh one after a 401. */
public interface AccessTokens {

    /** A token to send now (refreshed first when it is about to expire). */
    String accessToken();

    /**
     * Called once when the server refused {@code rejected} with 401. Returns a token to retry with,
     * or throws {@link AuthExpiredException}/{@link SignedOutException}/{@link UnavailableException}.
     */
    String refreshAfterRejection(String rejected);

    /** Requests as the anonymous role (the anon key is the bearer token). */
    static AccessTokens anonymous(SupabaseProject project) {
        return new AccessTokens() {
            @Override
            public String accessToken() {
                return project.anonKey();
            }

            @Override
            public String refreshAfterRejection(String rejected) {
                throw new AuthExpiredException("The server refused the project's anon key; check it in the settings.",
                        ServerError.of(401, null));
            }
        };
    }
}
