package org.findinggood.coachdesk.testsupport.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that makes a slow link out of a fast one, as a coach on hotel Wi-Fi sees it: each
 * request waits {@code latency} before it reaches the server, and the bytes of every connection together pass
 * at most {@code bitsPerSecond} each way (one shared token bucket per direction, as one radio link). Bytes are
 * copied unchanged, so HTTP, keep-alive and chunking work as without it. A request is what the client sends
 * after the server last answered on that connection (HTTP/1.1 without pipelining, as OkHttp talks).
 */
public final class SlowLinkProxy implements Closeable {

    private final InetSocketAddress upstream;
    private final long latencyNanos;
    private final Link down;
    private final Link up;
    private final ServerSocket server;
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slow-link");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean closed;

    public SlowLinkProxy(URI upstream, Duration latency, long bitsPerSecond) throws IOException {
        this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
        this.latencyNanos = latency.toNanos();
        this.down = new Link(bitsPerSecond);
        this.up = new Link(bitsPerSecond);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "slow-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Hotel Wi-Fi: 40 ms per request, 20 Mbit/s. */
    public static SlowLinkProxy hotelWifi(URI upstream) throws IOException {
        return new SlowLinkProxy(upstream, Duration.ofMillis(40), 20_000_000L);
    }

    /** The upstream's URL through this proxy (same path). */
    public URI baseUrl(URI upstreamUrl) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + (upstreamUrl.getRawPath() == null ? "" : upstreamUrl.getRawPath()));
    }

    public long requests() {
        return requests.get();
    }

    /** Bytes the server sent to clients through the proxy. */
    public long bytesDown() {
        return down.bytes.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Socket target = new Socket();
                target.connect(upstream);
                client.setTcpNoDelay(true);
                target.setTcpNoDelay(true);
                synchronized (open) {
                    open.add(client);
                    open.add(target);
                }
                AtomicBoolean answered = new AtomicBoolean(true);
                pumps.execute(() -> pump(client, target, up, answered, true));
                pumps.execute(() -> pump(target, client, down, answered, false));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    /**
     * Copies {@code from} to {@code to} through {@code link}. Client to server: the first bytes after an answer
     * start a request and wait the latency first; server to client: any bytes are (part of) the answer.
     */
    private void pump(Socket from, Socket to, Link link, AtomicBoolean answered, boolean towardsServer) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (towardsServer && answered.getAndSet(false)) {
                    requests.incrementAndGet();
                    LockSupport.parkNanos(latencyNanos);
                } else if (!towardsServer) {
                    answered.set(true);
                }
                link.pass(n);
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side hung up: the other is closed below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            synchronized (open) {
                open.remove(from);
                open.remove(to);
            }
        }
    }

    /** A token bucket: bytes leave no faster than the link's rate, over every connection together. */
    private static final class Link {
        private final double nanosPerByte;
        private final AtomicLong bytes = new AtomicLong();
        private long freeAt;

        Link(long bitsPerSecond) {
            this.nanosPerByte = 8e9 / bitsPerSecond;
        }

        void pass(int n) {
            bytes.addAndGet(n);
            long done;
            synchronized (this) {
                long now = System.nanoTime();
                freeAt = Math.max(now, freeAt) + (long) (n * nanosPerByte);
                done = freeAt;
            }
            long wait;
            while ((wait = done - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        synchronized (open) {
            open.forEach(SlowLinkProxy::closeQuietly);
        }
        pumps.shutdownNow();
    }
}
