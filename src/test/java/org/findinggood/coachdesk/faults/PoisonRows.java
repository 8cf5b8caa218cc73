package org.findinggood.coachdesk.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spoils the first row of a PostgREST answer the ways issue 18 lists, for {@link FaultProxy}: a space for the
 * {@code T} of every timestamp (valid PostgreSQL text: the client must store it), an extra field nested 10,000
 * arrays deep, bytes that are not UTF-8 in a text value, a null {@code client_email} (the cache requires it).
 * Returns null when the answer has nothing to spoil that way.
 */
final class PoisonRows {

    static final int DEPTH = 10_000;
    private static final Pattern TIMESTAMP = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[+-]\\d{2}:\\d{2}|Z))\"");
    private static final Pattern TEXT_VALUE = Pattern.compile("\"(\\w+)\":\"");
    private static final Pattern CLIENT_EMAIL = Pattern.compile("\"client_email\":\"[^\"]*\"");

    private PoisonRows() {
    }

    static byte[] apply(Fault fault, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.startsWith("[{")) {
            return null;
        }
        if (fault == Fault.POISON_SPACED_TIMESTAMP) {
            Matcher m = TIMESTAMP.matcher(text);
            return m.find() ? m.replaceAll("\"$1 $2\"").getBytes(StandardCharsets.UTF_8) : null;
        }
        if (fault == Fault.POISON_DEEP_JSON) {
            return ("[{\"x_poison\":" + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "," + text.substring(2))
                    .getBytes(StandardCharsets.UTF_8);
        }
        return spoilRow(fault, text, body, 1, rowEnd(text, 1));
    }

    /**
     * The same spoilings, again, on the rows of {@code body} with these ids and {@code updated_at} as sent: a row
     * spoiled on the server stays so until it changes there. The text spoilings go first, then the bytes that are
     * not UTF-8 (the text could not be decoded after them).
     */
    static byte[] reapply(byte[] body, Map<SpoiledRow, Fault> rows) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.startsWith("[{") || rows.isEmpty()) {
            return body;
        }
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> invalidAt = new ArrayList<>();
        int copied = 0;
        int start = 1;
        while (start < text.length() && text.charAt(start) == '{') {
            int end = rowEnd(text, start);
            SpoiledRow row = SpoiledRow.of(text.substring(start, end));
            Fault fault = row == null ? null : rows.get(row);
            if (fault == Fault.POISON_NULL_REQUIRED) {
                Matcher m = CLIENT_EMAIL.matcher(text).region(start, end);
                if (m.find()) {
                    out.append(text, copied, m.start()).append("\"client_email\":null");
                    copied = m.end();
                }
            } else if (fault == Fault.POISON_INVALID_UTF8) {
                int at = firstTextValue(text, start, end);
                if (at >= 0) {
                    out.append(text, copied, at);
                    copied = at;
                    invalidAt.add(out.length());
                }
            }
            start = end + 1;
            // json_agg puts ", " and a newline between rows
            while (start < text.length() && (text.charAt(start) == ',' || Character.isWhitespace(text.charAt(start)))) {
                start++;
            }
        }
        out.append(text, copied, text.length());
        String spoiledText = out.toString();
        ByteArrayOutputStream spoiled = new ByteArrayOutputStream();
        int from = 0;
        for (int at : invalidAt) {
            byte[] before = spoiledText.substring(from, at).getBytes(StandardCharsets.UTF_8);
            spoiled.write(before, 0, before.length);
            spoiled.write(0xC3);
            spoiled.write(0x28);
            from = at;
        }
        byte[] rest = spoiledText.substring(from).getBytes(StandardCharsets.UTF_8);
        spoiled.write(rest, 0, rest.length);
        return spoiled.toByteArray();
    }

    /** Where the first text value (not the id) of the row at [from, to) starts, just past its opening quote; -1 if none. */
    private static int firstTextValue(String text, int from, int to) {
        Matcher m = TEXT_VALUE.matcher(text).region(from, to);
        while (m.find()) {
            if (!m.group(1).equals("id")) {
                return m.end();
            }
        }
        return -1;
    }

    /** The first row's id and {@code updated_at} as sent, when it has both. */
    static SpoiledRow firstRow(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("[{") ? SpoiledRow.of(text.substring(1, rowEnd(text, 1))) : null;
    }

    /** A row version by id and {@code updated_at} text; null parts when the row has none. */
    record SpoiledRow(String id, String updatedAt) {
        private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
        private static final Pattern UPDATED_AT = Pattern.compile("\"updated_at\":\"([^\"]+)\"");

        static SpoiledRow of(String row) {
            Matcher id = ID.matcher(row);
            Matcher at = UPDATED_AT.matcher(row);
            return id.find() && at.find() ? new SpoiledRow(id.group(1), at.group(1)) : null;
        }
    }

    /** Spoils the row at [from, to) of {@code text} (the bytes of {@code body}); null when it cannot be. */
    private static byte[] spoilRow(Fault fault, String text, byte[] body, int from, int to) {
        return switch (fault) {
            case POISON_INVALID_UTF8 -> {
                int value = firstTextValue(text, from, to);
                if (value < 0) {
                    yield null;
                }
                int at = text.substring(0, value).getBytes(StandardCharsets.UTF_8).length;
                ByteArrayOutputStream spoiled = new ByteArrayOutputStream();
                spoiled.write(body, 0, at);
                spoiled.write(0xC3);
                spoiled.write(0x28); // 0xC3 must be followed by a continuation byte: this is not UTF-8
                spoiled.write(body, at, body.length - at);
                yield spoiled.toByteArray();
            }
            case POISON_NULL_REQUIRED -> {
                Matcher m = CLIENT_EMAIL.matcher(text).region(from, to);
                yield m.find()
                        ? (text.substring(0, m.start()) + "\"client_email\":null" + text.substring(m.end())).getBytes(StandardCharsets.UTF_8)
                        : null;
            }
            default -> null;
        };
    }

    /** Where the row object starting at {@code start} ends, its closing brace included (strings and nesting respected). */
    private static int rowEnd(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return text.length();
    }
}
