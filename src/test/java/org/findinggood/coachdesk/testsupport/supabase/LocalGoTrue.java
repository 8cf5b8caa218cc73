package org.findinggood.coachdesk.testsupport.supabase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The {@code /auth/v1} subset of GoTrue (Supabase Auth) Coach Desk uses, after supabase/auth:
 * password grant with its refusals ({@code internal/api/token.go}: invalid_credentials, email_not_confirmed,
 * user_banned, email_provider_disabled; {@code internal/api/middleware.go}: captcha_failed,
 * over_request_rate_limit as 429 without Retry-After), refresh-token grant with rotation and the reuse rules
 * of {@code internal/tokens/service.go} (the parent of the active token is answered with the active one; a
 * used token within the reuse interval is swapped again; later it is refresh_token_already_used and the
 * family is revoked), logout with {@code scope} ({@code internal/api/logout.go}), settings
 * ({@code internal/api/settings.go}), the current user with its {@code factors}, and TOTP multi-factor
 * authentication ({@link LocalGoTrueFactors}, after {@code internal/api/mfa.go}). Every access token carries
 * {@code aal} and {@code amr} as {@code internal/tokens/service.go} GenerateAccessToken sets them from the session
 * ({@code internal/models/sessions.go} CalculateAALAndAMR: aal2 once a TOTP claim is on the session, methods most
 * recent first); a refresh keeps the session's level. Error bodies in the three shapes of
 * {@code internal/api/errors.go}: {@code {code,error_code,msg}}, {@code {code,message}} when the request names
 * API version 2024-01-01 (echoed in {@code X-Supabase-Api-Version}), and the older OAuth
 * {@code {error,error_description}} ({@code internal/api/apierrors/apierrors.go} OAuthError) when
 * {@link #legacyErrorShape} is on. Users live in memory with PBKDF2 password hashes.
 */
final class LocalGoTrue {

    record User(UUID id, String email, byte[] salt, byte[] hash) {
    }

    private record RefreshToken(UUID userId, String sessionId, String parent, Instant usedAt, boolean revoked) {
        boolean used() {
            return usedAt != null;
        }
    }

    /** One entry of the {@code amr} claim (sessions.go AMREntry). */
    record Amr(String method, long timestamp) {
    }

    /** What a session proved (sessions.go: {@code aal}, {@code factor_id}, its mfa_amr_claims). */
    record SessionLevel(UUID userId, String aal, List<Amr> amr, UUID factorId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HsJwt jwt;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> issuedAccess = ConcurrentHashMap.newKeySet();
    private final Set<String> expiredAccess = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refreshGrants = new AtomicInteger();
    private final Map<String, String> activeToken = new ConcurrentHashMap<>();
    private final Set<String> unconfirmed = ConcurrentHashMap.newKeySet();
    private final Set<String> banned = ConcurrentHashMap.newKeySet();
    private final Map<String, SessionLevel> levels = new ConcurrentHashMap<>();
    private final LocalGoTrueFactors factors;
    private volatile Duration accessLifetime = Duration.ofHours(1);
    private volatile Duration reuseInterval = Duration.ofSeconds(10); // hosted Supabase's default
    private volatile boolean captcha;
    private volatile boolean emailLogins = true;
    private volatile boolean legacyErrorShape;
    private volatile boolean apiVersions = true;
    private volatile int tokenRequestsAllowed = Integer.MAX_VALUE;

    LocalGoTrue(HsJwt jwt, Clock clock) {
        this.jwt = jwt;
        this.clock = clock;
        this.factors = new LocalGoTrueFactors(this, clock);
    }

    LocalGoTrueFactors factors() {
        return factors;
    }

    User createUser(String email, String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        User user = new User(UUID.randomUUID(), email.toLowerCase(Locale.ROOT), salt, hash(password, salt));
        if (users.putIfAbsent(user.email(), user) != null) {
            throw new IllegalArgumentException("a user with this e-mail exists already");
        }
        SecretsLog.record(password);
        return user;
    }

    void unconfirmed(String email) {
        unconfirmed.add(email.toLowerCase(Locale.ROOT));
    }

    void ban(String email) {
        banned.add(email.toLowerCase(Locale.ROOT));
    }

    void captcha(boolean required) {
        this.captcha = required;
    }

    void emailLogins(boolean enabled) {
        this.emailLogins = enabled;
    }

    /** Off: a GoTrue from before API versions, which ignores X-Supabase-Api-Version. */
    void apiVersions(boolean known) {
        this.apiVersions = known;
    }

    void legacyErrorShape(boolean legacy) {
        this.legacyErrorShape = legacy;
    }

    /** After this many more {@code /token} requests, each answers 429 over_request_rate_limit. */
    void tokenRequestsAllowed(int requests) {
        this.tokenRequestsAllowed = requests;
    }

    void reuseInterval(Duration interval) {
        this.reuseInterval = interval;
    }

    void accessLifetime(Duration lifetime) {
        this.accessLifetime = lifetime;
    }

    /** Every access token issued so far is treated as expired from now on. */
    void expireAccessTokens() {
        expiredAccess.addAll(issuedAccess);
    }

    boolean expiredByHook(String token) {
        return expiredAccess.contains(token);
    }

    void revokeRefreshTokens(String email) {
        User user = users.get(email.toLowerCase(Locale.ROOT));
        if (user != null) {
            refreshTokens.replaceAll((token, record) -> record.userId().equals(user.id())
                    ? revoked(record) : record);
        }
    }

    private static RefreshToken revoked(RefreshToken record) {
        return new RefreshToken(record.userId(), record.sessionId(), record.parent(), record.usedAt(), true);
    }

    int refreshGrants() {
        return refreshGrants.get();
    }

    HttpAnswer token(HttpCall call) {
        synchronized (this) {
            if (tokenRequestsAllowed <= 0) {
                // middleware.go: NewTooManyRequestsError, no Retry-After header
                return error(call, 429, "over_request_rate_limit", "Request rate limit reached");
            }
            tokenRequestsAllowed = tokenRequestsAllowed == Integer.MAX_VALUE ? tokenRequestsAllowed : tokenRequestsAllowed - 1;
        }
        JsonNode body;
        try {
            body = json.readTree(call.body() == null ? "" : call.body());
        } catch (java.io.IOException notJson) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return error(call, 400, "bad_json", "Could not parse request body as JSON");
        }
        String grant = call.param("grant_type");
        if ("password".equals(grant)) {
            return passwordGrant(call, body);
        }
        if ("refresh_token".equals(grant)) {
            refreshGrants.incrementAndGet();
            return refreshGrant(call, body.path("refresh_token").asText(""));
        }
        return error(call, 400, "unsupported_grant_type", "unsupported_grant_type");
    }

    /** token.go ResourceOwnerPasswordGrant, in its order of checks; the CAPTCHA check runs before it (middleware.go). */
    private HttpAnswer passwordGrant(HttpCall call, JsonNode body) {
        if (captcha && !body.path("gotrue_meta_security").hasNonNull("captcha_token")) {
            return error(call, 400, "captcha_failed", "captcha protection: request disallowed (no captcha_token found)");
        }
        if (!emailLogins) {
            return error(call, 422, "email_provider_disabled", "Email logins are disabled");
        }
        String email = body.path("email").asText("").toLowerCase(Locale.ROOT);
        User user = users.get(email);
        if (user == null) {
            return error(call, 400, "invalid_credentials", "Invalid login credentials");
        }
        if (banned.contains(email)) {
            return error(call, 400, "user_banned", "User is banned");
        }
        if (!MessageDigest.isEqual(user.hash(), hash(body.path("password").asText(""), user.salt()))) {
            return error(call, 400, "invalid_credentials", "Invalid login credentials");
        }
        if (unconfirmed.contains(email)) {
            return error(call, 400, "email_not_confirmed", "Email not confirmed");
        }
        String sessionId = UUID.randomUUID().toString();
        levels.put(sessionId, new SessionLevel(user.id(), "aal1",
                List.of(new Amr("password", clock.instant().getEpochSecond())), null));
        return session(user, sessionId, null);
    }

    /** tokens/service.go RefreshTokenGrant: rotation, the active token's parent, the reuse interval. */
    private HttpAnswer refreshGrant(HttpCall call, String presented) {
        synchronized (refreshTokens) {
            RefreshToken record = refreshTokens.get(presented);
            if (record == null || record.revoked()) {
                return error(call, 400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
            }
            User user = users.values().stream().filter(u -> u.id().equals(record.userId())).findFirst().orElseThrow();
            if (record.used()) {
                String active = activeToken.get(record.sessionId());
                RefreshToken activeRecord = active == null ? null : refreshTokens.get(active);
                if (activeRecord != null && presented.equals(activeRecord.parent())) {
                    // the client did not get (or keep) the answer to its last refresh: the active token again
                    return session(user, record.sessionId(), active);
                }
                if (clock.instant().isAfter(record.usedAt().plus(reuseInterval))) {
                    refreshTokens.replaceAll((token, r) -> r.sessionId().equals(record.sessionId()) ? revoked(r) : r);
                    return error(call, 400, "refresh_token_already_used", "Invalid Refresh Token: Already Used");
                }
            } else {
                refreshTokens.put(presented, new RefreshToken(record.userId(), record.sessionId(), record.parent(),
                        clock.instant(), false));
            }
            return session(user, record.sessionId(), null, presented);
        }
    }

    /** logout.go: {@code scope} global (the default) ends every session of the user, local this one, others the rest. */
    HttpAnswer logout(HttpCall call, ObjectNode claims) {
        UUID userId = UUID.fromString(claims.path("sub").asText());
        String sessionId = claims.path("session_id").asText("");
        String scope = call.param("scope") == null ? "global" : call.param("scope");
        if (!scope.equals("global") && !scope.equals("local") && !scope.equals("others")) {
            return error(call, 400, "validation_failed", "Unsupported logout scope \"" + scope + "\"");
        }
        refreshTokens.replaceAll((token, record) -> {
            boolean mine = record.userId().equals(userId);
            boolean thisSession = record.sessionId().equals(sessionId);
            boolean ends = mine && (scope.equals("global") || (scope.equals("local") == thisSession));
            return ends ? revoked(record) : record;
        });
        return HttpAnswer.empty(204);
    }

    /** settings.go: the public settings, with the Email provider as configured. */
    HttpAnswer settings() {
        ObjectNode body = json.createObjectNode();
        ObjectNode external = body.putObject("external");
        external.put("anonymous_users", false);
        external.put("email", emailLogins);
        external.put("phone", false);
        body.put("disable_signup", true);
        body.put("mailer_autoconfirm", false);
        body.put("phone_autoconfirm", false);
        body.put("sms_provider", "");
        body.put("saml_enabled", false);
        return HttpAnswer.json(200, body.toString());
    }

    HttpAnswer user(ObjectNode claims) {
        UUID userId = UUID.fromString(claims.path("sub").asText());
        return users.values().stream().filter(u -> u.id().equals(userId)).findFirst()
                .map(u -> HttpAnswer.json(200, userJson(u).toString()))
                .orElseGet(() -> error(null, 404, "user_not_found", "User not found"));
    }

    private HttpAnswer session(User user, String sessionId, String reuse) {
        return session(user, sessionId, reuse, null);
    }

    /** A new access token; the refresh token {@code reuse} when given, else a new one whose parent is {@code parent}. */
    private HttpAnswer session(User user, String sessionId, String reuse, String parent) {
        Instant now = clock.instant();
        long expiresIn = accessLifetime.toSeconds();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", "authenticated");
        claims.put("exp", now.getEpochSecond() + expiresIn);
        claims.put("iat", now.getEpochSecond());
        claims.put("sub", user.id().toString());
        claims.put("email", user.email());
        claims.put("role", "authenticated");
        claims.put("session_id", sessionId);
        SessionLevel level = levels.getOrDefault(sessionId, new SessionLevel(user.id(), "aal1", List.of(), null));
        claims.put("aal", level.aal());
        claims.put("amr", level.amr().stream().map(a -> Map.of("method", a.method(), "timestamp", a.timestamp())).toList());
        claims.put("is_anonymous", false);
        claims.put("jti", UUID.randomUUID().toString()); // two tokens issued in one second still differ
        String access = jwt.sign(claims);
        String refresh = reuse;
        if (refresh == null) {
            refresh = randomToken();
            refreshTokens.put(refresh, new RefreshToken(user.id(), sessionId, parent, null, false));
            activeToken.put(sessionId, refresh);
        }
        issuedAccess.add(access);
        SecretsLog.record(access);
        SecretsLog.record(refresh);
        ObjectNode body = json.createObjectNode();
        body.put("access_token", access);
        body.put("token_type", "bearer");
        body.put("expires_in", expiresIn);
        body.put("expires_at", now.getEpochSecond() + expiresIn);
        body.put("refresh_token", refresh);
        body.set("user", userJson(user));
        return HttpAnswer.json(200, body.toString());
    }

    private ObjectNode userJson(User user) {
        ObjectNode node = json.createObjectNode();
        node.put("id", user.id().toString());
        node.put("aud", "authenticated");
        node.put("role", "authenticated");
        node.put("email", user.email());
        node.put("last_sign_in_at", clock.instant().toString());
        // models/user.go: Factors `json:"factors,omitempty"`, loaded eagerly with the user
        com.fasterxml.jackson.databind.node.ArrayNode owned = factors.json(user.id());
        if (!owned.isEmpty()) {
            node.set("factors", owned);
        }
        return node;
    }

    User userByEmail(String email) {
        User user = users.get(email.toLowerCase(Locale.ROOT));
        if (user == null) {
            throw new IllegalArgumentException("no such user");
        }
        return user;
    }

    Optional<User> userById(UUID id) {
        return users.values().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    SessionLevel level(String sessionId) {
        return levels.get(sessionId);
    }

    /**
     * mfa.go verifyTOTPFactor, token.go updateMFASessionAndClaims: the session gets a {@code totp} claim and aal2,
     * its refresh token is swapped (the aal1 one can no longer be used), the user's other sessions below aal2 end
     * (sessions.go InvalidateSessionsWithAALLessThan), and the answer is a new session.
     */
    HttpAnswer upgradeToAal2(User user, String sessionId, UUID factorId) {
        synchronized (refreshTokens) {
            long now = clock.instant().getEpochSecond();
            SessionLevel old = levels.getOrDefault(sessionId, new SessionLevel(user.id(), "aal1", List.of(), null));
            List<Amr> amr = new java.util.ArrayList<>();
            amr.add(new Amr("totp", now));
            old.amr().stream().filter(a -> !a.method().equals("totp")).forEach(amr::add);
            amr.sort(java.util.Comparator.comparingLong(Amr::timestamp).reversed());
            levels.put(sessionId, new SessionLevel(user.id(), "aal2", List.copyOf(amr), factorId));
            levels.forEach((id, level) -> {
                if (!id.equals(sessionId) && level.userId().equals(user.id()) && !level.aal().equals("aal2")) {
                    levels.remove(id);
                    refreshTokens.replaceAll((token, r) -> r.sessionId().equals(id) ? revoked(r) : r);
                }
            });
            String current = activeToken.get(sessionId);
            if (current != null) {
                refreshTokens.computeIfPresent(current, (token, r) -> revoked(r));
            }
            return session(user, sessionId, null, current);
        }
    }

    /** factor.go DowngradeSessionsToAAL1: the sessions verified with a removed factor lose its claim and aal2. */
    void downgradeSessions(UUID factorId) {
        levels.replaceAll((id, level) -> factorId.equals(level.factorId())
                ? new SessionLevel(level.userId(), "aal1",
                        level.amr().stream().filter(a -> !a.method().equals("totp")).toList(), null)
                : level);
    }

    /** In the shape the request asked for (errors.go HandleResponseError). */
    HttpAnswer error(HttpCall call, int status, String code, String message) {
        ObjectNode body = json.createObjectNode();
        String version = call == null ? null : call.header("X-Supabase-Api-Version");
        if (apiVersions && !legacyErrorShape && version != null && version.compareTo("2024-01-01") >= 0) {
            body.put("code", code);
            body.put("message", message);
            return HttpAnswer.json(status, body.toString()).with("X-Supabase-Api-Version", "2024-01-01")
                    .with("x-sb-error-code", code);
        }
        if (legacyErrorShape) {
            // OAuthError always answers 400 (errors.go handleResponseErrorOAuth)
            body.put("error", "invalid_grant");
            body.put("error_description", message);
            return HttpAnswer.json(status == 429 ? 429 : 400, body.toString());
        }
        body.put("code", status);
        body.put("error_code", code);
        body.put("msg", message);
        return HttpAnswer.json(status, body.toString()).with("x-sb-error-code", code);
    }

    private static String randomToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 10_000, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
