package org.findinggood.coachdesk.remote;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * The Supabase project Coach Desk talks to: its base URL and its anon (publishable) key.
 * Plain {@code http://} is refused except for the local machine, so tokens never cross a network in clear.
 */
public record SupabaseProject(URI baseUrl, String anonKey) {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public SupabaseProject {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (anonKey == null || anonKey.isBlank()) {
            throw new IllegalArgumentException("The project's anon key is empty; copy it from the Supabase dashboard (Settings > API).");
        }
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        String host = baseUrl.getHost() == null ? "" : baseUrl.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("The project URL has no host: " + baseUrl + "; expected https://<project>.supabase.co.");
        }
        if (scheme.equals("http") && !LOCAL_HOSTS.contains(host)) {
            throw new IllegalArgumentException("The project URL must start with https:// (plain http:// is only for a project "
                    + "on this computer); use https://" + host + ".");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("The project URL must start with https:// (got " + baseUrl + ").");
        }
        String text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** {@code <base>/rest/v1/}: PostgREST. */
    public HttpUrl restUrl() {
        return base().newBuilder().addPathSegments("rest/v1").build();
    }

    /** {@code <base>/auth/v1/}: GoTrue. */
    public HttpUrl authUrl() {
        return base().newBuilder().addPathSegments("auth/v1").build();
    }

    private HttpUrl base() {
        HttpUrl url = HttpUrl.get(baseUrl.toString());
        return url;
    }

    @Override
    public String toString() {
        return "SupabaseProject[" + baseUrl + ", anonKey=<redacted>]";
    }
}
