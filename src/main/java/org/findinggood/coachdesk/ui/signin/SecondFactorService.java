package org.findinggood.coachdesk.ui.signin;

/**
 * The second step of a sign-in whose account has an authenticator app: checks a 6-digit code against the
 * authenticator the coach chose. The app implements it with GoTrue's challenge and verify; called off the FX thread.
 */
public interface SecondFactorService {

    /** Completes the sign-in, or throws with one sentence to show (a wrong or expired code, too many tries). */
    SignInService.SignedIn verify(int factor, String code) throws SignInException;

    /** The coach went back to the password: the half-finished sign-in is forgotten. */
    void cancel();
}
