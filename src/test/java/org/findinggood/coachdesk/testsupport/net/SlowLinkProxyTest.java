package org.findinggood.coachdesk.testsupport.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The slow link over real sockets: its latency per request and its throughput, against the same server direct. */
class SlowLinkProxyTest {

    private static final int MEGABYTE = 1024 * 1024;

    private HttpServer server;
    private URI base;
    private final OkHttpClient http = new OkHttpClient();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, MEGABYTE);
            exchange.getResponseBody().write(new byte[MEGABYTE]);
            exchange.close();
        });
        server.createContext("/small", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aMegabyteTakesWhatTwentyMegabitsAllowAndEachRequestWaitsItsLatency() throws Exception {
        try (SlowLinkProxy link = SlowLinkProxy.hotelWifi(base)) {
            URI through = link.baseUrl(base);
            long start = System.nanoTime();
            assertThat(get(through.resolve("/big"))).isEqualTo(MEGABYTE);
            long big = (System.nanoTime() - start) / 1_000_000;
            // 8,388,608 bits at 20 Mbit/s: 419 ms, plus the request's 40 ms
            assertThat(big).isBetween(440L, 5_000L);
            assertThat(link.bytesDown()).isGreaterThan(MEGABYTE);

            start = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                get(through.resolve("/small"));
            }
            long small = (System.nanoTime() - start) / 1_000_000;
            assertThat(small).isBetween(400L, 5_000L);
            assertThat(link.requests()).isEqualTo(11);
        }
        // the same server direct: the delay above is the proxy's
        long start = System.nanoTime();
        get(base.resolve("/big"));
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(400L);
    }

    private long get(URI url) throws Exception {
        try (Response response = http.newCall(new Request.Builder().url(url.toString()).build()).execute()) {
            return response.body().bytes().length;
        }
    }
}
