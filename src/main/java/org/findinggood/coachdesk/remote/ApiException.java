package org.findinggood.coachdesk.remote;

/**
 * A request to Supabase failed. Keeps what the server said ({@code code}, {@code message},
 * {@code details}, {@code hint}, as in PostgREST's error JSON) next to a sentence for people.
 * Messages never carry tokens or passwords.
 */
public class ApiException extends RuntimeException {

    private final String sentence;
    private final int status;
    private final String code;
    private final String serverMessage;
    private final String details;
    private final String hint;

    public ApiException(String sentence, ServerError error) {
        this(sentence, error, null);
    }

    public ApiException(String sentence, ServerError error, Throwable cause) {
        super(compose(sentence, error), cause);
        this.sentence = sentence;
        this.status = error.status();
        this.code = error.code();
        this.serverMessage = error.message();
        this.details = error.details();
        this.hint = error.hint();
    }

    private static String compose(String sentence, ServerError error) {
        StringBuilder text = new StringBuilder(sentence);
        if (error.status() > 0 || error.code() != null) {
            text.append(" [");
            if (error.status() > 0) {
                text.append("HTTP ").append(error.status());
            }
            if (error.code() != null) {
                text.append(error.status() > 0 ? ", " : "").append("code ").append(error.code());
            }
            text.append(']');
        }
        if (error.message() != null && !error.message().isBlank()) {
            text.append(": ").append(error.message());
        }
        return text.toString();
    }

    /** The sentence for people alone (what happened, what to do), without the server's status and words. */
    public String sentence() {
        return sentence;
    }

    /** HTTP status, or 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** PostgREST/PostgreSQL error code (e.g. {@code 23505}, {@code PGRST301}) or GoTrue's error code; may be null. */
    public String code() {
        return code;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public String details() {
        return details;
    }

    public String hint() {
        return hint;
    }

    /** True when the same request may succeed later without change (outage, overload). */
    public boolean retryable() {
        return false;
    }
}
