package org.findinggood.coachdesk.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

/**
 * Cheaply tells whether the server is reachable again while offline: a TCP connect to the project's
 * host and port, no HTTP, no token. Any answer at the socket level is good enough to try a sync.
 */
public interface ConnectivityProbe {

    boolean reachable();

    static ConnectivityProbe tcp(URI baseUrl, Duration timeout) {
        String host = baseUrl.getHost();
        int port = baseUrl.getPort() > 0 ? baseUrl.getPort() : "https".equalsIgnoreCase(baseUrl.getScheme()) ? 443 : 80;
        return () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        };
    }
}
