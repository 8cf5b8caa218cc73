package org.findinggood.coachdesk.remote;

import java.util.List;
import java.util.OptionalLong;

/**
 * The rows of one answer that could be read, and those that could not ({@link UnreadableRow}).
 *
 * @param rows       the readable rows, in the answer's order
 * @param unreadable the others, each with its place in the answer
 * @param count      how many rows the answer held
 * @param total      the rows matching the query, when counted ({@code Prefer: count=exact}) and sent
 */
public record ReadRows<T>(List<T> rows, List<UnreadableRow> unreadable, int count, OptionalLong total) {

    public boolean isEmpty() {
        return count == 0;
    }
}
