package org.findinggood.coachdesk.testsupport.supabase;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The JDK's HTTP server on loopback, with {@code TCP_NODELAY} on its connections, as PostgREST (Warp) and
 * Supabase's gateway have. Without it the JDK server writes a response's headers and body in two segments,
 * and Nagle's algorithm holds the body until the client's delayed ACK (40 ms on Linux): a stand-in that
 * answers some requests 40 ms late, which hides real costs in benchmarks and slows every test.
 */
public final class LoopbackHttpServer {

    static {
        // Read once, when the JDK server's configuration class loads; surefire sets it too (pom.xml).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private LoopbackHttpServer() {
    }

    /** A server bound to 127.0.0.1 on {@code port} (0: any free port), not started. */
    public static HttpServer create(int port, int backlog) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    }
}
