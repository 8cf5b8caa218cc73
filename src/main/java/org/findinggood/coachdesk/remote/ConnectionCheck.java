package org.findinggood.coachdesk.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * "Check connection": before (or instead of) signing in, one line per question a coach or the support
 * person would ask: does the URL answer as a Supabase project, is the key accepted (and which kind it is),
 * is password sign-in enabled ({@code /auth/v1/settings}, supabase/auth {@code internal/api/settings.go}),
 * are the V4 tables Coach Desk needs there, and is this computer's clock near the server's {@code Date}.
 * Never throws for an answer; each line says what was found. Runs off the FX thread.
 */
public final class ConnectionCheck {

    /** The tables a sync reads (finding-good-schema-v4). */
    public static final List<String> V4_TABLES = List.of("coaches", "coaching_relationships", "clients",
            "weekly_snapshots", "rolling_aggregates", "agreed_activities", "permissions", "daily_checkins", "focus_history");

    /** Beyond this the clock line fails: token times (iat, exp) are checked against the server's clock. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    /** One finding: {@code ok} or not, with one sentence; {@link #toString()} is the copyable line. */
    public record Line(String name, boolean ok, String text) {
        @Override
        public String toString() {
            return (ok ? "ok   " : "FAIL ") + name + ": " + text;
        }
    }

    private final SupabaseProject project;
    private final RemoteHttp http;
    private final Clock clock;

    public ConnectionCheck(SupabaseProject project, RemoteHttp http, Clock clock) {
        this.project = project;
        this.http = http;
        this.clock = clock;
    }

    /** Every line, in order; {@code accessToken} (may be null) reads the tables as the signed-in coach. */
    public List<Line> run(String accessToken) {
        List<Line> lines = new ArrayList<>();
        RemoteResponse settings;
        try {
            settings = http.send(get(project.authUrl().newBuilder().addPathSegment("settings").build(), null), true);
        } catch (ApiException unreachable) {
            lines.add(new Line("URL", false, unreachable.sentence()));
            return lines;
        }
        boolean keyRefused = settings.status() == 401 && ApiErrors.isGatewayRejection(settings, http.json());
        JsonNode body = settings.successful() ? json(settings) : null;
        if (body == null && !keyRefused) {
            ApiException failure = settings.successful() ? null : http.failure(settings);
            lines.add(new Line("URL", false, failure instanceof UnavailableException
                    ? failure.sentence()
                    : "It does not answer like a Supabase project (HTTP " + settings.status()
                            + " for /auth/v1/settings); check the URL, https://<project>.supabase.co."));
            return lines;
        }
        lines.add(new Line("URL", true, "a Supabase project answers"));
        lines.add(keyRefused
                ? new Line("Key", false, keyKind() + " refused. " + ApiKeyRejectedException.SENTENCE)
                : new Line("Key", true, keyKind() + " accepted"));
        if (keyRefused) {
            lines.add(clockLine(settings));
            return lines;
        }
        boolean email = body.path("external").path("email").asBoolean(false);
        lines.add(new Line("Password sign-in", email, email ? "enabled" : AuthRefusal.EMAIL_LOGINS_DISABLED.sentence()));
        lines.add(tablesLine(accessToken));
        lines.add(clockLine(settings));
        return lines;
    }

    private Line tablesLine(String accessToken) {
        List<String> missing = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String table : V4_TABLES) {
            HttpUrl url = project.restUrl().newBuilder().addPathSegment(table)
                    .addQueryParameter("select", "*").addQueryParameter("limit", "0").build();
            RemoteResponse answer;
            try {
                answer = http.send(get(url, bearer(accessToken)), true);
            } catch (ApiException unreachable) {
                return new Line("Tables", false, unreachable.sentence());
            }
            if (answer.successful()) {
                continue;
            }
            ApiException failure = http.failure(answer);
            if (failure instanceof NotFoundException) {
                missing.add(table);
            } else if (!(failure instanceof ForbiddenException || failure instanceof AuthExpiredException)) {
                return new Line("Tables", false, table + ": " + failure.sentence());
            } else {
                refused.add(table); // present; the anon role may not read it (42501): fine before sign-in
            }
        }
        if (!missing.isEmpty()) {
            return new Line("Tables", false, "missing " + String.join(", ", missing)
                    + "; this project does not have the Finding Good V4 schema Coach Desk needs.");
        }
        String who = accessToken == null ? "" : " signed in";
        return new Line("Tables", true, refused.isEmpty() ? "all " + V4_TABLES.size() + " V4 tables readable" + who
                : "all " + V4_TABLES.size() + " V4 tables there (" + refused.size() + " readable after sign-in)");
    }

    private Line clockLine(RemoteResponse answer) {
        Optional<Instant> server = serverTime(answer.header("Date"));
        if (server.isEmpty()) {
            return new Line("Clock", true, "the server sent no time to compare with");
        }
        Duration offset = Duration.between(server.get(), clock.instant());
        Duration size = offset.abs();
        String direction = offset.isNegative() ? "behind" : "ahead of";
        if (size.compareTo(CLOCK_TOLERANCE) <= 0) {
            return new Line("Clock", true, "within " + Math.max(1, size.toSeconds()) + " s of the server's");
        }
        return new Line("Clock", false, "this computer's clock is " + describe(size) + " " + direction
                + " the server's; turn on automatic date and time in the system settings.");
    }

    private String keyKind() {
        String key = project.anonKey();
        if (key.startsWith("sb_publishable_")) {
            return "publishable key";
        }
        if (key.startsWith("sb_secret_")) {
            return "secret key (an app should use the publishable key)";
        }
        return key.chars().filter(c -> c == '.').count() == 2 ? "legacy anon key (JWT)" : "key of an unknown kind";
    }

    /** The anon JWT or the coach's token; a publishable key is not a JWT, the gateway adds one. */
    private String bearer(String accessToken) {
        if (accessToken != null) {
            return accessToken;
        }
        return project.anonKey().chars().filter(c -> c == '.').count() == 2 ? project.anonKey() : null;
    }

    private Request get(HttpUrl url, String bearer) {
        Request.Builder request = new Request.Builder().url(url).header("apikey", project.anonKey())
                .header("Accept", "application/json").get();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return request.build();
    }

    private JsonNode json(RemoteResponse response) {
        try {
            JsonNode node = http.json().readTree(response.bytes());
            return node != null && node.isObject() && node.has("external") ? node : null;
        } catch (java.io.IOException notJson) {
            return null;
        }
    }

    private static Optional<Instant> serverTime(String date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static String describe(Duration size) {
        long minutes = size.toMinutes();
        return minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
    }
}
