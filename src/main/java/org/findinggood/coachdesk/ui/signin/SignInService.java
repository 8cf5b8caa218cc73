package org.findinggood.coachdesk.ui.signin;

import java.net.URI;

/**
 * Signs a coach in to a Supabase project and opens their workspace. The app implements it with the
 * remote auth client and the store; the sign-in screen only sees this, so the UI never talks HTTP.
 * Called off the FX thread.
 */
@FunctionalInterface
public interface SignInService {

    /** Succeeds with the coach's e-mail as the server knows it, or throws with one sentence to show. */
    SignedIn signIn(URI projectUrl, String anonKey, String email, char[] password) throws SignInException;

    /**
     * The signed-in coach and the project, enough to open the workspace again next time. {@code codeFactors} names
     * the coach's authenticators when the account asks for a 6-digit code before the sign-in is complete (the
     * session so far stays in memory until {@link SecondFactorService#verify} succeeds); empty when it is complete.
     */
    record SignedIn(URI projectUrl, String coachEmail, java.util.List<String> codeFactors) {

        public SignedIn {
            codeFactors = java.util.List.copyOf(codeFactors);
        }

        public SignedIn(URI projectUrl, String coachEmail) {
            this(projectUrl, coachEmail, java.util.List.of());
        }

        /** True when the coach still has to type a code from an authenticator app. */
        public boolean needsCode() {
            return !codeFactors.isEmpty();
        }
    }
}
