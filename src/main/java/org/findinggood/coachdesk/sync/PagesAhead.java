package org.findinggood.coachdesk.sync;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.findinggood.coachdesk.remote.Counted;
import org.findinggood.coachdesk.remote.Order;
import org.findinggood.coachdesk.remote.PostgrestQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a table in id order with the next page already requested while the current one is handed on.
 *
 * <p>Why: keyset paging is a chain (page k+1 starts after page k's last id), so one reader waits for the
 * server, then parses, then waits again; on a network every page also pays a round trip. The page after
 * next is asked for before its start is known: "after the last id I know, skipping one page less one row".
 * Its first row must then be the last row of the page before it; that one row of overlap proves nothing was
 * skipped. When it is not (a row was inserted or deleted between the two reads), the page is read again the
 * plain way. Every page holds {@code rows} new rows ({@code rows + 1} with the overlap, within the server's
 * cap), so the offset is the same for every page. Pages reach the handler in id order, on the caller's
 * thread, as with a plain keyset loop, so cursors saved per page stay resumable.
 */
final class PagesAhead<T> {

    private static final Logger LOG = LoggerFactory.getLogger(PagesAhead.class);

    private final PulledTable<T> table;
    private final PostgrestQuery base;
    private final int rows;

    /** {@code cap}: the most rows one request may return (the server's row cap). */
    PagesAhead(PulledTable<T> table, PostgrestQuery base, int cap) {
        if (cap < 2) {
            throw new IllegalArgumentException("pages ahead need a row cap of at least 2");
        }
        this.table = table;
        this.base = base;
        this.rows = cap - 1;
    }

    /**
     * Every row with an id after {@code afterId} (all when null); the first request also asks for the count of
     * rows still to read and hands it to {@code total} (when not null) before the first page.
     */
    void read(UUID afterId, LongConsumer total, Consumer<List<T>> handler) {
        List<T> first;
        if (total != null) {
            Counted<T> counted = page(afterId).listWithCount(table.type());
            total.accept(counted.total().orElse(-1));
            first = counted.rows();
        } else {
            first = page(afterId).list(table.type());
        }
        if (first.isEmpty()) {
            return;
        }
        if (first.size() < rows) {
            handler.accept(first);
            return;
        }
        ExecutorService fetcher = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "coachdesk-page-ahead");
            thread.setDaemon(true);
            return thread;
        });
        try {
            readAhead(first, handler, fetcher);
        } finally {
            fetcher.shutdownNow();
        }
    }

    private void readAhead(List<T> first, Consumer<List<T>> handler, ExecutorService fetcher) {
        UUID last = lastId(first);
        UUID after = last;
        Future<List<T>> current = fetcher.submit(() -> page(after).list(table.type()));
        boolean currentOverlaps = false;
        Future<List<T>> next = fetcher.submit(() -> pageAfterNext(after));
        handler.accept(first);
        while (true) {
            List<T> page = currentOverlaps ? checkedOverlap(current, last) : Uninterruptibly.get(current, "A page read");
            if (page.isEmpty()) {
                next.cancel(true);
                return;
            }
            last = lastId(page);
            if (page.size() < rows) {
                next.cancel(true);
                handler.accept(page);
                return;
            }
            UUID from = last;
            current = next;
            currentOverlaps = true;
            next = fetcher.submit(() -> pageAfterNext(from));
            handler.accept(page);
        }
    }

    /**
     * The overlapping page's new rows, after checking its first row is {@code expected} (the last row read);
     * otherwise, or when that request failed, the page read again after {@code expected}.
     */
    private List<T> checkedOverlap(Future<List<T>> overlapping, UUID expected) {
        List<T> page;
        try {
            page = Uninterruptibly.get(overlapping, "A page read");
        } catch (RuntimeException failed) {
            // the plain read below retries as every read does, and reports the error if it persists
            LOG.debug("A page read ahead of {} failed ({}); reading it again", table.name(), failed.toString());
            page = null;
        }
        if (page != null && !page.isEmpty() && expected.equals(table.idOf().apply(page.get(0)))) {
            return page.subList(1, page.size());
        }
        if (page != null) {
            LOG.debug("Rows of {} changed between two reads ahead; reading the page again", table.name());
        }
        return page(expected).list(table.type());
    }

    /** Rows after {@code after}, skipping the page that starts there except its last row (the overlap). */
    private List<T> pageAfterNext(UUID after) {
        return base.order("id", Order.ASC).gt("id", after).offset(rows - 1).limit(rows + 1).list(table.type());
    }

    private PostgrestQuery page(UUID after) {
        PostgrestQuery page = base.order("id", Order.ASC).limit(rows);
        return after == null ? page : page.gt("id", after);
    }

    private UUID lastId(List<T> page) {
        return table.idOf().apply(page.get(page.size() - 1));
    }
}
