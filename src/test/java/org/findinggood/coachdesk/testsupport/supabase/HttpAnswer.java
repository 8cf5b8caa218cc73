package org.findinggood.coachdesk.testsupport.supabase;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the stand-in sends back. */
record HttpAnswer(int status, Map<String, String> headers, String body) {

    static HttpAnswer json(int status, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        return new HttpAnswer(status, headers, body);
    }

    static HttpAnswer empty(int status) {
        return new HttpAnswer(status, new LinkedHashMap<>(), null);
    }

    HttpAnswer with(String header, String value) {
        Map<String, String> next = new LinkedHashMap<>(headers);
        next.put(header, value);
        return new HttpAnswer(status, next, body);
    }
}
