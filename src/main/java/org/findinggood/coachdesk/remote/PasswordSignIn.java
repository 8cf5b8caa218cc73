package org.findinggood.coachdesk.remote;

import java.util.List;

/** A password sign-in's session and the user's second factors, from one answer. */
public record PasswordSignIn(AuthSession session, List<AuthFactor> factors) {

    public PasswordSignIn {
        factors = List.copyOf(factors);
    }

    /** The verified TOTP factors, oldest first. */
    public List<AuthFactor> verifiedTotpFactors() {
        return factors.stream().filter(AuthFactor::verifiedTotp).toList();
    }

    /** True when GoTrue wants a code before the session is {@code aal2}. */
    public boolean needsCode() {
        return !verifiedTotpFactors().isEmpty() && AssuranceLevel.of(session) != AssuranceLevel.AAL2;
    }
}
