package plan.serve;

import plan.diag.Message;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import plan.app.BuildFailure;
import plan.render.site.OutputFormat;

/**
 * The HTTP side: the JDK's server on 127.0.0.1 only, serving the {@link LiveSite}'s current state
 * from memory, and the event streams that tell open pages to update. One virtual thread a request,
 * so event streams held open cost next to nothing.
 */
final class PreviewServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final LiveSite site;
    private final ReloadEvents events = new ReloadEvents();

    private PreviewServer(HttpServer server, LiveSite site) {
        this.server = server;
        this.site = site;
    }

    static PreviewServer start(LiveSite site, int port) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new PortInUse(port, e);
        }
        PreviewServer preview = new PreviewServer(server, site);
        server.setExecutor(preview.threads);
        server.createContext("/", preview::handle);
        server.start();
        return preview;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The site changed: open pages showing what changed update. */
    void changed(SiteState state) {
        events.send(state);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String refused = refusal(exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getRequestHeaders().getFirst("Origin"), port());
            if (refused != null) {
                send(exchange, 421, "text/plain; charset=utf-8", (refused + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = exchange.getRequestURI().getRawPath();
            try {
                if (Pages.EVENTS.equals(raw)) {
                    events.stream(exchange, eventsPage(exchange.getRequestURI().getRawQuery()), site::state);
                    return;
                }
                respond(exchange, SitePaths.documentName(raw), site.state());
            } catch (SitePaths.Refused e) {
                send(exchange, e.status, "text/plain; charset=utf-8", (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The client went away mid-response (a closed tab, a cancelled download): nothing to undo.
        }
    }

    /**
     * Why a request is refused, or null: a page of another site that made its name resolve to
     * this machine (DNS rebinding) sends its own name as {@code Host} and may not read the plans,
     * nor may a page of another origin. Only the names of the loopback address with this port.
     */
    static String refusal(String host, String origin, int port) {
        List<String> own = List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port);
        if (host == null || !own.contains(host.toLowerCase(java.util.Locale.ROOT))) {
            return "plan serve answers only requests for 127.0.0.1:" + port + " or localhost:" + port;
        }
        if (origin != null && own.stream().noneMatch(o -> origin.equalsIgnoreCase("http://" + o))) {
            return "plan serve answers only its own pages, not " + origin;
        }
        return null;
    }

    /** The page an event stream is for: {@code page=NAME} (percent-encoded), the index when none is named. */
    private static String eventsPage(String rawQuery) throws SitePaths.Refused {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return SitePaths.INDEX;
        }
        if (!rawQuery.startsWith("page=")) {
            throw new SitePaths.Refused(400, "events are asked for with ?page=NAME");
        }
        return SitePaths.documentName("/" + rawQuery.substring("page=".length()));
    }

    private void respond(HttpExchange exchange, String name, SiteState state) throws IOException {
        String html = ContentTypes.of("x.html");
        boolean page = SiteState.isPage(name);
        String id = SitePaths.planId(name);
        String stamp = state.stamp(name);
        if (state.failure() != null && page) {
            send(exchange, 200, html, Pages.withReload(Pages.diagnostics(site.messages().format(Message.of("serve.failed")), state.failure(), site.messages()),
                    name, stamp));
            return;
        }
        byte[] bytes = state.documents().bytes(name);
        if (bytes == null && id != null && OutputFormat.PDF.names(name)) {
            try {
                bytes = site.pdf(id);
            } catch (BuildFailure e) {
                send(exchange, 500, html, Pages.diagnostics(site.messages().format(Message.of("serve.pdf-failed", name)), site.describe(e), site.messages()));
                return;
            }
        }
        if (bytes != null && !page) {
            // Fonts and styles are asked for again on every reload: answer "unchanged" when they are.
            String tag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "-" + bytes.length + "\"";
            exchange.getResponseHeaders().set("ETag", tag);
            if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, ContentTypes.of(name), bytes);
        } else if (bytes != null) {
            send(exchange, 200, ContentTypes.of(name), Pages.withReload(bytes, name, stamp));
        } else if (id != null && state.broken().containsKey(id)) {
            // The plan's last good page would be a lie: show why there is none, until it is mended.
            send(exchange, 200, html, Pages.withReload(Pages.diagnostics(site.brokenTitle(id), state.broken().get(id), site.messages()),
                    name, stamp));
        } else {
            send(exchange, 404, html, Pages.withReload(Pages.notFound(name, site.messages()), name, stamp));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // Every request sees the latest save (others revalidate with their ETag); nothing sniffed as another type.
        exchange.getResponseHeaders().set("Cache-Control", exchange.getResponseHeaders().containsKey("ETag") ? "no-cache" : "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        events.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
