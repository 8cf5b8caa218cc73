package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * GoTrue's TOTP multi-factor endpoints, as auth-js {@code GoTrueClient.ts} {@code mfa} calls them and supabase/auth
 * {@code internal/api/mfa.go} answers: enrol ({@code POST /factors}), challenge and verify
 * ({@code POST /factors/{id}/challenge}, {@code /verify}: the answer is a new session, {@code aal2}), remove
 * ({@code DELETE /factors/{id}}), and the factors on {@code GET /user}. None of these is retried: a challenge,
 * a code and an enrolment are each good once. Refusals are {@link MfaRefusedException}s with their sentence.
 */
public final class MfaClient {

    private static final MediaType JSON = MediaType.get("application/json");

    private final SupabaseProject project;
    private final RemoteHttp http;
    private final AuthClient auth;

    public MfaClient(SupabaseProject project, RemoteHttp http, AuthClient auth) {
        this.project = project;
        this.http = http;
        this.auth = auth;
    }

    /** A GoTrue challenge: verify a code against it before {@code expiresAtEpochSecond} (server clock). */
    public record Challenge(UUID id, long expiresAtEpochSecond) {
    }

    /** The user's factors ({@code GET /auth/v1/user}); auth-js {@code listFactors} reads them the same way. */
    public List<AuthFactor> factors(AuthSession session) {
        return auth.currentUser(session).factors();
    }

    /** {@code POST /auth/v1/factors} with {@code factor_type: totp}. */
    public TotpEnrolment enrolTotp(String accessToken, String friendlyName, String issuer) {
        ObjectNode body = http.json().createObjectNode().put("factor_type", "totp").put("friendly_name", friendlyName);
        if (issuer != null) {
            body.put("issuer", issuer);
        }
        JsonNode answer = call(post(factorsUrl().build(), accessToken, body), "an enrolled factor");
        JsonNode totp = answer.path("totp");
        String id = answer.path("id").asText("");
        String secret = totp.path("secret").asText("");
        String uri = totp.path("uri").asText("");
        if (id.isEmpty() || secret.isEmpty() || !uri.startsWith("otpauth://")) {
            throw badShape("a factor id, secret and otpauth:// uri");
        }
        return new TotpEnrolment(parseId(id), answer.path("friendly_name").asText(friendlyName), secret, uri);
    }

    /** {@code POST /auth/v1/factors/{id}/challenge}. */
    public Challenge challenge(String accessToken, UUID factorId) {
        JsonNode answer = call(post(factorUrl(factorId).addPathSegment("challenge").build(), accessToken,
                http.json().createObjectNode()), "a challenge");
        String id = answer.path("id").asText("");
        if (id.isEmpty()) {
            throw badShape("a challenge id");
        }
        return new Challenge(parseId(id), answer.path("expires_at").asLong(0));
    }

    /**
     * {@code POST /auth/v1/factors/{id}/verify} with the challenge and the code: the answer is a new session (aal2);
     * the one whose token made the call is spent (its refresh token was swapped, supabase/auth token.go
     * updateMFASessionAndClaims).
     */
    public AuthSession verify(String accessToken, UUID factorId, UUID challengeId, String code) {
        ObjectNode body = http.json().createObjectNode().put("challenge_id", challengeId.toString()).put("code", code);
        RemoteResponse response = http.send(post(factorUrl(factorId).addPathSegment("verify").build(), accessToken, body),
                false);
        if (!response.successful()) {
            throw refusal(http.failure(response));
        }
        return auth.readSession(response);
    }

    /** {@code DELETE /auth/v1/factors/{id}}; a verified factor needs an aal2 session. */
    public void unenrol(String accessToken, UUID factorId) {
        Request request = withHeaders(new Request.Builder().url(factorUrl(factorId).build()), accessToken).delete().build();
        RemoteResponse response = http.send(request, false);
        if (!response.successful()) {
            throw refusal(http.failure(response));
        }
    }

    private JsonNode call(Request request, String expected) {
        RemoteResponse response = http.send(request, false);
        if (!response.successful()) {
            throw refusal(http.failure(response));
        }
        try {
            JsonNode node = http.json().readTree(response.body());
            if (node == null || !node.isObject()) {
                throw badShape(expected);
            }
            return node;
        } catch (IOException unreadable) {
            throw badShape(expected);
        }
    }

    /** GoTrue's refusals become their sentence; the gateway's, outages and the rest stay as they are. */
    private static ApiException refusal(ApiException failure) {
        MfaRefusal refusal = MfaRefusal.of(failure);
        if (refusal == MfaRefusal.OTHER || failure instanceof ApiKeyRejectedException) {
            return failure;
        }
        return new MfaRefusedException(refusal, new ServerError(failure.status(), failure.code(),
                failure.serverMessage(), failure.details(), failure.hint()));
    }

    private HttpUrl.Builder factorsUrl() {
        return project.authUrl().newBuilder().addPathSegment("factors");
    }

    private HttpUrl.Builder factorUrl(UUID factorId) {
        return factorsUrl().addPathSegment(factorId.toString());
    }

    private Request post(HttpUrl url, String accessToken, ObjectNode body) {
        try {
            return withHeaders(new Request.Builder().url(url), accessToken)
                    .post(RequestBody.create(http.json().writeValueAsBytes(body), JSON)).build();
        } catch (IOException impossible) {
            throw new IllegalStateException("JSON for a factor request could not be written", impossible);
        }
    }

    private Request.Builder withHeaders(Request.Builder builder, String accessToken) {
        return builder.header("apikey", project.anonKey())
                .header(AuthClient.API_VERSION_HEADER, AuthClient.API_VERSION)
                .header("Authorization", "Bearer " + accessToken);
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            throw badShape("an id that is a UUID");
        }
    }

    private static BadResponseException badShape(String expected) {
        return new BadResponseException("The sign-in server answered a two-factor request without " + expected
                + "; the project URL may point at something that is not Supabase.", ServerError.none(null));
    }
}
