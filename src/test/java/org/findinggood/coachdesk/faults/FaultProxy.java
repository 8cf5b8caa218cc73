package org.findinggood.coachdesk.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.findinggood.coachdesk.remote.RetryPolicy;
import org.findinggood.coachdesk.sync.LocalSyncStack;

/**
 * An HTTP/1.1 proxy on loopback that sits between the app's HTTP client and a server (the local
 * Supabase stand-in) and spoils requests on a {@link FaultSchedule}: resets, timeouts, 500/503,
 * truncated bodies, slow answers. Real sockets on both sides; the client cannot tell it from a
 * flaky network or gateway. Counts every fault it injected.
 */
public final class FaultProxy implements Closeable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding",
            "content-length", "host", "accept-encoding", "content-encoding", "proxy-connection", "te", "upgrade");

    private final URI upstream;
    private final FaultSchedule schedule;
    private final Duration hang;
    private final Duration slow;
    private final ServerSocket server;
    private final OkHttpClient forwarder;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final Map<Fault, AtomicLong> counts = new EnumMap<>(Fault.class);
    private final AtomicLong requests = new AtomicLong();
    private final List<Socket> open = new ArrayList<>();
    /** The last answer with rows per path: what a repeated page answers with. */
    private final Map<String, Answer> lastPage = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Duration dripEvery = Duration.ofMillis(100);
    private volatile boolean withoutContentRange;
    private volatile java.util.function.Predicate<String> poisoned = path -> !path.endsWith("/coaches");
    private volatile boolean closed;
    /** Rows spoiled by a poison fault, with how, when {@link #poisonSticks()}: spoiled again in every later answer. */
    private final Map<PoisonRows.SpoiledRow, Fault> stuck = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean poisonSticks;

    /**
     * @param hang how long a "timeout" fault holds the connection at most (make it longer than the
     *             client's read timeout; the proxy lets go as soon as the client hangs up)
     * @param slow total extra time a slow answer takes
     */
    public FaultProxy(URI upstream, FaultSchedule schedule, Duration hang, Duration slow) throws IOException {
        this.upstream = upstream;
        this.schedule = schedule;
        this.hang = hang;
        this.slow = slow;
        for (Fault f : Fault.values()) {
            counts.put(f, new AtomicLong());
        }
        this.forwarder = new OkHttpClient.Builder()
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(60))
                .build();
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The proxy's address with the upstream's path, e.g. {@code http://127.0.0.1:PORT}. */
    /**
     * {@code email} signed in through this proxy with short timeouts and {@code retries}, so an injected stall
     * or reset costs little; pause the schedule around it when the sign-in itself must not be spoiled.
     */
    public LocalSyncStack.SignedIn signIn(LocalSyncStack stack, String email, int maxRows, Duration timeout,
            RetryPolicy retries) {
        return stack.signIn(email, baseUrl(), LocalSyncStack.quickClient(timeout), maxRows, retries);
    }

    public URI baseUrl() {
        String path = upstream.getRawPath() == null ? "" : upstream.getRawPath();
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
    }

    /**
     * Drops {@code Content-Range} from every answer, as some proxies and gateways do (and PostgREST sends
     * {@code *}{@code /*} without a count): a first sync must not need it.
     */
    public FaultProxy withoutContentRange() {
        this.withoutContentRange = true;
        return this;
    }

    /**
     * Which reads (by path) poison faults may spoil; by default every table but {@code coaches} (the coach's own
     * row is read strictly: without it there is no sync).
     */
    public FaultProxy poisonOnly(java.util.function.Predicate<String> paths) {
        this.poisoned = paths;
        return this;
    }

    /**
     * A row a poison fault spoiled stays spoiled in every later read until its {@code updated_at} changes, as a
     * row spoiled on the server would (without this, a re-read of the same row comes back clean).
     */
    public FaultProxy poisonSticks() {
        this.poisonSticks = true;
        return this;
    }

    /** How long a {@link Fault#DRIP} answer waits between bytes (keep it below the client's read timeout). */
    public FaultProxy dripEvery(Duration pause) {
        this.dripEvery = pause;
        return this;
    }

    public long injected() {
        long sum = 0;
        for (Map.Entry<Fault, AtomicLong> e : counts.entrySet()) {
            if (e.getKey() != Fault.NONE) {
                sum += e.getValue().get();
            }
        }
        return sum;
    }

    public long injected(Fault fault) {
        return counts.get(fault).get();
    }

    public long requests() {
        return requests.get();
    }

    public FaultSchedule schedule() {
        return schedule;
    }

    /** One line per fault kind, for test output. */
    public String summary() {
        StringBuilder out = new StringBuilder("requests=" + requests.get());
        for (Fault f : FaultSchedule.kinds()) {
            out.append(' ').append(f.name().toLowerCase(Locale.ROOT)).append('=').append(counts.get(f).get());
        }
        return out.toString();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                synchronized (open) {
                    open.add(socket);
                }
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!closed) {
                    sleepQuietly(10);
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (!closed) {
                ProxiedRequest request = ProxiedRequest.read(in);
                if (request == null) {
                    return;
                }
                requests.incrementAndGet();
                Fault fault = schedule.next();
                counts.get(fault).incrementAndGet();
                if (!handle(fault, request, client, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client hung up or the socket was reset: nothing to do for a proxy
        } finally {
            synchronized (open) {
                open.remove(client);
            }
        }
    }

    /** Returns true when the connection may carry another request. */
    private boolean handle(Fault fault, ProxiedRequest request, Socket client, OutputStream out) throws IOException {
        switch (fault) {
            case RESET_BEFORE -> {
                reset(client);
                return false;
            }
            case TIMEOUT_BEFORE -> {
                hangUntilClientGivesUp(client);
                return false;
            }
            case UNAVAILABLE_503 -> {
                writeResponse(out, 503, "Service Unavailable", Headers.of("Content-Type", "application/json"),
                        "{\"message\":\"upstream unavailable (injected)\"}".getBytes(StandardCharsets.UTF_8), false);
                return !request.wantsClose();
            }
            case HANG -> {
                hangUntilClientLeaves(client);
                return false;
            }
            case REPEATED_PAGE -> {
                Answer previous = request.isNextPage() ? lastPage.get(request.pageKey()) : null;
                if (previous != null && !previous.target.equals(request.target())) {
                    writeResponse(out, previous.code, previous.message, previous.headers, previous.body, false);
                    return !request.wantsClose();
                }
                notApplicable(fault);
            }
            default -> {
                // forwarded below
            }
        }
        Answer answer;
        try {
            answer = forward(request);
            if (request.method().equals("GET") && answer.code == 200 && answer.hasRows()) {
                lastPage.put(request.pageKey(), answer);
            }
        } catch (IOException e) {
            writeResponse(out, 502, "Bad Gateway", Headers.of("Content-Type", "application/json"),
                    "{\"message\":\"proxy could not reach upstream\"}".getBytes(StandardCharsets.UTF_8), false);
            return false;
        }
        switch (fault) {
            case RESET_AFTER -> {
                reset(client);
                return false;
            }
            case TIMEOUT_AFTER -> {
                hangUntilClientGivesUp(client);
                return false;
            }
            case ERROR_500_AFTER -> {
                writeResponse(out, 500, "Internal Server Error", Headers.of("Content-Type", "application/json"),
                        "{\"message\":\"gateway error (injected)\"}".getBytes(StandardCharsets.UTF_8), false);
                return !request.wantsClose();
            }
            case TRUNCATED_BODY -> {
                writeTruncated(out, answer);
                reset(client);
                return false;
            }
            case SLOW_RESPONSE -> {
                writeResponse(out, answer.code, answer.message, answer.headers, answer.body, true);
                return !request.wantsClose();
            }
            case DRIP -> {
                drip(out, answer);
                return !request.wantsClose();
            }
            default -> {
                // reads only: a spoiled answer to a write would be a different fault (a lost answer)
                boolean spoilable = request.method().equals("GET") && poisoned.test(request.path()) && answer.code == 200;
                byte[] body = spoilable ? PoisonRows.reapply(answer.body, stuck) : answer.body;
                if (fault.poisonsRows()) {
                    byte[] spoiled = spoilable ? PoisonRows.apply(fault, body) : null;
                    if (spoiled != null) {
                        PoisonRows.SpoiledRow row = PoisonRows.firstRow(body);
                        if (poisonSticks && row != null && fault.keptAside()) {
                            stuck.put(row, fault);
                        }
                        writeResponse(out, answer.code, answer.message, answer.headers, spoiled, false);
                        return !request.wantsClose();
                    }
                    notApplicable(fault);
                }
                writeResponse(out, answer.code, answer.message, answer.headers, body, false);
                return !request.wantsClose();
            }
        }
    }

    private Answer forward(ProxiedRequest request) throws IOException {
        String base = "http://" + upstream.getHost() + ":" + upstream.getPort();
        Request.Builder builder = new Request.Builder().url(base + request.target());
        for (Map.Entry<String, String> h : request.headers()) {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                builder.addHeader(h.getKey(), h.getValue());
            }
        }
        RequestBody body = null;
        if (request.body().length > 0 || requiresBody(request.method())) {
            String type = request.header("Content-Type");
            body = RequestBody.create(request.body(), type == null ? null : MediaType.parse(type));
        }
        builder.method(request.method(), body);
        try (Response response = forwarder.newCall(builder.build()).execute()) {
            ResponseBody responseBody = response.body();
            byte[] bytes = responseBody == null ? new byte[0] : responseBody.bytes();
            Headers.Builder headers = new Headers.Builder();
            for (kotlin.Pair<? extends String, ? extends String> h : response.headers()) {
                boolean dropped = withoutContentRange && h.getFirst().equalsIgnoreCase("Content-Range");
                if (!dropped && !HOP_BY_HOP.contains(h.getFirst().toLowerCase(Locale.ROOT))) {
                    headers.add(h.getFirst(), h.getSecond());
                }
            }
            return new Answer(request.target(), response.code(), response.message().isEmpty() ? "Status" : response.message(),
                    headers.build(), bytes);
        }
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private void writeResponse(OutputStream out, int code, String message, Headers headers, byte[] body, boolean slowly)
            throws IOException {
        byte[] head = head(code, message, headers, body.length);
        if (!slowly) {
            out.write(head);
            out.write(body);
            out.flush();
            return;
        }
        long pause = Math.max(1, slow.toMillis() / 8);
        sleepQuietly(pause);
        out.write(head);
        out.flush();
        int pieces = 6;
        int step = Math.max(1, (body.length + pieces - 1) / pieces);
        for (int offset = 0; offset < body.length; offset += step) {
            sleepQuietly(pause);
            out.write(body, offset, Math.min(step, body.length - offset));
            out.flush();
        }
    }

    /** The fault did not fit this request (no rows to spoil, no page before): it goes back to the schedule. */
    private void notApplicable(Fault fault) {
        counts.get(fault).decrementAndGet();
        counts.get(Fault.NONE).incrementAndGet();
        schedule.refund();
    }

    /** The head at once, then the body a byte at a time; stops when the client hangs up. */
    private void drip(OutputStream out, Answer answer) throws IOException {
        out.write(head(answer.code, answer.message, answer.headers, answer.body.length));
        out.flush();
        for (byte b : answer.body) {
            sleepQuietly(dripEvery.toMillis());
            if (closed) {
                throw new IOException("proxy closed");
            }
            out.write(b);
            out.flush();
        }
    }

    /** Reads and discards until the client hangs up or the proxy closes: no timeout of its own. */
    private static void hangUntilClientLeaves(Socket client) {
        try {
            client.setSoTimeout(0);
            while (client.getInputStream().read() >= 0) {
                // discard
            }
        } catch (IOException e) {
            // client hung up, or the proxy closed the socket
        }
    }

    private void writeTruncated(OutputStream out, Answer answer) throws IOException {
        int declared = Math.max(answer.body.length, 16);
        out.write(head(answer.code, answer.message, answer.headers, declared));
        out.write(answer.body, 0, answer.body.length / 2);
        out.flush();
    }

    private static byte[] head(int code, String message, Headers headers, int length) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(code).append(' ').append(message).append("\r\n");
        for (kotlin.Pair<? extends String, ? extends String> h : headers) {
            head.append(h.getFirst()).append(": ").append(h.getSecond()).append("\r\n");
        }
        head.append("Content-Length: ").append(length).append("\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void hangUntilClientGivesUp(Socket client) {
        try {
            client.setSoTimeout((int) hang.toMillis());
            while (client.getInputStream().read() >= 0) {
                // discard whatever the client still sends; wait for it to hang up
            }
        } catch (SocketTimeoutException e) {
            // held long enough
        } catch (IOException e) {
            // client hung up
        }
    }

    private static void reset(Socket client) {
        try {
            client.setSoLinger(true, 0); // close with RST, not FIN: "connection reset by peer"
            client.close();
        } catch (SocketException e) {
            // already gone
        } catch (IOException e) {
            // already gone
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
        connections.shutdownNow();
        try {
            connections.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        forwarder.dispatcher().executorService().shutdown();
        forwarder.connectionPool().evictAll();
    }

    private record Answer(String target, int code, String message, Headers headers, byte[] body) {
        boolean hasRows() {
            return body.length > 2 && body[0] == '[' && body[1] == '{';
        }
    }

    /** One HTTP/1.1 request as read off the client socket. */
    record ProxiedRequest(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {

        String header(String name) {
            for (Map.Entry<String, String> h : headers) {
                if (h.getKey().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
            return null;
        }

        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        /**
         * The read a page belongs to: its path and query without the keyset's "after" and "from" filters, so the
         * pages of one read share it and the reads of other chunks or id ranges do not.
         */
        String pageKey() {
            int query = target.indexOf('?');
            if (query < 0) {
                return target;
            }
            List<String> kept = new ArrayList<>();
            for (String parameter : target.substring(query + 1).split("&")) {
                String decoded = java.net.URLDecoder.decode(parameter, StandardCharsets.UTF_8);
                if (!decoded.contains("gt.") && !decoded.contains("=gte.")) {
                    kept.add(parameter);
                }
            }
            kept.sort(null);
            return path() + "?" + String.join("&", kept);
        }

        /** A keyset page after the first: its query asks for rows after a key ({@code gt.}). */
        boolean isNextPage() {
            return method.equals("GET") && target.contains("gt.");
        }

        boolean wantsClose() {
            String connection = header("Connection");
            return connection != null && connection.equalsIgnoreCase("close");
        }

        /** Null when the client closed the connection between requests. */
        static ProxiedRequest read(InputStream in) throws IOException {
            String requestLine = readLine(in);
            if (requestLine == null) {
                return null;
            }
            String[] parts = requestLine.split(" ");
            if (parts.length < 3) {
                throw new IOException("malformed request line");
            }
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.add(Map.entry(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
                }
            }
            ProxiedRequest partial = new ProxiedRequest(parts[0], parts[1], headers, new byte[0]);
            byte[] body;
            String chunked = partial.header("Transfer-Encoding");
            if (chunked != null && chunked.toLowerCase(Locale.ROOT).contains("chunked")) {
                body = readChunked(in);
            } else {
                String length = partial.header("Content-Length");
                body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length.trim()));
            }
            return new ProxiedRequest(parts[0], parts[1], headers, body);
        }

        private static byte[] readChunked(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                if (sizeLine == null) {
                    throw new IOException("truncated chunked body");
                }
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
                if (size == 0) {
                    String trailer;
                    while ((trailer = readLine(in)) != null && !trailer.isEmpty()) {
                        // trailers are dropped
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                readLine(in);
            }
        }

        private static String readLine(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
                }
                line.write(b);
                if (line.size() > 65536) {
                    throw new IOException("header line too long");
                }
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
        }
    }

}
