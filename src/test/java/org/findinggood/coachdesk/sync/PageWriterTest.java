package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class PageWriterTest {

    @Test
    void writesInSubmissionOrderOnItsOwnThread() {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        try (PageWriter writer = new PageWriter(2)) {
            for (int page = 0; page < 50; page++) {
                int n = page;
                writer.submit(() -> {
                    written.add(n);
                    threads.add(Thread.currentThread().getName());
                });
            }
            writer.drain();
        }
        assertThat(written).hasSize(50).isSorted();
        assertThat(threads).containsOnly("coachdesk-page-writer");
    }

    @Test
    void aFetchWaitsWhenDepthPagesAreOutstanding() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean thirdQueued = new AtomicBoolean();
        try (PageWriter writer = new PageWriter(2)) {
            Thread fetcher = new Thread(() -> {
                writer.submit(() -> await(release));
                writer.submit(() -> { });
                writer.submit(() -> { }); // blocks: two pages outstanding
                thirdQueued.set(true);
            });
            fetcher.start();
            fetcher.join(300);
            assertThat(thirdQueued).as("third page waits for the first write").isFalse();
            release.countDown();
            fetcher.join(5_000);
            assertThat(thirdQueued).isTrue();
        }
    }

    @Test
    void aFailedWriteStopsThePullAtTheNextPage() {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        try (PageWriter writer = new PageWriter(1)) {
            writer.submit(() -> {
                throw new IllegalStateException("disk full");
            });
            assertThatThrownBy(() -> writer.submit(() -> written.add(2))).hasMessage("disk full");
            writer.drain();
        }
        assertThat(written).isEmpty();
    }

    @Test
    void afterAFailedFetchQueuedPagesAreStillWrittenAndTheFetchErrorWins() {
        List<Integer> written = Collections.synchronizedList(new ArrayList<>());
        RuntimeException fetchFailed = new RuntimeException("connection reset");
        try (PageWriter writer = new PageWriter(3)) {
            writer.submit(() -> written.add(1));
            writer.submit(() -> {
                throw new IllegalStateException("also failed");
            });
            writer.drainAfter(fetchFailed);
        }
        assertThat(written).containsExactly(1);
        assertThat(fetchFailed.getSuppressed()).extracting(Throwable::getMessage).containsExactly("also failed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
