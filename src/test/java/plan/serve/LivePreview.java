package plan.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import plan.diag.Messages;

/** A running {@code plan serve} for tests, and the HTTP a browser would send it. */
final class LivePreview implements AutoCloseable {
    /** Generous: the test machine is shared; a change normally shows in a few hundred ms. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    final Serve serve;
    final StringWriter log = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LivePreview(String... paths) throws Exception {
        this(new ServeOptions(List.of(paths), 0, null, "test"));
    }

    LivePreview(ServeOptions options) throws Exception {
        serve = Serve.start(options, new Messages(Locale.ENGLISH), new PrintWriter(log, true));
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(serve.url().resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    String text(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    /** Waits until the page at {@code path} satisfies {@code test}; fails with the last page seen. */
    String awaitPage(String path, Predicate<HttpResponse<String>> test) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> last;
        do {
            HttpResponse<byte[]> r = get(path);
            last = new StringResponse(r);
            if (test.test(last)) {
                return last.body();
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        throw new AssertionError("page " + path + " never matched; last (" + last.statusCode() + "):\n" + last.body()
                + "\nlog:\n" + log);
    }

    /** The {@code data:} lines of the event stream of the page {@code page}, as they arrive. */
    BlockingQueue<String> events(String page) {
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        http.sendAsync(HttpRequest.newBuilder(serve.url().resolve("/events?page=" + page)).build(), HttpResponse.BodyHandlers.ofLines())
                // On a thread of its own: a response already arrived would run a plain thenAccept on
                // this (the test's) thread, which would then read the endless stream and never return.
                .thenAcceptAsync(r -> r.body().filter(l -> l.startsWith("data: ")).forEach(l -> data.add(l.substring(6))),
                        task -> {
                            Thread reader = new Thread(task, "events " + page);
                            reader.setDaemon(true);
                            reader.start();
                        });
        return data;
    }

    static String next(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + PATIENCE);
        }
        return event;
    }

    /** The version of a page's own content in its stamp {@code OWN.ASSETS}. */
    static long own(String stamp) {
        return Long.parseLong(stamp.substring(0, stamp.indexOf('.')));
    }

    /** The status line of a request sent as raw bytes: paths an HTTP client would clean up first. */
    String rawStatus(String target) throws IOException {
        return rawStatus(target, "Host: 127.0.0.1:" + serve.url().getPort());
    }

    /** The status line of a raw request with {@code headers} (CRLF-separated). */
    String rawStatus(String target, String headers) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.url().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\n" + headers + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\r') {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    /** An editor's atomic save: the new text goes to a temporary file, renamed over the old. */
    static void atomicSave(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(temp, text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        serve.close();
    }

    private record StringResponse(HttpResponse<byte[]> bytes) implements HttpResponse<String> {
        public int statusCode() { return bytes.statusCode(); }
        public HttpRequest request() { return bytes.request(); }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return bytes.headers(); }
        public String body() { return new String(bytes.body(), StandardCharsets.UTF_8); }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return bytes.sslSession(); }
        public URI uri() { return bytes.uri(); }
        public HttpClient.Version version() { return bytes.version(); }
    }
}
