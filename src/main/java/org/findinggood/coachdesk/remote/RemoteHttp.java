package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request with OkHttp, reads the whole answer, and retries idempotent requests on
 * connection failures and temporary answers ({@link ApiErrors#isTemporary}: 408, 429, 502-504, 520-530,
 * 540, 544, 402, 500 with {@code 57014}) following the {@link RetryPolicy}. Not retried: GoTrue's own rate
 * limit (each try spends the budget it counts), a failed TLS handshake, and a network's login page, which
 * no repetition gets past. Logs the method and path only: query strings carry e-mail addresses and headers
 * carry tokens.
 */
public final class RemoteHttp {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteHttp.class);

    private final OkHttpClient client;
    private final RetryPolicy retry;
    private final ObjectMapper json;
    private final RequestDeadlines deadlines;
    /**
     * The end of the sync round the calling thread works for, if any ({@link #withinRound}). Inherited by the
     * threads a round starts (the range readers), so their requests keep to it too.
     */
    private final InheritableThreadLocal<RoundEnd> roundEnd = new InheritableThreadLocal<>();

    public RemoteHttp(OkHttpClient client, RetryPolicy retry, ObjectMapper json) {
        this(client, retry, json, RequestDeadlines.standard());
    }

    public RemoteHttp(OkHttpClient client, RetryPolicy retry, ObjectMapper json, RequestDeadlines deadlines) {
        this.client = client;
        this.retry = retry;
        this.json = json;
        this.deadlines = deadlines;
    }

    /** Timeouts: connect 10 s, read/write 30 s; deadlines {@link RequestDeadlines#standard()}. */
    public static RemoteHttp withDefaults() {
        return new RemoteHttp(defaultClient(), RetryPolicy.defaults(), RemoteJson.newMapper());
    }

    public static RemoteHttp withDeadlines(RequestDeadlines deadlines) {
        return new RemoteHttp(defaultClient(), RetryPolicy.defaults(), RemoteJson.newMapper(), deadlines);
    }

    public RequestDeadlines deadlines() {
        return deadlines;
    }

    /**
     * Runs {@code work} (a sync round) with a time limit on every request it sends from this thread or threads it
     * starts: each attempt, retry pause and request ends by then at the latest, with {@link DeadlineExceededException}.
     */
    public void withinRound(Duration limit, Runnable work) {
        RoundEnd outer = roundEnd.get();
        roundEnd.set(new RoundEnd(System.nanoTime() + limit.toNanos(), limit));
        try {
            work.run();
        } finally {
            if (outer == null) {
                roundEnd.remove();
            } else {
                roundEnd.set(outer);
            }
        }
    }

    /** When a round's requests must be done ({@link System#nanoTime()}), and its limit for the message. */
    private record RoundEnd(long atNanos, Duration limit) {
    }

    public static OkHttpClient defaultClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .writeTimeout(30, TimeUnit.SECONDS)
                .callTimeout(60, TimeUnit.SECONDS)
                .retryOnConnectionFailure(false) // we decide what is safe to repeat
                .build();
    }

    public ObjectMapper json() {
        return json;
    }

    public RetryPolicy retryPolicy() {
        return retry;
    }

    /**
     * Sends the request and returns the answer, whatever its status, except that a final transport
     * failure or retryable status after the last attempt throws {@link UnavailableException}.
     */
    RemoteResponse send(Request request, boolean idempotent) {
        String what = request.method() + " " + request.url().encodedPath();
        int attempts = idempotent ? retry.maxAttempts() : 1;
        Limit limit = limitFromNow();
        for (int attempt = 1; ; attempt++) {
            RemoteResponse response;
            try {
                response = execute(request, limit.forAttempt(deadlines.attempt(), what, null));
            } catch (IOException failure) {
                if (isUntrusted(failure)) {
                    throw new UntrustedConnectionException(ServerError.none(failure.getClass().getSimpleName() + ": "
                            + failure.getMessage()), failure);
                }
                if (limit.leftNanos() <= 0) {
                    throw limit.exceeded(what, failure);
                }
                if (attempt < attempts) {
                    Duration delay = retry.backoff(attempt);
                    LOG.info("{} failed ({}); attempt {} of {} in {} ms", what, failure.getClass().getSimpleName(),
                            attempt + 1, attempts, delay.toMillis());
                    pause(limit.beforeRetry(delay, what, failure), what);
                    continue;
                }
                String outcome = idempotent ? "" : " The change may or may not have reached the server.";
                throw new UnavailableException("Could not reach the Supabase project (" + describe(failure) + ")."
                        + outcome + " Check the network connection; nothing was lost.",
                        ServerError.none(failure.getClass().getSimpleName() + ": " + failure.getMessage()), null, failure);
            }
            if (ApiErrors.isNetworkLoginPage(response)) {
                throw ApiErrors.from(response, json, null);
            }
            if (!retryable(response) || attempt >= attempts) {
                return response;
            }
            Duration serverDelay = retryAfter(response);
            if (serverDelay != null && serverDelay.compareTo(retry.maxRetryAfter()) > 0) {
                return response; // the server asks for a longer pause than a caller should block
            }
            Duration delay = serverDelay != null ? serverDelay : retry.backoff(attempt);
            if (delay.toNanos() >= limit.leftNanos()) {
                return response; // no time left to try again: the caller gets this answer
            }
            LOG.info("{} answered {}; attempt {} of {} in {} ms", what, response.status(), attempt + 1, attempts,
                    delay.toMillis());
            pause(delay, what);
        }
    }

    private boolean retryable(RemoteResponse response) {
        int status = response.status();
        if (status != 429 && status != 500) {
            return ApiErrors.isTemporary(status, null);
        }
        ServerError error = ApiErrors.parse(status, response.body(), json);
        String code = error == null ? null : error.code();
        if (status == 429) {
            // GoTrue's limiter (supabase/auth internal/api/apilimiter) counts every try: repeating only spends it
            return !AuthRefusal.RATE_LIMITED.code().equals(code);
        }
        return ApiErrors.isTemporary(status, code);
    }

    /** A TLS handshake refused: the certificate chain is not trusted or does not name the host. */
    private static boolean isUntrusted(IOException failure) {
        return failure instanceof javax.net.ssl.SSLHandshakeException
                || failure instanceof javax.net.ssl.SSLPeerUnverifiedException;
    }

    /** Throws the typed exception for a non-2xx answer. */
    ApiException failure(RemoteResponse response) {
        return ApiErrors.from(response, json, retryAfter(response));
    }

    /** The deadline of one request: its own budget, or the round's end when that comes first. */
    private Limit limitFromNow() {
        long now = System.nanoTime();
        long own = now + deadlines.request().toNanos();
        RoundEnd round = roundEnd.get();
        if (round != null && round.atNanos() - own < 0) {
            return new Limit(round.atNanos(), round.limit(), true);
        }
        return new Limit(own, deadlines.request(), false);
    }

    /** One request's deadline ({@link System#nanoTime()}), the limit it comes from, and whether it is the round's. */
    private record Limit(long atNanos, Duration limit, boolean round) {

        long leftNanos() {
            return atNanos - System.nanoTime();
        }

        /** The time the next attempt may take: its own limit, or less when the request's time runs out first. */
        Duration forAttempt(Duration attempt, String what, Throwable cause) {
            long left = leftNanos();
            if (left <= 0) {
                throw exceeded(what, cause);
            }
            return Duration.ofNanos(Math.min(attempt.toNanos(), left));
        }

        /** The pause before a retry, if the request still has time for the pause and some of an attempt. */
        Duration beforeRetry(Duration delay, String what, Throwable cause) {
            if (delay.toNanos() >= leftNanos()) {
                throw exceeded(what, cause);
            }
            return delay;
        }

        DeadlineExceededException exceeded(String what, Throwable cause) {
            return new DeadlineExceededException(what, limit, round, cause);
        }
    }

    private RemoteResponse execute(Request request, Duration timeout) throws IOException {
        okhttp3.Call call = client.newCall(request);
        // the whole attempt, body included: the read timeout alone restarts with every byte
        call.timeout().timeout(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            return new RemoteResponse(request.method(), request.url().encodedPath(), response.code(),
                    response.headers(), bytes);
        }
    }

    private void pause(Duration delay, String what) {
        try {
            retry.sleeper().sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Stopped waiting to retry " + what + " because the app is shutting down.",
                    ServerError.none("interrupted"), null, interrupted);
        }
    }

    static Duration retryAfter(RemoteResponse response) {
        String value = response.header("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String describe(IOException failure) {
        if (failure instanceof InterruptedIOException) {
            return "timed out";
        }
        if (failure instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (failure instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return failure.getClass().getSimpleName();
    }
}
