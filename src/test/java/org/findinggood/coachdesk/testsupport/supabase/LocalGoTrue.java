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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The {@code /auth/v1} subset of GoTrue (Supabase Auth) Coach Desk uses: password grant, refresh-token
 * grant with rotation (each refresh token works once), logout (revokes the user's refresh tokens), and
 * the current user. Users live in memory with PBKDF2 password hashes; error bodies follow GoTrue's
 * {@code {"code","error_code","msg"}} shape.
 */
final class LocalGoTrue {

    record User(UUID id, String email, byte[] salt, byte[] hash) {
    }

    private record RefreshToken(UUID userId, String sessionId, boolean used, boolean revoked) {
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
    private volatile Duration accessLifetime = Duration.ofHours(1);

    LocalGoTrue(HsJwt jwt, Clock clock) {
        this.jwt = jwt;
        this.clock = clock;
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
                    ? new RefreshToken(record.userId(), record.sessionId(), record.used(), true) : record);
        }
    }

    int refreshGrants() {
        return refreshGrants.get();
    }

    HttpAnswer token(HttpCall call) {
        JsonNode body;
        try {
            body = json.readTree(call.body() == null ? "" : call.body());
        } catch (java.io.IOException notJson) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return error(400, "bad_json", "Could not parse request body as JSON");
        }
        String grant = call.param("grant_type");
        if ("password".equals(grant)) {
            User user = users.get(body.path("email").asText("").toLowerCase(Locale.ROOT));
            String password = body.path("password").asText("");
            if (user == null || !MessageDigest.isEqual(user.hash(), hash(password, user.salt()))) {
                return error(400, "invalid_credentials", "Invalid login credentials");
            }
            return session(user, UUID.randomUUID().toString());
        }
        if ("refresh_token".equals(grant)) {
            refreshGrants.incrementAndGet();
            String presented = body.path("refresh_token").asText("");
            synchronized (refreshTokens) {
                RefreshToken record = refreshTokens.get(presented);
                if (record == null || record.revoked()) {
                    return error(400, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");
                }
                if (record.used()) {
                    return error(400, "refresh_token_already_used", "Invalid Refresh Token: Already Used");
                }
                refreshTokens.put(presented, new RefreshToken(record.userId(), record.sessionId(), true, false));
                User user = users.values().stream().filter(u -> u.id().equals(record.userId())).findFirst().orElseThrow();
                return session(user, record.sessionId());
            }
        }
        return error(400, "unsupported_grant_type", "unsupported_grant_type");
    }

    /** {@code POST /logout}: scope global (GoTrue's default) revokes every refresh token of the user. */
    HttpAnswer logout(ObjectNode claims) {
        UUID userId = UUID.fromString(claims.path("sub").asText());
        refreshTokens.replaceAll((token, record) -> record.userId().equals(userId)
                ? new RefreshToken(record.userId(), record.sessionId(), record.used(), true) : record);
        return HttpAnswer.empty(204);
    }

    HttpAnswer user(ObjectNode claims) {
        UUID userId = UUID.fromString(claims.path("sub").asText());
        return users.values().stream().filter(u -> u.id().equals(userId)).findFirst()
                .map(u -> HttpAnswer.json(200, userJson(u).toString()))
                .orElseGet(() -> error(404, "user_not_found", "User not found"));
    }

    private HttpAnswer session(User user, String sessionId) {
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
        claims.put("jti", UUID.randomUUID().toString()); // two tokens issued in one second still differ
        String access = jwt.sign(claims);
        String refresh = randomToken();
        issuedAccess.add(access);
        refreshTokens.put(refresh, new RefreshToken(user.id(), sessionId, false, false));
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
        return node;
    }

    HttpAnswer error(int status, String code, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("code", status);
        body.put("error_code", code);
        body.put("msg", message);
        return HttpAnswer.json(status, body.toString());
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
