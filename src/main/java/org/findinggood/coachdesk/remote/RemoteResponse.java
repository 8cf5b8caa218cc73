package org.findinggood.coachdesk.remote;

import java.nio.charset.StandardCharsets;
import okhttp3.Headers;

/**
 * An HTTP answer read completely: status, headers, body bytes. {@code path} is for messages (never the
 * query). Rows are parsed from the bytes (Jackson's UTF-8 parser, no decoded copy of a 1,000-row page).
 */
record RemoteResponse(String method, String path, int status, Headers headers, byte[] bytes) {

    boolean successful() {
        return status >= 200 && status < 300;
    }

    String header(String name) {
        return headers.get(name);
    }

    /** The body as text (JSON responses are UTF-8). */
    String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
