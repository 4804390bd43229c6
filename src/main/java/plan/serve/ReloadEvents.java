package plan.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;

/**
 * Server-sent events to open pages: each stream gets the site's version on connecting and after
 * every change, and a comment now and then so a page closed without a word is noticed (its write
 * fails) and dropped.
 */
final class ReloadEvents {
    private static final String STOP = "\0stop";
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final Set<BlockingQueue<String>> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Holds the exchange open and writes events to it until the page goes or the server stops. */
    void stream(HttpExchange exchange, Supplier<String> version) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        streams.add(queue); // before reading the version: a change in between is then sent too
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, "retry: 500\ndata: " + version.get() + "\n\n");
            while (!closed) {
                String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (STOP.equals(event)) {
                    break;
                }
                write(out, event == null ? ": still here\n\n" : "data: " + event + "\n\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.remove(queue);
        }
    }

    void send(String event) {
        streams.forEach(q -> q.add(event));
    }

    int open() {
        return streams.size();
    }

    void close() {
        closed = true;
        send(STOP);
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
