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

    /** The signed-in coach and the project, enough to open the workspace again next time. */
    record SignedIn(URI projectUrl, String coachEmail) {
    }
}
