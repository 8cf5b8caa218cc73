package org.findinggood.coachdesk.testsupport.supabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.findinggood.coachdesk.testsupport.totp.TotpCodes;

/**
 * GoTrue's TOTP multi-factor endpoints as supabase/auth implements them ({@code internal/api/mfa.go}, routes in
 * {@code internal/api/api.go}, the factor in {@code internal/models/factor.go}):
 * <ul>
 * <li>{@code POST /factors} {@code {factor_type: "totp", friendly_name, issuer}}: an unverified factor and
 * {@code {id, type, friendly_name, totp: {qr_code, secret, uri}}}; 422 mfa_factor_name_conflict for a name in use,
 * too_many_enrolled_mfa_factors past 10, 403 insufficient_aal to add one to a verified account from an aal1
 * session (validateFactors);</li>
 * <li>{@code POST /factors/{id}/challenge}: {@code {id, type, expires_at}} (challenges live 300 s,
 * conf MFAConfiguration.ChallengeExpiryDuration);</li>
 * <li>{@code POST /factors/{id}/verify} {@code {challenge_id, code}}: 400 validation_failed for no code, 422
 * mfa_factor_not_found for an unknown challenge, mfa_ip_address_mismatch for a used one, mfa_challenge_expired
 * (the challenge is deleted), mfa_verification_failed "Invalid TOTP code entered"; a right code (one 30 s step of
 * skew) verifies the factor and answers an aal2 session (LocalGoTrue#upgradeToAal2);</li>
 * <li>{@code DELETE /factors/{id}}: 422 insufficient_aal for a verified factor from an aal1 session, else
 * {@code {id}} and the sessions it verified go back to aal1;</li>
 * <li>a factor of another user or a malformed id: 404 mfa_factor_not_found / validation_failed (admin.go
 * loadFactor); challenge and verify are rate limited (api.go limitHandler, 429 over_request_rate_limit).</li>
 * </ul>
 */
final class LocalGoTrueFactors {

    record Factor(UUID id, UUID userId, String friendlyName, String secret, String status, Instant createdAt,
            Instant updatedAt) {
        boolean verified() {
            return status.equals("verified");
        }
    }

    private record Challenge(UUID id, UUID factorId, Instant createdAt, Instant verifiedAt) {
    }

    static final Duration CHALLENGE_LIFETIME = Duration.ofSeconds(300);
    private static final int MAX_FACTORS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LocalGoTrue goTrue;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<UUID, Factor> factors = new ConcurrentHashMap<>();
    private final Map<UUID, Challenge> challenges = new ConcurrentHashMap<>();
    private volatile int mfaRequestsAllowed = Integer.MAX_VALUE;

    LocalGoTrueFactors(LocalGoTrue goTrue, Clock clock) {
        this.goTrue = goTrue;
        this.clock = clock;
    }

    /** After this many more challenge or verify requests, each answers 429 over_request_rate_limit. */
    synchronized void mfaRequestsAllowed(int requests) {
        this.mfaRequestsAllowed = requests;
    }

    /** Every challenge issued so far is older than its 300 s. */
    void expireChallenges() {
        challenges.replaceAll((id, c) -> new Challenge(c.id(), c.factorId(), c.createdAt().minus(CHALLENGE_LIFETIME)
                .minusSeconds(1), c.verifiedAt()));
    }

    /** The user's factors, oldest first. */
    java.util.List<Factor> of(UUID userId) {
        return factors.values().stream().filter(f -> f.userId().equals(userId))
                .sorted(Comparator.comparing(Factor::createdAt)).toList();
    }

    ArrayNode json(UUID userId) {
        ArrayNode array = json.createArrayNode();
        for (Factor factor : of(userId)) {
            ObjectNode node = array.addObject();
            node.put("id", factor.id().toString());
            node.put("created_at", factor.createdAt().toString());
            node.put("updated_at", factor.updatedAt().toString());
            node.put("status", factor.status());
            if (!factor.friendlyName().isEmpty()) {
                node.put("friendly_name", factor.friendlyName());
            }
            node.put("factor_type", "totp");
            node.putNull("phone");
            node.putNull("last_challenged_at");
        }
        return array;
    }

