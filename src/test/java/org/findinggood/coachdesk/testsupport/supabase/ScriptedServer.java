package org.findinggood.coachdesk.testsupport.supabase;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a loopback port that answers from a script, for faults the stand-in cannot
 * produce on demand (a given status with Retry-After, a body that is not JSON, a wrong shape).
 * Records every request so tests can assert what the client sent.
 */
public final class ScriptedServer implements AutoCloseable {

    /** One request as received: method, path, raw query, headers (lower-case names), body text. */
    public record Call(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : String.join(", ", values);
        }
    }

    /** An answer: status, headers, body (null = none). */
    public record Reply(int status, Map<String, String> headers, String body) {
        public static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body);
        }

        public static Reply of(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, body);
        }
    }

    private final HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Reply> queue = new ConcurrentLinkedQueue<>();
    private volatile Function<Call, Reply> handler = call -> {
        Reply next = queue.poll();
        return next != null ? next : Reply.json(500, "{\"message\":\"script exhausted\"}");
    };

    private ScriptedServer(HttpServer server) {
        this.server = server;
    }

    public static ScriptedServer start() {
        try {
            HttpServer http = LoopbackHttpServer.create(0, 0);
            ScriptedServer scripted = new ScriptedServer(http);
            http.createContext("/", scripted::handle);
            http.setExecutor(Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "scripted-server");
                thread.setDaemon(true);
                return thread;
            }));
            http.start();
            return scripted;
        } catch (IOException e) {
            throw new IllegalStateException("could not open a loopback port", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public ScriptedServer enqueue(Reply... replies) {
        queue.addAll(List.of(replies));
        return this;
    }

    /** Replaces the queue with a function of the request. */
    public ScriptedServer answer(Function<Call, Reply> function) {
        this.handler = function;
        return this;
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body);
            calls.add(call);
            Reply reply = handler.apply(call);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            boolean noBody = bytes.length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : bytes.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
