package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;

/**
 * Turns an error answer into the typed exception. Reads PostgREST's {@code {code,message,details,hint}}
 * (PostgREST {@code src/library/PostgREST/Error.hs}) and GoTrue's three shapes: {@code {code,error_code,msg}},
 * {@code {code,message}} when the request names an API version, and the OAuth {@code {error,error_description}}
 * (supabase/auth {@code internal/api/errors.go}). Answers from in front of them are told apart: the API gateway's
 * key refusal (401 with a message but no {@code code}), Cloudflare's 520-530 pages, Supabase's 540 (paused),
 * 544 (gateway timeout) and 402 (restricted), and a network's login page. Only a 2xx the client cannot parse
 * is a {@link BadResponseException}; that check is the callers'.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static ApiException from(RemoteResponse response, ObjectMapper json, Duration retryAfter) {
        if (isNetworkLoginPage(response)) {
            return new NetworkLoginPageException(ServerError.of(response.status(), "a web page answered " + response.path()));
        }
        ServerError error = parse(response.status(), response.body(), json);
        if (error == null) {
            ServerError bare = ServerError.of(response.status(), null);
            if (isTemporary(response.status(), null)) {
                return new UnavailableException(temporarySentence(response.status(), null), bare, retryAfter, null);
            }
            if (response.status() == 404 || response.status() == 405) {
                return notTheApi(response, bare);
            }
            return new ApiException("The server refused " + response.method() + " " + response.path() + " (HTTP "
                    + response.status() + ") with a page that is not Supabase's; check the project URL.", bare);
        }
        return classify(error, response, retryAfter);
    }

    /**
     * A captive portal's page: HTML (or 511, "Network Authentication Required", RFC 6585) where the API
     * answers JSON. Error pages of Cloudflare (5xx) are the platform's, not a login page.
     */
    static boolean isNetworkLoginPage(RemoteResponse response) {
        if (response.status() == 511) {
            return true;
        }
        String type = response.header("Content-Type");
        boolean html = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html");
        return html && response.status() < 400;
    }

    /** True when the 401 came from the API gateway (its key check), not from PostgREST or GoTrue. */
    static boolean isGatewayRejection(RemoteResponse response, ObjectMapper json) {
        if (response.status() != 401) {
            return false;
        }
        ServerError error = parse(response.status(), response.body(), json);
        return error == null || error.code() == null;
    }

    /** Null when the body is not a JSON object. */
    static ServerError parse(int status, String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        String code = text(node, "code");
        if (code != null && node.get("code").isNumber()) {
            code = null; // GoTrue puts the HTTP status in "code"; its real code is "error_code"
        }
        if (text(node, "error_code") != null) {
            code = text(node, "error_code");
        }
        if (code == null && text(node, "error") != null) {
            code = text(node, "error");
        }
        String message = firstOf(node, "message", "msg", "error_description");
        return new ServerError(status, code, message, text(node, "details"), text(node, "hint"));
    }

    private static ApiException classify(ServerError error, RemoteResponse response, Duration retryAfter) {
        int status = error.status();
        String code = error.code() == null ? "" : error.code();
        if (isTemporary(status, error.code()) || code.startsWith("08") || code.startsWith("53")
                || code.matches("PGRST00[0-3]")) {
            return new UnavailableException(temporarySentence(status, error.code()), error, retryAfter, null);
        }
        if (status == 401 && error.code() == null) {
            return new ApiKeyRejectedException(error);
        }
        if (status == 401) {
            return new AuthExpiredException("The server refused the sign-in token (expired or revoked); sign in again if this keeps happening.", error);
        }
        if (status == 403) {
            return new ForbiddenException("The server does not allow this for the signed-in coach.", error);
        }
        if (status == 404 && error.code() == null) {
            return notTheApi(response, error); // the gateway's {"message":"no Route matched with those values"}
        }
        if (status == 404 || code.equals("PGRST116") || code.equals("PGRST205") || code.equals("42P01")) {
            return new NotFoundException("The server has no such table, row or endpoint (" + response.path()
                    + "); the app and the project's schema may not match.", error);
        }
        if (code.equals("23505") || (status == 409 && !code.startsWith("23"))) {
            return new ConflictException("The row already exists on the server (same key).", error);
        }
        if (code.startsWith("23") || code.startsWith("22") || code.equals("P0001")) {
            return new ConstraintViolationException("The server rejected the values (a database rule says no).", error);
        }
        return new ApiException("The server refused " + response.method() + " " + response.path() + ".", error);
    }

    private static NotFoundException notTheApi(RemoteResponse response, ServerError error) {
        return new NotFoundException("The project URL answers, but not with the Supabase API at " + response.path()
                + "; check the project URL (https://<project>.supabase.co).", error);
    }

    /**
     * Answers after which the same request may work later: 408, 429, 502-504 (gateway and PostgREST),
     * 500 with PostgreSQL {@code 57014} (Supabase's statement timeout), Cloudflare's 520-530, and Supabase's
     * 540 (project paused), 544 (gateway timeout) and 402 (project restricted), per the Supabase docs
     * {@code guides/platform/http-status-codes} and auth-js {@code lib/fetch.ts} NETWORK_ERROR_CODES.
     */
    static boolean isTemporary(int status, String code) {
        return status == 408 || status == 429 || status == 502 || status == 503 || status == 504
                || (status >= 520 && status <= 530) || status == 540 || status == 544 || status == 402
                || (status == 500 && "57014".equals(code));
    }

    private static String temporarySentence(int status, String code) {
        if (status == 540) {
            return "The Finding Good project is paused; your data here stays available offline.";
        }
        if (status == 402) {
            return "The Finding Good project is restricted by Supabase (usage limits or billing); your data here stays "
                    + "available offline until the project's owner lifts it.";
        }
        if (status == 544) {
            return "The Supabase project took too long to answer (gateway timeout); nothing was lost, sync will try again.";
        }
        if (status >= 520 && status <= 530) {
            return "Supabase's network could not reach the Finding Good project (HTTP " + status
                    + "); nothing was lost, sync will try again shortly.";
        }
        if ("57014".equals(code)) {
            return "The server stopped a request that ran longer than its time limit (statement timeout); nothing was lost, "
                    + "sync will try again.";
        }
        if (status == 429) {
            return "The project is limiting requests from this network (too many in a short time); nothing was lost, "
                    + "try again in a few minutes.";
        }
        return "The Supabase project is not available right now (HTTP " + status + "); nothing was lost, try again in a moment.";
    }

    private static String firstOf(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