    /** Routes {@code /auth/v1/factors...} for a signed-in caller; null when the path is not one of them. */
    HttpAnswer route(HttpCall call, String endpoint, ObjectNode claims) {
        UUID userId = UUID.fromString(claims.path("sub").asText());
        LocalGoTrue.User user = goTrue.userById(userId).orElse(null);
        if (user == null) {
            return goTrue.error(call, 404, "user_not_found", "User not found");
        }
        String sessionId = claims.path("session_id").asText("");
        if (endpoint.equals("factors") && call.method().equals("POST")) {
            return enroll(call, user, sessionId);
        }
        String[] parts = endpoint.split("/");
        if (parts.length < 2 || parts.length > 3 || !parts[0].equals("factors")) {
            return null;
        }
        UUID factorId;
        try {
            factorId = UUID.fromString(parts[1]);
        } catch (IllegalArgumentException notUuid) {
            return goTrue.error(call, 404, "validation_failed", "factor_id must be an UUID");
        }
        Factor factor = factors.get(factorId);
        if (factor == null || !factor.userId().equals(userId)) {
            return goTrue.error(call, 404, "mfa_factor_not_found", "Factor not found");
        }
        if (parts.length == 2 && call.method().equals("DELETE")) {
            return unenroll(call, factor, sessionId);
        }
        if (parts.length == 3 && call.method().equals("POST")
                && (parts[2].equals("challenge") || parts[2].equals("verify"))) {
            if (!takeMfaRequest()) {
                return goTrue.error(call, 429, "over_request_rate_limit", "Request rate limit reached");
            }
            return parts[2].equals("challenge") ? challenge(factor) : verify(call, user, factor, sessionId);
        }
        return null;
    }

    private synchronized boolean takeMfaRequest() {
        if (mfaRequestsAllowed <= 0) {
            return false;
        }
        if (mfaRequestsAllowed != Integer.MAX_VALUE) {
            mfaRequestsAllowed--;
        }
        return true;
    }

    private boolean sessionIsAal2(String sessionId) {
        LocalGoTrue.SessionLevel level = goTrue.level(sessionId);
        return level != null && level.aal().equals("aal2");
    }

    private synchronized HttpAnswer enroll(HttpCall call, LocalGoTrue.User user, String sessionId) {
        JsonNode body = body(call);
        String type = body.path("factor_type").asText("");
        if (!type.equals("totp")) {
            return goTrue.error(call, 400, "validation_failed", "factor_type needs to be totp, phone, or webauthn");
        }
        String name = body.path("friendly_name").asText("");
        java.util.List<Factor> owned = of(user.id());
        if (owned.stream().anyMatch(f -> f.friendlyName().equals(name))) {
            return goTrue.error(call, 422, "mfa_factor_name_conflict",
                    "A factor with the friendly name \"" + name + "\" for this user already exists");
        }
        long verified = owned.stream().filter(Factor::verified).count();
        if (owned.size() >= MAX_FACTORS) {
            return goTrue.error(call, 422, "too_many_enrolled_mfa_factors",
                    "Maximum number of verified factors reached, unenroll to continue");
        }
        if (verified > 0 && !sessionIsAal2(sessionId)) {
            return goTrue.error(call, 403, "insufficient_aal", "AAL2 required to enroll a new factor");
        }
        String issuer = body.path("issuer").asText("");
        if (issuer.isEmpty()) {
            issuer = "localhost"; // the site URL's host
        }
        byte[] secretBytes = new byte[20]; // pquerna/otp totp.Generate: SecretSize 20
        RANDOM.nextBytes(secretBytes);
        String secret = TotpCodes.base32Encode(secretBytes);
        SecretsLog.record(secret);
        Instant now = clock.instant();
        Factor factor = new Factor(UUID.randomUUID(), user.id(), name, secret, "unverified", now, now);
        factors.put(factor.id(), factor);
        // pquerna/otp Key.URL(): otpauth://totp/ISSUER:ACCOUNT?algorithm=SHA1&digits=6&issuer=ISSUER&period=30&secret=S
        String uri = "otpauth://totp/" + encode(issuer) + ":" + encode(user.email()) + "?algorithm=SHA1&digits=6&issuer="
                + encode(issuer) + "&period=30&secret=" + secret;
        ObjectNode answer = json.createObjectNode();
        answer.put("id", factor.id().toString());
        answer.put("type", "totp");
        answer.put("friendly_name", name);
        ObjectNode totp = answer.putObject("totp");
        // GoTrue draws the URI as an SVG (goqrsvg); the stand-in sends a placeholder: Coach Desk draws from the uri
        totp.put("qr_code", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"></svg>");
        totp.put("secret", secret);
        totp.put("uri", uri);
        return HttpAnswer.json(200, answer.toString());
    }

