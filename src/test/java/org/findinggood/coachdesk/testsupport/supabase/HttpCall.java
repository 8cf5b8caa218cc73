package org.findinggood.coachdesk.testsupport.supabase;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request as the stand-in sees it: decoded query parameters in order (keys may repeat), headers, body. */
record HttpCall(String method, String path, List<Map.Entry<String, String>> query, Map<String, List<String>> headers, String body) {

    static List<Map.Entry<String, String>> decodeQuery(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(Map.entry(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        return pairs;
    }

    String param(String name) {
        for (Map.Entry<String, String> pair : query) {
            if (pair.getKey().equals(name)) {
                return pair.getValue();
            }
        }
        return null;
    }

    String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    /** The {@code Prefer} header's preferences, e.g. {@code return -> representation}. */
    Map<String, String> preferences() {
        Map<String, String> preferences = new LinkedHashMap<>();
        String prefer = header("Prefer");
        if (prefer != null) {
            for (String item : prefer.split(",")) {
                String[] parts = item.trim().split("=", 2);
                if (!parts[0].isEmpty()) {
                    preferences.put(parts[0], parts.length > 1 ? parts[1] : "");
                }
            }
        }
        return preferences;
    }
}
