package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;

/**
 * Turns an error answer into the typed exception. Reads PostgREST's {@code {code,message,details,hint}}
 * and GoTrue's {@code {code,error_code,msg}} / {@code {error,error_description}}; a body that is not
 * JSON becomes an {@link UnavailableException} for gateway statuses and a {@link BadResponseException} otherwise.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static ApiException from(RemoteResponse response, ObjectMapper json, Duration retryAfter) {
        ServerError error = parse(response.status(), response.body(), json);
        if (error == null) {
            ServerError bare = ServerError.of(response.status(), null);
            if (isGatewayStatus(response.status())) {
                return new UnavailableException(unavailableSentence(response), bare, retryAfter, null);
            }
            return new BadResponseException("The server answered " + response.method() + " " + response.path()
                    + " with HTTP " + response.status() + " and a body that is not the expected JSON error.", bare);
        }
        return classify(error, response, retryAfter);
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
        if (isGatewayStatus(status) || code.startsWith("08") || code.startsWith("53")
                || code.matches("PGRST00[0-3]")) {
            return new UnavailableException(unavailableSentence(response), error, retryAfter, null);
        }
        if (status == 401) {
            return new AuthExpiredException("The server refused the sign-in token (expired or revoked); sign in again if this keeps happening.", error);
        }
        if (status == 403) {
            return new ForbiddenException("The server does not allow this for the signed-in coach.", error);
        }
        if (status == 404 || code.equals("PGRST116")) {
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

    static boolean isGatewayStatus(int status) {
        return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
    }

    private static String unavailableSentence(RemoteResponse response) {
        return "The Supabase project is not available right now (HTTP " + response.status()
                + "); nothing was lost, try again in a moment.";
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
