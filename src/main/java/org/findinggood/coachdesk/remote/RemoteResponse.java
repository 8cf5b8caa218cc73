package org.findinggood.coachdesk.remote;

import okhttp3.Headers;

/** An HTTP answer read completely: status, headers, body text. {@code path} is for messages (never the query). */
record RemoteResponse(String method, String path, int status, Headers headers, String body) {

    boolean successful() {
        return status >= 200 && status < 300;
    }

    String header(String name) {
        return headers.get(name);
    }
}
