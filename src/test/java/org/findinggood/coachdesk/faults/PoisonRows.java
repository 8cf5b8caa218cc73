package org.findinggood.coachdesk.faults;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
        int firstRowEnd = firstRowEnd(text);
        return switch (fault) {
            case POISON_SPACED_TIMESTAMP -> {
                Matcher m = TIMESTAMP.matcher(text);
                yield m.find() ? m.replaceAll("\"$1 $2\"").getBytes(StandardCharsets.UTF_8) : null;
            }
            case POISON_DEEP_JSON -> ("[{\"x_poison\":" + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "," + text.substring(2))
                    .getBytes(StandardCharsets.UTF_8);
            case POISON_INVALID_UTF8 -> {
                Matcher m = TEXT_VALUE.matcher(text);
                while (m.find() && m.start() < firstRowEnd) {
                    if (!m.group(1).equals("id")) {
                        int at = text.substring(0, m.end()).getBytes(StandardCharsets.UTF_8).length;
                        ByteArrayOutputStream spoiled = new ByteArrayOutputStream();
                        spoiled.write(body, 0, at);
                        spoiled.write(0xC3);
                        spoiled.write(0x28); // 0xC3 must be followed by a continuation byte: this is not UTF-8
                        spoiled.write(body, at, body.length - at);
                        yield spoiled.toByteArray();
                    }
                }
                yield null;
            }
            case POISON_NULL_REQUIRED -> {
                Matcher m = CLIENT_EMAIL.matcher(text);
                yield m.find() && m.start() < firstRowEnd
                        ? (text.substring(0, m.start()) + "\"client_email\":null" + text.substring(m.end())).getBytes(StandardCharsets.UTF_8)
                        : null;
            }
            default -> null;
        };
    }

    /** Where the first row's object ends (strings and nesting respected). */
    private static int firstRowEnd(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 1; i < text.length(); i++) {
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
