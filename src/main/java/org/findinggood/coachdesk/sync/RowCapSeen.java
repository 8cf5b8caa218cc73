package org.findinggood.coachdesk.sync;

/**
 * What one pull pass has learned of the server's row cap ("Max rows" in Supabase, PostgREST's
 * {@code db-max-rows}): at least the largest page it has returned. PostgREST cuts a larger answer to the cap
 * without saying so (its {@code Content-Range} then reports only the rows sent), so a page shorter than asked
 * is the end of a read only when it is also shorter than a page the server has already proven it can send,
 * or when the row count says so. Otherwise one more (possibly empty) page is asked for. Learned afresh each
 * pass, so a cap lowered in the dashboard is learned again by the next round.
 */
final class RowCapSeen {

    private int largest;

    /** Whether a page of {@code got} rows, asked for {@code asked}, is the last of its read. */
    synchronized boolean isLastPage(int asked, int got) {
        if (got == 0) {
            return true;
        }
        boolean last = got < Math.min(asked, largest);
        largest = Math.max(largest, got);
        return last;
    }

    /** The same, with the count of rows the read had left before this page ({@code Prefer: count=exact}). */
    synchronized boolean isLastPage(int asked, int got, long remaining) {
        largest = Math.max(largest, got);
        return got == 0 || got >= remaining;
    }

    synchronized int largestSeen() {
        return largest;
    }
}
