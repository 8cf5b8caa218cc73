package org.findinggood.coachdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.findinggood.coachdesk.model.DailyCheckin;
import org.findinggood.coachdesk.remote.PostgrestQuery;
import org.findinggood.coachdesk.remote.RemoteHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading ahead against the real stand-in: every row exactly once and in id order, and a page read ahead
 * that no longer lines up (a row deleted between two reads) is read again instead of skipping a row.
 */
class PagesAheadTest {

    private static final String COACH = "coach@example.org";
    private static final int CAP = 10;
    private static final PulledTable<DailyCheckin> CHECKINS = new PulledTable<>("daily_checkins", DailyCheckin.class,
            null, "client_email", null, "created_at", DailyCheckin::id, DailyCheckin::createdAt);

    private LocalSyncStack stack;
    /** Requests as sent, in order (path and query). */
    private final List<HttpUrl> sent = new CopyOnWriteArrayList<>();
    /** Requests with an offset (the reads ahead) wait here while a test holds them. */
    private volatile CountDownLatch aheadGate = new CountDownLatch(0);
    private final AtomicLong plainAnswered = new AtomicLong();
    private LocalSyncStack.SignedIn coach;

    @BeforeEach
    void start() throws SQLException {
        stack = LocalSyncStack.start();
        stack.supabase().maxRows(CAP);
        UUID coachId = stack.coach(COACH);
        try (Connection c = stack.sql()) {
            // 2 clients x 50 check-ins: 100 rows, 12 pages of 9
            new ServerSeed(2, 0, 0, 0, 50, 0).write(c, coachId, "client");
        }
        OkHttpClient http = RemoteHttp.defaultClient().newBuilder().addInterceptor(chain -> {
            HttpUrl url = chain.request().url();
            if (url.queryParameter("offset") != null) {
                try {
                    aheadGate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.add(url);
            var response = chain.proceed(chain.request());
            if (url.queryParameter("offset") == null) {
                plainAnswered.incrementAndGet();
            }
            return response;
        }).build();
        coach = stack.signIn(COACH, stack.supabase().baseUrl(), http, CAP);
        sent.clear();
        plainAnswered.set(0);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void readsEveryRowOnceInIdOrderWithTheNextPageAlreadyAsked() throws SQLException {
        List<UUID> read = new ArrayList<>();
        long[] total = {-1};
        new PagesAhead<>(CHECKINS, checkins(), CAP).read(null, n -> total[0] = n,
                page -> page.forEach(row -> read.add(row.id())));

        assertThat(total[0]).isEqualTo(100);
        assertThat(read).doesNotHaveDuplicates().containsExactlyElementsOf(serverIds());
        assertThat(sent).anySatisfy(url -> assertThat(url.queryParameter("offset")).isEqualTo(String.valueOf(CAP - 2)));
    }

    @Test
    void resumesAfterAGivenIdAndReadsOnlyWhatFollows() throws SQLException {
        List<UUID> all = serverIds();
        UUID after = all.get(41);
        List<UUID> read = new ArrayList<>();
        new PagesAhead<>(CHECKINS, checkins(), CAP).read(after, null, page -> page.forEach(row -> read.add(row.id())));

        assertThat(read).containsExactlyElementsOf(all.subList(42, all.size()));
    }

    @Test
    void aRowDeletedBetweenTwoReadsMakesTheReadAheadPageBeReadAgainNotSkipped() throws Exception {
        List<UUID> before = serverIds();
        List<UUID> read = new ArrayList<>();
        aheadGate = new CountDownLatch(1);
        int[] pages = {0};
        new PagesAhead<>(CHECKINS, checkins(), CAP).read(null, null, page -> {
            page.forEach(row -> read.add(row.id()));
            if (++pages[0] == 1) {
                // The second page (a plain read) is answered; the third, asked ahead from the same point with
                // an offset, is held until a row of the second page is gone: its offset now lands one row late.
                awaitPlainAnswers(2);
                delete(before.get(CAP - 1 + 4));
                aheadGate.countDown();
            }
        });

        // The deleted row was read with the second page, before it went; nothing after it was skipped.
        assertThat(read).doesNotHaveDuplicates().containsExactlyElementsOf(before);
        UUID endOfSecondPage = before.get(2 * (CAP - 1) - 1);
        assertThat(sent).as("the third page read again the plain way, after the second page's last row")
                .anySatisfy(url -> {
                    assertThat(url.queryParameter("offset")).isNull();
                    assertThat(url.queryParameter("id")).isEqualTo("gt." + endOfSecondPage);
                });
    }

    private void awaitPlainAnswers(long count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (plainAnswered.get() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(plainAnswered.get()).isGreaterThanOrEqualTo(count);
    }

    private PostgrestQuery checkins() {
        return coach.rest().from("daily_checkins");
    }

    private List<UUID> serverIds() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = stack.sql();
             ResultSet rs = c.createStatement().executeQuery("select id from public.daily_checkins order by id")) {
            while (rs.next()) {
                ids.add(UUID.fromString(rs.getString(1)));
            }
        }
        return Collections.unmodifiableList(ids);
    }

    private void delete(UUID id) {
        try (Connection c = stack.sql();
             PreparedStatement ps = c.prepareStatement("delete from public.daily_checkins where id = ?")) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