    /** A verified TOTP factor made directly (test set-up); returns its secret. */
    String enrolVerified(LocalGoTrue.User user, String friendlyName) {
        byte[] secretBytes = new byte[20];
        RANDOM.nextBytes(secretBytes);
        String secret = TotpCodes.base32Encode(secretBytes);
        SecretsLog.record(secret);
        Instant now = clock.instant();
        Factor factor = new Factor(UUID.randomUUID(), user.id(), friendlyName, secret, "verified", now, now);
        factors.put(factor.id(), factor);
        return secret;
    }

    private HttpAnswer challenge(Factor factor) {
        Challenge challenge = new Challenge(UUID.randomUUID(), factor.id(), clock.instant(), null);
        challenges.put(challenge.id(), challenge);
        ObjectNode answer = json.createObjectNode();
        answer.put("id", challenge.id().toString());
        answer.put("type", "totp");
        answer.put("expires_at", challenge.createdAt().plus(CHALLENGE_LIFETIME).getEpochSecond());
        return HttpAnswer.json(200, answer.toString());
    }

    private synchronized HttpAnswer verify(HttpCall call, LocalGoTrue.User user, Factor factor, String sessionId) {
        JsonNode body = body(call);
        String code = body.path("code").asText("");
        if (code.isEmpty()) {
            return goTrue.error(call, 400, "validation_failed", "Code needs to be non-empty");
        }
        SecretsLog.record(code);
        Optional<Challenge> found = parseUuid(body.path("challenge_id").asText(""))
                .map(challenges::get).filter(c -> c.factorId().equals(factor.id()));
        if (found.isEmpty()) {
            return goTrue.error(call, 422, "mfa_factor_not_found", "MFA factor with the provided challenge ID not found");
        }
        Challenge challenge = found.get();
        if (challenge.verifiedAt() != null) {
            return goTrue.error(call, 422, "mfa_ip_address_mismatch", "Challenge and verify IP addresses mismatch.");
        }
        if (!clock.instant().isBefore(challenge.createdAt().plus(CHALLENGE_LIFETIME))) {
            challenges.remove(challenge.id());
            return goTrue.error(call, 422, "mfa_challenge_expired", "MFA challenge " + challenge.id()
                    + " has expired, verify against another challenge or create a new challenge.");
        }
        if (!TotpCodes.matches(factor.secret(), code, clock.instant())) {
            return goTrue.error(call, 422, "mfa_verification_failed", "Invalid TOTP code entered");
        }
        Instant now = clock.instant();
        challenges.put(challenge.id(), new Challenge(challenge.id(), challenge.factorId(), challenge.createdAt(), now));
        factors.put(factor.id(), new Factor(factor.id(), factor.userId(), factor.friendlyName(), factor.secret(),
                "verified", factor.createdAt(), now));
        // DeleteUnverifiedFactors: the user's other unverified TOTP factors go
        factors.values().removeIf(f -> f.userId().equals(user.id()) && !f.verified());
        return goTrue.upgradeToAal2(user, sessionId, factor.id());
    }

    private synchronized HttpAnswer unenroll(HttpCall call, Factor factor, String sessionId) {
        if (factor.verified() && !sessionIsAal2(sessionId)) {
            return goTrue.error(call, 422, "insufficient_aal", "AAL2 required to unenroll verified factor");
        }
        factors.remove(factor.id());
        goTrue.downgradeSessions(factor.id());
        return HttpAnswer.json(200, json.createObjectNode().put("id", factor.id().toString()).toString());
    }

    private JsonNode body(HttpCall call) {
        try {
            JsonNode node = json.readTree(call.body() == null || call.body().isEmpty() ? "{}" : call.body());
            return node == null ? json.createObjectNode() : node;
        } catch (java.io.IOException notJson) {
            return json.createObjectNode();
        }
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notUuid) {
            return Optional.empty();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
