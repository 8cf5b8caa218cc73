package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    /**
     * As auth-js sends it (lib/constants.ts API_VERSION_HEADER_NAME): GoTrue then answers errors as
     * {@code {code, message}} with the error code in {@code code} (internal/api/errors.go).
     */
    static final String API_VERSION_HEADER = "X-Supabase-Api-Version";
    static final String API_VERSION = "2024-01-01";

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

    /**
     * {@code POST /auth/v1/token?grant_type=password}. Throws {@link SignInRefusedException} (its
     * {@link AuthRefusal} says why; {@link InvalidCredentialsException} for a wrong password) when GoTrue
     * refuses, {@link ApiKeyRejectedException} when the gateway refuses the project key.
     */
    public AuthSession signInWithPassword(String email, String password) {
        return signInWithPasswordAndFactors(email, password).session();
    }

    /**
     * As {@link #signInWithPassword}, with the user's second factors from the same answer (GoTrue loads
     * {@code user.factors} with the user, supabase/auth {@code internal/models/user.go}): a session at {@code aal1}
     * with a verified TOTP factor still needs its code ({@link MfaClient}).
     */
    public PasswordSignIn signInWithPasswordAndFactors(String email, String password) {
        ObjectNode body = json.createObjectNode().put("email", email).put("password", password);
        RemoteResponse response = http.send(tokenRequest("password", body), true);
        if (!response.successful()) {
            ApiException failure = http.failure(response);
            AuthRefusal refusal = AuthRefusal.of(failure.code(), failure.serverMessage());
            if (refusal == AuthRefusal.RATE_LIMITED) {
                throw new SignInRefusedException(refusal, serverError(failure));
            }
            if (isGoTrueRejection(failure)) {
                throw refusal == AuthRefusal.INVALID_CREDENTIALS ? new InvalidCredentialsException(serverError(failure))
                        : new SignInRefusedException(refusal, serverError(failure));
            }
            throw failure;
        }
        return new PasswordSignIn(readSession(response), readFactors(response));
    }

    private List<AuthFactor> readFactors(RemoteResponse response) {
        try {
            JsonNode factors = json.readTree(response.body()).path("user").path("factors");
            if (!factors.isArray()) {
                return List.of();
            }
            List<AuthFactor> read = new ArrayList<>();
            for (JsonNode factor : factors) {
                read.add(json.treeToValue(factor, AuthFactor.class));
            }
            return List.copyOf(read);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw badShape(response, "factors GoTrue's way");
        }
    }

    /**
     * {@code POST /auth/v1/token?grant_type=refresh_token}. Never retried here: the old token is spent once
     * the server has seen it. Throws {@link SignedOutException} when GoTrue rejects the refresh token
     * ({@code session_not_found}, {@code session_expired}, {@code refresh_token_not_found},
     * {@code refresh_token_already_used}, each with its sentence); {@link UnavailableException} when it could not
     * be asked or limits the rate, and {@link ApiKeyRejectedException} when the gateway refuses the key: in those
     * cases the session stays valid for a later try.
     */
    public AuthSession refresh(String refreshToken) {
        ObjectNode body = json.createObjectNode().put("refresh_token", refreshToken);
        RemoteResponse response = http.send(tokenRequest("refresh_token", body), false);
        if (!response.successful()) {
            ApiException failure = http.failure(response);
            if (isGoTrueRejection(failure)) {
                AuthRefusal refusal = AuthRefusal.of(failure.code(), failure.serverMessage());
                String sentence = refusal == AuthRefusal.OTHER
                        ? "The saved sign-in is no longer valid; sign in again." : refusal.sentence();
                throw new SignedOutException(sentence, serverError(failure));
            }
            throw failure;
        }
        return readSession(response);
    }

    /**
     * {@code POST /auth/v1/logout?scope=local}: ends this session only (supabase/auth {@code internal/api/logout.go};
     * without a scope GoTrue signs the coach out on every device). A session or user the server already forgot
     * counts as signed out; anything else throws, and the server was not told: {@link AuthExpiredException} or
     * {@link ForbiddenException} with code {@code bad_jwt} when the access token has expired
     * (internal/api/auth.go answers 403).
     */
    public void signOut(AuthSession session) {
        Request request = new Request.Builder()
                .url(project.authUrl().newBuilder().addPathSegment("logout").addQueryParameter("scope", "local").build())
                .header("apikey", project.anonKey())
                .header(API_VERSION_HEADER, API_VERSION)
                .header("Authorization", "Bearer " + session.accessToken())
                .post(RequestBody.create(new byte[0], JSON))
                .build();
        RemoteResponse response = http.send(request, true);
        if (!response.successful()) {
            ApiException failure = http.failure(response);
            if (!SESSION_GONE.contains(String.valueOf(failure.code()))) {
                throw failure;
            }
        }
    }

    /** Codes of a logout whose session is over already (internal/api/apierrors/errorcode.go). */
    private static final java.util.Set<String> SESSION_GONE = java.util.Set.of("session_not_found", "user_not_found");

    /** True when GoTrue refused an access token (expired or invalid): {@code bad_jwt}. */
    public static boolean isBadJwt(ApiException failure) {
        return "bad_jwt".equals(failure.code());
    }

    /**
     * {@code GET /auth/v1/settings} (supabase/auth {@code internal/api/settings.go}): which sign-in methods the
     * project allows; needs only the project key.
     */
    public JsonNode settings() {
        Request request = new Request.Builder()
                .url(project.authUrl().newBuilder().addPathSegment("settings").build())
                .header("apikey", project.anonKey())
                .header(API_VERSION_HEADER, API_VERSION)
                .get()
                .build();
        RemoteResponse response = http.send(request, true);
        if (!response.successful()) {
            throw http.failure(response);
        }
        try {
            JsonNode node = json.readTree(response.bytes());
            if (node == null || !node.isObject() || !node.has("external")) {
                throw badShape(response, "the sign-in settings");
            }
            return node;
        } catch (IOException unreadable) {
            throw badShape(response, "the sign-in settings as JSON");
        }
    }

    /** {@code GET /auth/v1/user}. */
    public AuthUser currentUser(AuthSession session) {
        Request request = new Request.Builder()
                .url(project.authUrl().newBuilder().addPathSegment("user").build())
                .header("apikey", project.anonKey())
                .header(API_VERSION_HEADER, API_VERSION)
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
                .header(API_VERSION_HEADER, API_VERSION)
                    .header("Authorization", "Bearer " + project.anonKey())
                    .post(RequestBody.create(json.writeValueAsBytes(body), JSON))
                    .build();
        } catch (IOException impossible) {
            throw new IllegalStateException("JSON for a token request could not be written", impossible);
        }
    }

    AuthSession readSession(RemoteResponse response) {
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
        // The lifetime counted on this computer's clock from receipt (auth-js lib/helpers.ts expiresAt does the
        // same sum when expires_at is missing): expires_at is on the server's clock, and against it a laptop an
        // hour slow or fast would refresh before every request (and spend GoTrue's shared rate limit) or never.
        Instant expiresAt;
        if (node.path("expires_in").canConvertToLong()) {
            expiresAt = clock.instant().plusSeconds(node.path("expires_in").asLong());
        } else if (node.path("expires_at").canConvertToLong()) {
            expiresAt = Instant.ofEpochSecond(node.path("expires_at").asLong());
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

    /** GoTrue itself said no (its answers carry a code); not the gateway, an outage or a wrong URL. */
    private static boolean isGoTrueRejection(ApiException failure) {
        int status = failure.status();
        return failure.code() != null && !(failure instanceof UnavailableException)
                && (status == 400 || status == 401 || status == 403 || status == 404 || status == 422);
    }

    private static ServerError serverError(ApiException failure) {
        return new ServerError(failure.status(), failure.code(), failure.serverMessage(), failure.details(), failure.hint());
    }

    private static BadResponseException badShape(RemoteResponse response, String expected) {
        return new BadResponseException("The sign-in server answered " + response.path() + " without " + expected
                + "; the project URL may point at something that is not Supabase.", ServerError.of(response.status(), null));
    }
}
