package org.findinggood.coachdesk.app;

import java.time.Clock;
import java.util.List;
import org.findinggood.coachdesk.remote.AuthClient;
import org.findinggood.coachdesk.remote.AuthFactor;
import org.findinggood.coachdesk.remote.AuthSession;
import org.findinggood.coachdesk.remote.MfaClient;
import org.findinggood.coachdesk.remote.MfaRefusal;
import org.findinggood.coachdesk.remote.MfaRefusedException;
import org.findinggood.coachdesk.remote.PasswordSignIn;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.findinggood.coachdesk.remote.SupabaseProject;

/**
 * A sign-in between the password and the code: the {@code aal1} session (in memory only, never stored) and the
 * coach's verified authenticators. A code is checked as auth-js {@code mfa.challengeAndVerify} does: a challenge
 * for the chosen factor, kept for the next tries until GoTrue says it has expired or was used, then verify, whose
 * answer is the {@code aal2} session (supabase/auth {@code internal/api/mfa.go} verifyTOTPFactor).
 */
final class TwoFactorSignIn {

    private final SupabaseProject project;
    private final MfaClient mfa;
    private final AuthSession aal1;
    private final List<AuthFactor> factors;
    private final String email;
    private MfaClient.Challenge challenge;
    private int challenged = -1;

    TwoFactorSignIn(SupabaseProject project, RemoteHttp http, Clock clock, PasswordSignIn answer, String email) {
        this.project = project;
        this.mfa = new MfaClient(project, http, new AuthClient(project, http, clock));
        this.aal1 = answer.session();
        this.factors = answer.verifiedTotpFactors();
        this.email = email;
    }

    SupabaseProject project() {
        return project;
    }

    String email() {
        return email;
    }

    List<String> factorNames() {
        return factors.stream().map(AuthFactor::displayName).toList();
    }

    /** The {@code aal2} session, or {@link MfaRefusedException} (its refusal has a sentence in {@link #sentence}). */
    synchronized AuthSession verify(int factor, String code) {
        AuthFactor chosen = factors.get(Math.max(0, Math.min(factor, factors.size() - 1)));
        if (challenge == null || challenged != factor) {
            challenge = mfa.challenge(aal1.accessToken(), chosen.id());
            challenged = factor;
        }
        try {
            return mfa.verify(aal1.accessToken(), chosen.id(), challenge.id(), code);
        } catch (MfaRefusedException refused) {
            if (refused.refusal() != MfaRefusal.WRONG_CODE) {
                challenge = null; // expired, used or gone: the next try asks for a new one
            }
            throw refused;
        }
    }

    /** The sentence for a refused code; a wrong code with several authenticators names the chosen one. */
    String sentence(MfaRefusal refusal, int factor) {
        if (refusal == MfaRefusal.WRONG_CODE && factors.size() > 1) {
            return "That code is not right for \u201c" + factorNames().get(Math.max(0, Math.min(factor, factors.size() - 1)))
                    + "\u201d; check that the authenticator you chose is the one showing the code, then type its code.";
        }
        return refusal.sentence();
    }
}
