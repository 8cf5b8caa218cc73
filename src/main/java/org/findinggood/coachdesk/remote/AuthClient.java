package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * GoTrue ({@code /auth/v1}): password sign-in, refresh, sign-out, current user.
 * Refresh tokens are single-use; the caller must keep the returned session and drop the old one
 * ({@link SessionTokens} does this atomically).
 */
public final class AuthClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final SupabaseProject project;
    private final RemoteHttp http;
    private final ObjectMapper json;
    private final Clock clock;

    public AuthClient(SupabaseProject project, RemoteHttp http, Clock clock) {
        this.project = project;
        this.http = http;
        this.json = http.json();
        this.clock = clock;
    }

    /** {@code POST /auth/v1/token?grant_type=password}. Throws {@link InvalidCredentialsException} when refused. */
    public AuthSession signInWithPassword(String email, String password) {
        ObjectNode body = json.createObjectNode().put("email", email).put("password", password);
        RemoteResponse response = http.send(tokenRequest("password", body), true);
        if (!response.successful()) {
            ApiException failure = http.failure(response);
            if (isRejection(response.status()) && !(failure instanceof UnavailableException)) {
                throw new InvalidCredentialsException("The e-mail or password is not right; check both and try again.",
                        serverError(failure));
            }
            throw failure;
        }
        return readSession(response);
    }

    /**
     * {@code POST /auth/v1/token?grant_type=refresh_token}. Never retried here: the old token is spent once
     * the server has seen it. Throws {@link SignedOutException} when GoTrue rejects the refresh token,
     * {@link UnavailableException} when it could not be asked (the session stays valid for a later try).
     */
    public AuthSession refresh(String refreshToken) {
        ObjectNode body = json.createObjectNode().put("refresh_token", refreshToken);
        RemoteResponse response = http.send(tokenRequest("refresh_token", body), false);
        if (!response.successful()) {
            ApiException failure = http.failure(response);
            if (isRejection(response.status()) && !(failure instanceof UnavailableException)) {
                throw new SignedOutException("The saved sign-in is no longer valid (revoked or already used); sign in again.",
                        serverError(failure));
            }
            throw failure;
        }
        return readSession(response);
    }

    /** {@code POST /auth/v1/logout}: revokes the session's refresh tokens. A session the server already forgot counts as signed out. */
    public void signOut(AuthSession session) {
        Request request = new Request.Builder()
                .url(project.authUrl().newBuilder().addPathSegment("logout").build())
                .header("apikey", project.anonKey())
                .header("Authorization", "Bearer " + session.accessToken())
                .post(RequestBody.create(new byte[0], JSON))
                .build();
        RemoteResponse response = http.send(request, true);
        if (!response.successful() && response.status() != 401 && response.status() != 403 && response.status() != 404) {
            throw http.failure(response);
        }
    }

    /** {@code GET /auth/v1/user}. */
    public AuthUser currentUser(AuthSession session) {
        Request request = new Request.Builder()
                .url(project.authUrl().newBuilder().addPathSegment("user").build())
                .header("apikey", project.anonKey())
                .header("Authorization", "Bearer " + session.accessToken())
                .get()
                .build();
        RemoteResponse response = http.send(request, true);
        if (!response.successful()) {
            throw http.failure(response);
        }
        try {
            AuthUser user = json.readValue(response.body(), AuthUser.class);
            if (user == null || user.id() == null) {
                throw badShape(response, "a user with an id");
            }
            return user;
        } catch (IOException unreadable) {
            throw badShape(response, "a JSON user object");
        }
    }

    private Request tokenRequest(String grant, ObjectNode body) {
        HttpUrl url = project.authUrl().newBuilder().addPathSegment("token")
                .addQueryParameter("grant_type", grant).build();
        try {
            return new Request.Builder()
                    .url(url)
                    .header("apikey", project.anonKey())
                    .header("Authorization", "Bearer " + project.anonKey())
                    .post(RequestBody.create(json.writeValueAsBytes(body), JSON))
                    .build();
        } catch (IOException impossible) {
            throw new IllegalStateException("JSON for a token request could not be written", impossible);
        }
    }

    private AuthSession readSession(RemoteResponse response) {
        JsonNode node;
        try {
            node = json.readTree(response.body());
        } catch (IOException unreadable) {
            throw badShape(response, "a JSON session");
        }
        if (node == null || !node.isObject()) {
            throw badShape(response, "a JSON session object");
        }
        String access = textOrNull(node.get("access_token"));
        String refresh = textOrNull(node.get("refresh_token"));
        if (access == null || refresh == null) {
            throw badShape(response, "access_token and refresh_token");
        }
        Instant expiresAt;
        if (node.path("expires_at").canConvertToLong()) {
            expiresAt = Instant.ofEpochSecond(node.path("expires_at").asLong());
        } else if (node.path("expires_in").canConvertToLong()) {
            expiresAt = clock.instant().plusSeconds(node.path("expires_in").asLong());
        } else {
            throw badShape(response, "expires_at or expires_in");
        }
        JsonNode user = node.path("user");
        UUID userId = null;
        try {
            userId = user.hasNonNull("id") ? UUID.fromString(user.get("id").asText()) : null;
        } catch (IllegalArgumentException notUuid) {
            throw badShape(response, "a user id that is a UUID");
        }
        return new AuthSession(access, refresh, expiresAt, userId, textOrNull(user.get("email")));
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || !node.isTextual() || node.asText().isEmpty() ? null : node.asText();
    }

    private static boolean isRejection(int status) {
        return status == 400 || status == 401 || status == 403 || status == 404 || status == 422;
    }

    private static ServerError serverError(ApiException failure) {
        return new ServerError(failure.status(), failure.code(), failure.serverMessage(), failure.details(), failure.hint());
    }

    private static BadResponseException badShape(RemoteResponse response, String expected) {
        return new BadResponseException("The sign-in server answered " + response.path() + " without " + expected
                + "; the project URL may point at something that is not Supabase.", ServerError.of(response.status(), null));
    }
}
