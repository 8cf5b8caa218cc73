package org.findinggood.coachdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import org.findinggood.coachdesk.testsupport.supabase.LoopbackHttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault proxy on its own, in front of a tiny JDK HTTP server, with a real OkHttp client. */
class FaultProxyTest {

    private static final String BIG = "x".repeat(20_000);

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final OkHttpClient client = new OkHttpClient.Builder()
            .retryOnConnectionFailure(false)
            .readTimeout(Duration.ofMillis(400))
            .build();

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackHttpServer.create(0, 0);
        server.createContext("/rest/v1/echo", exchange -> {
            hits.incrementAndGet();
            byte[] in = exchange.getRequestBody().readAllBytes();
            String answer = exchange.getRequestMethod() + ":" + new String(in, StandardCharsets.UTF_8) + ":"
                    + exchange.getRequestURI().getRawQuery() + ":" + BIG;
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Range", "0-0/1");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        client.connectionPool().evictAll();
    }

    private URI upstream() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private FaultProxy proxyWith(Fault only, int budget) throws IOException {
        int[] weights = new int[FaultSchedule.kinds().size()];
        weights[FaultSchedule.kinds().indexOf(only)] = 1;
        return new FaultProxy(upstream(), new FaultSchedule(1, 1.0, budget, weights), Duration.ofSeconds(5),
                Duration.ofMillis(200));
    }

    private Request post(FaultProxy proxy) {
        return new Request.Builder().url(proxy.baseUrl() + "/rest/v1/echo?id=eq.1")
                .post(RequestBody.create("{\"a\":1}", MediaType.get("application/json"))).build();
    }

    @Test
    void passesRequestsThroughUnchangedWhenNoFaultIsDue() throws IOException {
        try (FaultProxy proxy = new FaultProxy(upstream(), new FaultSchedule(7, 0.0, 100), Duration.ofSeconds(1),
                Duration.ofMillis(10))) {
            for (int i = 0; i < 3; i++) {
                try (Response r = client.newCall(post(proxy)).execute()) {
                    assertThat(r.code()).isEqualTo(200);
                    assertThat(r.header("Content-Range")).isEqualTo("0-0/1");
                    assertThat(r.body().string()).isEqualTo("POST:{\"a\":1}:id=eq.1:" + BIG);
                }
            }
            assertThat(proxy.injected()).isZero();
            assertThat(proxy.requests()).isEqualTo(3);
            assertThat(hits).hasValue(3);
        }
    }

    @Test
    void resetBeforeForwardingNeverReachesTheServer() throws IOException {
        try (FaultProxy proxy = proxyWith(Fault.RESET_BEFORE, 1)) {
            assertThatThrownBy(() -> client.newCall(post(proxy)).execute().close()).isInstanceOf(IOException.class);
            assertThat(hits).hasValue(0);
            assertThat(proxy.injected(Fault.RESET_BEFORE)).isEqualTo(1);
            assertBudgetSpentThenHealthy(proxy);
        }
    }

    @Test
    void resetAfterForwardingHasReachedTheServer() throws IOException {
        try (FaultProxy proxy = proxyWith(Fault.RESET_AFTER, 1)) {
            assertThatThrownBy(() -> client.newCall(post(proxy)).execute().close()).isInstanceOf(IOException.class);
            assertThat(hits).hasValue(1);
            assertBudgetSpentThenHealthy(proxy);
        }
    }

    @Test
    void timeoutsMakeTheClientGiveUp() throws IOException {
        try (FaultProxy proxy = proxyWith(Fault.TIMEOUT_BEFORE, 1)) {
            assertThatThrownBy(() -> client.newCall(post(proxy)).execute().close())
                    .isInstanceOf(InterruptedIOException.class);
            assertThat(hits).hasValue(0);
            assertBudgetSpentThenHealthy(proxy);
        }
        hits.set(0);
        try (FaultProxy proxy = proxyWith(Fault.TIMEOUT_AFTER, 1)) {
            assertThatThrownBy(() -> client.newCall(post(proxy)).execute().close())
                    .isInstanceOf(InterruptedIOException.class);
            assertThat(hits).hasValue(1);
        }
    }

    @Test
    void gatewayErrorsComeBeforeOrAfterTheServer() throws IOException {
        try (FaultProxy proxy = proxyWith(Fault.UNAVAILABLE_503, 1)) {
            try (Response r = client.newCall(post(proxy)).execute()) {
                assertThat(r.code()).isEqualTo(503);
            }
            assertThat(hits).hasValue(0);
        }
        try (FaultProxy proxy = proxyWith(Fault.ERROR_500_AFTER, 1)) {
            try (Response r = client.newCall(post(proxy)).execute()) {
                assertThat(r.code()).isEqualTo(500);
            }
            assertThat(hits).hasValue(1);
            assertBudgetSpentThenHealthy(proxy);
        }
    }

    @Test
    void truncatedBodyFailsWhileReadingIt() throws IOException {
        try (FaultProxy proxy = proxyWith(Fault.TRUNCATED_BODY, 1)) {
            assertThatThrownBy(() -> {
                try (Response r = client.newCall(post(proxy)).execute()) {
                    assertThat(r.code()).isEqualTo(200);
                    r.body().string();
                }
            }).isInstanceOf(IOException.class);
            assertThat(hits).hasValue(1);
        }
    }

    @Test
    void slowResponseArrivesWholeButLate() throws IOException {
        try (FaultProxy proxy = proxyWith(Fault.SLOW_RESPONSE, 1)) {
            long start = System.nanoTime();
            try (Response r = client.newCall(post(proxy)).execute()) {
                assertThat(r.body().string()).endsWith(BIG);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
            assertThat(proxy.injected(Fault.SLOW_RESPONSE)).isEqualTo(1);
        }
    }

    @Test
    void scheduleIsReproducibleForASeedAndRespectsItsBudget() {
        FaultSchedule a = new FaultSchedule(42, 0.3, 50);
        FaultSchedule b = new FaultSchedule(42, 0.3, 50);
        List<Fault> first = new ArrayList<>();
        List<Fault> second = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            first.add(a.next());
            second.add(b.next());
        }
        assertThat(first).isEqualTo(second);
        assertThat(first.stream().filter(f -> f != Fault.NONE).count()).isEqualTo(50);
        assertThat(first.stream().distinct()).containsAll(FaultSchedule.kinds());
        assertThat(a.exhausted()).isTrue();
        FaultSchedule other = new FaultSchedule(43, 0.3, 50);
        List<Fault> third = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            third.add(other.next());
        }
        assertThat(third).isNotEqualTo(first);
    }

    private void assertBudgetSpentThenHealthy(FaultProxy proxy) throws IOException {
        int before = hits.get();
        try (Response r = client.newCall(post(proxy)).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.body().string()).endsWith(BIG);
        }
        assertThat(hits.get()).isEqualTo(before + 1);
        assertThat(proxy.injected()).isEqualTo(1);
    }
}
