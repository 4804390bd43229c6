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
 * Server-sent events to open pages, one stream a page: it gets the page's stamp ({@link
 * SiteState#stamp}) on connecting and again whenever that stamp changes, so a tab updates only
 * when what it shows changed; and a comment now and then, so a page closed without a word is
 * noticed (its write fails) and dropped.
 */
final class ReloadEvents {
    private static final SiteState STOP = SiteState.EMPTY;
    private static final long KEEP_ALIVE_SECONDS = 15;

    /** An open page: the document it shows, and the states it has yet to hear of. */
    private record Listener(String page, BlockingQueue<SiteState> states) {
    }

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Holds the exchange open and writes the stamps of {@code page} to it until the page goes or the server stops. */
    void stream(HttpExchange exchange, String page, Supplier<SiteState> current) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Listener listener = new Listener(page, new LinkedBlockingQueue<>());
        listeners.add(listener); // before reading the state: a change in between is then sent too
        try (OutputStream out = exchange.getResponseBody()) {
            String sent = current.get().stamp(page);
            write(out, "retry: 500\ndata: " + sent + "\n\n");
            while (!closed) {
                SiteState state = listener.states.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (state == STOP) {
                    break;
                }
                if (state == null) {
                    write(out, ": still here\n\n");
                } else if (!state.stamp(page).equals(sent)) {
                    sent = state.stamp(page);
                    write(out, "data: " + sent + "\n\n");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(listener);
        }
    }

    /** The site changed: each open page whose stamp moved hears of it. */
    void send(SiteState state) {
        listeners.forEach(l -> l.states.add(state));
    }

    int open() {
        return listeners.size();
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
