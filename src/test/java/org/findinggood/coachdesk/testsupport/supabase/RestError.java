package org.findinggood.coachdesk.testsupport.supabase;

/** A PostgREST error answer: status plus {@code {code,message,details,hint}}. */
final class RestError extends Exception {
    final int status;
    final String code;
    final String details;
    final String hint;

    RestError(int status, String code, String message, String details, String hint) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.hint = hint;
    }

    /** PGRST100: the query string could not be parsed (docs: errors, "PGRST1xx request errors"). */
    static RestError parse(String message, String details) {
        return new RestError(400, "PGRST100", message, details, null);
    }

    /** 42703: an unknown column is a 400 (PostgreSQL's code, "other errors" row of the status table). */
    static RestError unknownColumn(String table, String column) {
        return new RestError(400, "42703", "column " + table + "." + column + " does not exist", null, null);
    }
}
