package org.findinggood.coachdesk.remote;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a JSON array of rows into each row's bytes, and reads a row's top-level string fields, by scanning
 * bytes only: no nesting limit, no UTF-8 decoding. So one row a JSON parser refuses (nested deeper than it
 * allows, bytes that are not UTF-8) is found and named by its id, and the rest of the page is still read.
 */
final class JsonArrayRows {

    private JsonArrayRows() {
    }

    /** The elements' byte ranges {@code [start, end)}; null when the text is not a JSON array. */
    static List<int[]> split(byte[] json) {
        int i = skipSpace(json, 0);
        if (i >= json.length || json[i] != '[') {
            return null;
        }
        List<int[]> rows = new ArrayList<>();
        i = skipSpace(json, i + 1);
        if (i < json.length && json[i] == ']') {
            return rows;
        }
        while (i < json.length) {
            int start = i;
            int end = skipValue(json, i);
            if (end < 0) {
                return null;
            }
            rows.add(new int[] {start, end});
            i = skipSpace(json, end);
            if (i >= json.length) {
                return null;
            }
            if (json[i] == ']') {
                return rows;
            }
            if (json[i] != ',') {
                return null;
            }
            i = skipSpace(json, i + 1);
        }
        return null;
    }

    /** The object's top-level string values for {@code names} (absent when missing, null or not a string). */
    static Map<String, String> topLevelStrings(byte[] json, int start, int end, Set<String> names) {
        Map<String, String> found = new HashMap<>();
        int i = skipSpace(json, start);
        if (i >= end || json[i] != '{') {
            return found;
        }
        i = skipSpace(json, i + 1);
        while (i < end && json[i] == '"') {
            int keyEnd = skipString(json, i);
            if (keyEnd < 0) {
                return found;
            }
            String key = new String(json, i + 1, keyEnd - i - 2, StandardCharsets.UTF_8);
            i = skipSpace(json, keyEnd);
            if (i >= end || json[i] != ':') {
                return found;
            }
            i = skipSpace(json, i + 1);
            int valueEnd = skipValue(json, i);
            if (valueEnd < 0) {
                return found;
            }
            if (json[i] == '"' && names.contains(key)) {
                found.put(key, new String(json, i + 1, valueEnd - i - 2, StandardCharsets.UTF_8));
            }
            i = skipSpace(json, valueEnd);
            if (i < end && json[i] == ',') {
                i = skipSpace(json, i + 1);
            }
        }
        return found;
    }

    /** The index after the value starting at {@code i}, or -1 when it does not end. */
    private static int skipValue(byte[] json, int i) {
        if (i >= json.length) {
            return -1;
        }
        byte first = json[i];
        if (first == '"') {
            return skipString(json, i);
        }
        if (first != '{' && first != '[') {
            while (i < json.length && json[i] != ',' && json[i] != ']' && json[i] != '}' && !isSpace(json[i])) {
                i++;
            }
            return i;
        }
        int depth = 0;
        while (i < json.length) {
            byte b = json[i];
            if (b == '"') {
                i = skipString(json, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return -1;
    }

    /** The index after the string starting with the quote at {@code i}, or -1. */
    private static int skipString(byte[] json, int i) {
        for (int j = i + 1; j < json.length; j++) {
            if (json[j] == '\\') {
                j++;
            } else if (json[j] == '"') {
                return j + 1;
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] json, int i) {
        while (i < json.length && isSpace(json[i])) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
