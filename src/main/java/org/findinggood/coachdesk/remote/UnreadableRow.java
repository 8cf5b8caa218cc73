package org.findinggood.coachdesk.remote;

import java.util.Map;

/**
 * A row of an answer that could not be read into its record (nested deeper than the JSON reader allows, bytes
 * that are not UTF-8, a value of the wrong type), kept so the rest of the page can go on.
 *
 * @param index  its place in the page
 * @param keys   its top-level string fields asked for (its id, its cursor column), as sent
 * @param raw    its text as sent (invalid bytes replaced), cut to {@link #MAX_RAW} characters
 * @param error  why it could not be read
 */
public record UnreadableRow(int index, Map<String, String> keys, String raw, String error) {

    public static final int MAX_RAW = 20_000;
}
