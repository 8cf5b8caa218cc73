package org.findinggood.coachdesk.ui.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Reads what the coach typed as a project URL: trims, drops a pasted {@code /rest/v1} or {@code /auth/v1}. */
public final class ProjectUrl {

    private ProjectUrl() {
    }

    /** The normalised URL, or empty with no way to make sense of the text. */
    public static Optional<URI> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        text = text.replaceAll("/+$", "").replaceAll("/(rest|auth)/v1$", "");
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                    || uri.getHost().isBlank() || uri.getRawQuery() != null) {
                return Optional.empty();
            }
            if (scheme.equals("http") && !isLocal(uri.getHost())) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** True for {@code http://} to another computer: refused, since the password would cross the network unprotected. */
    public static boolean isPlainHttpToRemoteHost(String typed) {
        if (typed == null || !typed.trim().toLowerCase(Locale.ROOT).startsWith("http://")) {
            return false;
        }
        try {
            String host = new URI(typed.trim()).getHost();
            return host != null && !isLocal(host.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The key under which the anon key is remembered: the URL without trailing slashes, lower-case host. */
    public static String key(URI url) {
        return url.toString().replaceAll("/+$", "");
    }

    public static boolean isLocal(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }
}
