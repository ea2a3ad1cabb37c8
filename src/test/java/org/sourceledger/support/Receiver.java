package org.sourceledger.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A local webhook receiver: records every request and answers with the statuses it is told to, then 204. */
public final class Receiver implements AutoCloseable {

    /** One request as received: lower-case header names. */
    public record Request(String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> scripted = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 204;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), List.copyOf(v)));
            requests.add(
                    new Request(exchange.getRequestURI().getPath(), headers, new String(body, StandardCharsets.UTF_8)));
            Integer status = scripted.poll();
            int answer = status == null ? otherwise : status;
            if (answer >= 300 && answer < 400) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests get these statuses, in order; later ones get {@link #otherwise}. */
    public Receiver answer(Integer... statuses) {
        scripted.addAll(List.of(statuses));
        return this;
    }

    public Receiver otherwise(int status) {
        otherwise = status;
        return this;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** Waits until {@code count} requests match, or fails after the timeout. */
    public List<Request> await(Predicate<Request> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Request> matched = requests.stream().filter(matching).toList();
            if (matched.size() >= count) {
                return matched;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("expected " + count + " matching requests within " + timeout + ", got "
                + requests.stream().filter(matching).count() + " of " + requests.size());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
