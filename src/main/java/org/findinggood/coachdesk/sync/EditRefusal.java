package org.findinggood.coachdesk.sync;

import org.findinggood.coachdesk.remote.ApiException;
import org.findinggood.coachdesk.remote.AuthExpiredException;
import org.findinggood.coachdesk.remote.BadResponseException;
import org.findinggood.coachdesk.remote.ConstraintViolationException;

/**
 * A push the server refuses for the edit itself, so sending it again unchanged can never succeed: a 403
 * (row level security, grants), a 409 that is not the insert's own earlier landing, or another 4xx the
 * database or PostgREST chose for the values (a trigger's exception, a foreign key, bad input). Such an
 * edit becomes a rejected entry with the server's reason instead of being re-sent every round; PostgREST
 * maps PostgreSQL errors to these statuses in {@code src/PostgREST/Error.hs} ({@code pgErrorStatus}).
 *
 * <p>Not refusals: a check violation ({@code 23514}, kept as a conflict beside the server's row, as
 * before), 401 (sign in again), 408/429 and 5xx (try later) and an answer that is not PostgREST's error
 * JSON (a proxy or a captive portal, not the server's word on the edit).
 *
 * @param reason   the server's own message, one line, for the coach
 * @param details  status, code, details and hint, to copy for support
 */
record EditRefusal(String reason, String details) {

    static final String CHECK_VIOLATION = "23514";

    static boolean isRefusal(RuntimeException failure) {
        if (!(failure instanceof ApiException api) || failure instanceof AuthExpiredException
                || failure instanceof BadResponseException || api.retryable()) {
            return false;
        }
        int status = api.status();
        if (status < 400 || status > 499 || status == 401 || status == 408 || status == 429) {
            return false;
        }
        return !(failure instanceof ConstraintViolationException && CHECK_VIOLATION.equals(api.code()));
    }

    static EditRefusal of(ApiException refused) {
        String message = refused.serverMessage();
        String reason = message == null || message.isBlank() ? refused.getMessage() : message.strip();
        StringBuilder details = new StringBuilder("HTTP ").append(refused.status());
        if (refused.code() != null) {
            details.append(", code ").append(refused.code());
        }
        details.append('\n').append(refused.getMessage());
        if (refused.details() != null) {
            details.append("\ndetails: ").append(refused.details());
        }
        if (refused.hint() != null) {
            details.append("\nhint: ").append(refused.hint());
        }
        return new EditRefusal(reason, details.toString());
    }
}
