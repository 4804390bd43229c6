package plan.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.BlockingQueue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/** {@code plan serve} over HTTP on 127.0.0.1, as a browser and an editor would use it. */
class ServeTest {
    static final String TITLE = "แผนพัฒนาการศึกษา โรงเรียนบ้านตัวอย่าง";
    static final String VISION = "นักเรียนมีความรู้คู่คุณธรรม";

    @TempDir
    Path dir;
    Path plan;
    String source;

    @BeforeEach
    void copyPlan() throws Exception {
        source = Files.readString(Path.of("examples/minimal.plan.yaml"));
        plan = dir.resolve("minimal.plan.yaml");
        Files.writeString(plan, source);
    }

    @Test
    void servesTheSiteBuildWritesWithTheReloadScriptOnlyInServedPages() throws Exception {
        try (LivePreview live = new LivePreview(dir.toString())) {
            assertThat(live.serve.url().getHost()).isEqualTo("127.0.0.1");
            HttpResponse<byte[]> page = live.get("/minimal.html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
            String html = new String(page.body(), StandardCharsets.UTF_8);
            assertThat(html).contains(TITLE).contains("new EventSource(\"/events?page=minimal.html\")");
            // The page links the PDF typeset when asked for and the Markdown, both served (issue 27 item 23).
            assertThat(html).contains("<a href=\"minimal.pdf\">ไฟล์ PDF</a>, <a href=\"minimal.md\">ไฟล์ Markdown</a>");
            assertThat(live.get("/minimal.md").statusCode()).isEqualTo(200);
            assertThat(live.text("/")).contains("href=\"minimal.html\"");

            HttpResponse<byte[]> pdf = live.get("/minimal.pdf");
            assertThat(pdf.headers().firstValue("content-type")).hasValue("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            assertThat(live.get("/assets/plan.css").headers().firstValue("content-type")).hasValue("text/css; charset=utf-8");
            HttpResponse<byte[]> font = live.get("/assets/fonts/Sarabun-Regular.ttf");
            assertThat(font.headers().firstValue("content-type")).hasValue("font/ttf");
            // A reload revalidates the fonts instead of fetching them again.
            var again = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    live.serve.url().resolve("/assets/fonts/Sarabun-Regular.ttf"))
                    .header("If-None-Match", font.headers().firstValue("etag").orElseThrow()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).isEqualTo(304);

            // The same documents as plan build, byte for byte, but for the script in the pages.
            Path out = dir.resolve("built");
            assertThat(Cli.run("build", plan.toString(), "--out", out.toString()).exitCode()).isZero();
            String built = Files.readString(out.resolve("minimal.html"));
            assertThat(built).doesNotContain("EventSource");
            assertThat(html.replaceAll("<script>\\(function\\(\\)\\{var seen=.*?</script>", "")).isEqualTo(built);
            // The index too: it links the PDFs, though they are typeset only when asked for.
            assertThat(live.text("/index.html").replaceAll("<script>\\(function\\(\\)\\{var seen=.*?</script>", ""))
                    .contains("href=\"minimal.pdf\"").isEqualTo(Files.readString(out.resolve("index.html")));
            assertThat(live.get("/assets/plan.css").body()).isEqualTo(Files.readAllBytes(out.resolve("assets/plan.css")));
        }
        // Nothing was written beside the plan but what the test's own build made.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("built", "minimal.plan.yaml");
        }
    }

    @Test
    void theIndexShowsThePlansLatestResultsAndASavedResultsFileChangesTheLine() throws Exception {
        Path results = dir.resolve("results");
        Files.createDirectories(results);
        for (String f : List.of("action-plan.plan.yaml", "action-plan-q2.results.yaml", "action-plan-year-end.results.yaml")) {
            Files.copy(Path.of("examples", f), results.resolve(f));
        }
        Path out = dir.resolve("built");
        assertThat(Cli.run("build", results.toString(), "--out", out.toString()).exitCode()).isZero();
        String built = Files.readString(out.resolve("index.html"));
        assertThat(built).contains("class=\"latest-results\"").contains("285,800.50 ของ 314,250.50");
        try (LivePreview live = new LivePreview(results.toString())) {
            // The line the build keeps in its record, made here without reports rendered: the same index.
            assertThat(live.text("/index.html").replaceAll("<script>\\(function\\(\\)\\{var seen=.*?</script>", ""))
                    .isEqualTo(built);
            Path yearEnd = results.resolve("action-plan-year-end.results.yaml");
            LivePreview.atomicSave(yearEnd, Files.readString(yearEnd).replace("spent: 24600", "spent: 20600"));
            live.awaitPage("/index.html", r -> r.body().contains("281,800.50 ของ 314,250.50"));
        }
    }

    @Test
    void anAtomicSaveSendsAReloadAndThePageChanges() throws Exception {
        try (LivePreview live = new LivePreview(plan.toString())) {
            BlockingQueue<String> events = live.events("minimal.html");
            String first = LivePreview.next(events);
            assertThat(first).isEqualTo(live.serve.version() + "." + live.serve.version()); // all new at the start
            // A burst: three saves in a row, the last one counts.
            for (String vision : List.of("ร่างที่หนึ่ง", "ร่างที่สอง", "วิสัยทัศน์ฉบับแก้ไข")) {
                LivePreview.atomicSave(plan, source.replace(VISION, vision));
            }
            String next = LivePreview.next(events);
            assertThat(LivePreview.own(next)).isGreaterThan(LivePreview.own(first));
            live.awaitPage("/minimal.html", r -> r.body().contains("วิสัยทัศน์ฉบับแก้ไข"));
            assertThat(live.text("/minimal.html")).doesNotContain(VISION).doesNotContain("ร่างที่");
        }
    }

    @Test
    void eachPageHearsOnlyOfChangesToWhatItShows() throws Exception {
        Path other = dir.resolve("other.plan.yaml");
        Files.writeString(other, source);
        try (LivePreview live = new LivePreview(dir.toString())) {
            BlockingQueue<String> mine = live.events("minimal.html");
            BlockingQueue<String> theirs = live.events("other.html");
            BlockingQueue<String> index = live.events("index.html");
            long start = LivePreview.own(LivePreview.next(mine));
            LivePreview.next(theirs);
            LivePreview.next(index);

            LivePreview.atomicSave(other, source.replace(VISION, "วิสัยทัศน์ของอีกแผน"));
            long theirChange = LivePreview.own(LivePreview.next(theirs));
            assertThat(theirChange).isGreaterThan(start);
            // The vision is not on the index: neither the index nor the other plan's page moves.
            LivePreview.atomicSave(plan, source.replace(TITLE, "แผนที่เปลี่ยนชื่อ"));
            long myChange = LivePreview.own(LivePreview.next(mine));
            assertThat(myChange).isGreaterThan(theirChange);
            // The title is on the index: it updates with this change (just after the page), and did not with the first.
            assertThat(LivePreview.own(LivePreview.next(index))).isGreaterThanOrEqualTo(myChange);
            assertThat(theirs).isEmpty();
            assertThat(live.text("/index.html")).contains("แผนที่เปลี่ยนชื่อ");
        }
    }

    /** PDFs are typeset on request, each plan's alone, among several plans (the build runs in parallel). */
    @Test
    void thePdfsOfAFolderAreTypesetWhenAskedFor() throws Exception {
        Files.writeString(dir.resolve("other.plan.yaml"), source.replace(TITLE, "แผนที่สอง"));
        try (LivePreview live = new LivePreview(dir.toString())) {
            for (String pdf : List.of("/other.pdf", "/minimal.pdf", "/other.pdf")) {
                HttpResponse<byte[]> r = live.get(pdf);
                assertThat(r.statusCode()).as(pdf).isEqualTo(200);
                assertThat(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            }
            assertThat(live.get("/other.pdf").body()).isNotEqualTo(live.get("/minimal.pdf").body());
        }
    }

    @Test
    void aBrokenPlanShowsItsDiagnosticsEscapedAndComesBackWhenMended() throws Exception {
        try (LivePreview live = new LivePreview(plan.toString())) {
            BlockingQueue<String> events = live.events("minimal.html");
            LivePreview.next(events);
            Files.writeString(plan, source + "<b>extra</b>: 1\n"); // an unknown key, with markup in its name
            LivePreview.next(events);
            String page = live.awaitPage("/minimal.html", r -> r.body().contains("unknown-key"));
            int line = source.split("\n", -1).length;
            assertThat(page).contains("minimal.plan.yaml:" + line + ":1: error[unknown-key]")
                    .contains("&lt;b&gt;extra&lt;/b&gt;").doesNotContain("<b>extra")
                    .doesNotContain(VISION) // not the last good page
                    .contains("new EventSource(");
            live.awaitPage("/", r -> r.body().contains("status-errors")); // the index follows just after the page

            Files.writeString(plan, source);
            live.awaitPage("/minimal.html", r -> r.body().contains(VISION));
            assertThat(live.text("/minimal.html")).doesNotContain("unknown-key");
        }
    }

    /**
     * A syntax error hides the plan's id, but the tab the author has open is on the id's page:
     * that page (and the file's own name) shows the error, titled with the file and the first
     * error, until the file is mended.
     */
    @Test
    void aSyntaxErrorShowsAtTheLastGoodIdOfTheFile() throws Exception {
        String withId = "id: school-2568\n" + source;
        Files.writeString(plan, withId);
        try (LivePreview live = new LivePreview(plan.toString())) {
            live.awaitPage("/school-2568.html", r -> r.body().contains(VISION));
            Files.writeString(plan, withId.replace("vision: ", "vision: \"")); // an unclosed quote
            String page = live.awaitPage("/school-2568.html", r -> r.body().contains("yaml-syntax"));
            assertThat(page).containsPattern("<title>\\S*minimal\\.plan\\.yaml has errors: the quote &quot; opened here is never closed</title>")
                    .doesNotContain("Not found").doesNotContain("<main"); // the error, not the last good page
            assertThat(live.text("/minimal.html")).contains("yaml-syntax");

            Files.writeString(plan, withId);
            live.awaitPage("/school-2568.html", r -> r.body().contains(VISION));
        }
    }

    /** A save checks again only the file saved, but the rules across files still see it: a plan aligned with it breaks and mends. */
    @Test
    void aSavedPlanIsCheckedAgainWithThePlansThatAlignWithIt() throws Exception {
        Path cascade = Files.createDirectories(dir.resolve("cascade"));
        try (var files = Files.list(Path.of("examples/cascade"))) {
            for (Path f : files.toList()) {
                Files.copy(f, cascade.resolve(f.getFileName()));
            }
        }
        Files.copy(Path.of("frameworks/national-strategy.framework.yaml"), cascade.resolve("national-strategy.framework.yaml"));
        Path parent = cascade.resolve("spp-example-1.plan.yaml");
        String original = Files.readString(parent);
        try (LivePreview live = new LivePreview(cascade.toString())) {
            String child = live.awaitPage("/school-ban-nong-khu.html", r -> r.statusCode() == 200);
            assertThat(child).doesNotContain("unresolved-ref");
            // The goal the school aligns with is renamed in the area office's plan.
            LivePreview.atomicSave(parent, original.replace("  - id: G1\n", "  - id: G9\n").replace("goals: [G1]", "goals: [G9]"));
            assertThat(live.awaitPage("/school-ban-nong-khu.html", r -> r.body().contains("unresolved-ref")))
                    .contains("school-ban-nong-khu.plan.yaml:16:14: error[unresolved-ref]").contains("spp-example-1:G1");
            assertThat(live.text("/spp-example-1.html")).doesNotContain("unresolved-ref");
            LivePreview.atomicSave(parent, original);
            live.awaitPage("/school-ban-nong-khu.html", r -> !r.body().contains("unresolved-ref"));
            assertThat(live.get("/school-ban-nong-khu.html").statusCode()).isEqualTo(200);
        }
    }

    /** Issue 27, item 4: any Host was answered, so a page using DNS rebinding could read every plan served. */
    @Test
    void onlyItsOwnHostAndOriginAreAnswered() throws Exception {
        try (LivePreview live = new LivePreview(plan.toString())) {
            int port = live.serve.url().getPort();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
                assertThat(live.rawStatus("/minimal.html", "Host: " + host)).as(host).contains(" 200");
            }
            assertThat(live.rawStatus("/minimal.html", "Host: 127.0.0.1:" + port + "\r\nOrigin: http://localhost:" + port))
                    .contains(" 200");
            for (String headers : List.of("Host: attacker.example:" + port, "Host: 127.0.0.1", "Host: 127.0.0.1:1",
                    "Host: localhost.attacker.example:" + port, "X-No-Host: 1",
                    "Host: 127.0.0.1:" + port + "\r\nOrigin: http://attacker.example:" + port,
                    "Host: 127.0.0.1:" + port + "\r\nOrigin: null")) {
                assertThat(live.rawStatus("/minimal.html", headers)).as(headers).matches("HTTP/1\\.1 421 .*");
                assertThat(live.rawStatus("/events", headers)).as(headers).matches("HTTP/1\\.1 421 .*");
            }
        }
    }

    @Test
    void pathsOutsideTheSiteAreRefused() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        try (LivePreview live = new LivePreview(plan.toString())) {
            assertThat(live.rawStatus("/index.html")).contains(" 200");
            for (String target : List.of("/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt",
                    "/%2E%2E%2Fsecret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/assets\\..\\secret.txt",
                    "//etc/passwd", "/" + dir.resolve("secret.txt"), "/%2fetc%2fpasswd", "/%00", "/%zz", "/./index.html",
                    "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt")) {
                String status = live.rawStatus(target);
                assertThat(status).as(target).matches("HTTP/1\\.1 (400|404) .*");
            }
        }
    }

    @Test
    void deletedAndRenamedPlansLeaveAndArriveUnderTheirNewId() throws Exception {
        Files.writeString(dir.resolve("second.plan.yaml"), source.replace(TITLE, "แผนที่สอง"));
        try (LivePreview live = new LivePreview(dir.toString())) {
            assertThat(live.get("/second.html").statusCode()).isEqualTo(200);
            Files.delete(dir.resolve("second.plan.yaml"));
            live.awaitPage("/second.html", r -> r.statusCode() == 404);
            live.awaitPage("/index.html", r -> !r.body().contains("second.html"));

            Files.move(plan, dir.resolve("renamed.plan.yaml"), StandardCopyOption.ATOMIC_MOVE);
            live.awaitPage("/renamed.html", r -> r.statusCode() == 200 && r.body().contains(TITLE));
            assertThat(live.get("/minimal.html").statusCode()).isEqualTo(404);
            // PDFs are typeset after the pages are shown: the old one goes a moment later.
            live.awaitPage("/minimal.pdf", r -> r.statusCode() == 404);
            live.awaitPage("/renamed.pdf", r -> r.statusCode() == 200);
            live.awaitPage("/index.html", r -> r.body().contains("renamed.html") && !r.body().contains("minimal.html"));

            // A plan added to the folder is served too.
            Files.writeString(dir.resolve("added.plan.yaml"), source);
            live.awaitPage("/added.html", r -> r.statusCode() == 200);
        }
    }

    @Test
    void pollingAloneFindsSavesAdditionsAndDeletions() throws Exception {
        ServeOptions polling = new ServeOptions(List.of(dir.toString()), 0, null, "test").pollingOnly();
        try (LivePreview live = new LivePreview(polling)) {
            assertThat(live.serve.polling()).isTrue();
            BlockingQueue<String> events = live.events("minimal.html");
            long first = LivePreview.own(LivePreview.next(events));
            LivePreview.atomicSave(plan, source.replace(VISION, "เห็นได้ด้วยการสำรวจ"));
            assertThat(LivePreview.own(LivePreview.next(events))).isGreaterThan(first);
            assertThat(live.text("/minimal.html")).contains("เห็นได้ด้วยการสำรวจ");

            Files.writeString(dir.resolve("added.plan.yaml"), source);
            live.awaitPage("/added.html", r -> r.statusCode() == 200);
            Files.delete(dir.resolve("added.plan.yaml"));
            live.awaitPage("/added.html", r -> r.statusCode() == 404);
        }
        // And by default the file system's notifications are listened to.
        try (LivePreview live = new LivePreview(plan.toString())) {
            assertThat(live.serve.polling()).isFalse();
        }
    }

    @Test
    void projectSettingsRenderThePlansUnderThemAgain() throws Exception {
        try (LivePreview live = new LivePreview(plan.toString())) {
            assertThat(live.text("/minimal.html")).contains("2567").doesNotContain("๒๕๖๗");
            Files.writeString(dir.resolve("plan.config.yaml"), "thai-digits: true\n");
            live.awaitPage("/minimal.html", r -> r.body().contains("๒๕๖๗"));
        }
    }

    @Test
    void survivesAClientThatLeavesMidResponse() throws Exception {
        try (LivePreview live = new LivePreview(plan.toString())) {
            for (int i = 0; i < 5; i++) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), live.serve.url().getPort())) {
                    OutputStream out = socket.getOutputStream();
                    out.write(("GET /minimal.pdf HTTP/1.1\r\nHost: 127.0.0.1:" + live.serve.url().getPort() + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    InputStream in = socket.getInputStream();
                    assertThat(in.readNBytes(16)).hasSize(16);
                    socket.setSoLinger(true, 0); // reset, not a polite close
                }
            }
            assertThat(live.get("/minimal.pdf").statusCode()).isEqualTo(200);
            assertThat(live.text("/minimal.html")).contains(TITLE);
        }
    }

    @Test
    void aPortInUseIsAClearUsageError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Result r = Cli.run("serve", plan.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
                    .contains("--port 0").doesNotContain("Exception");
        }
    }

    /** Ctrl-C and kill run the shutdown hook: the port is free again at once, --port 0's URL was printed. */
    @Tag("slow") // a new JVM, signalled
    @Test
    void aSignalStopsTheServerCleanly() throws Exception {
        Process serve = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), plan.cli.Main.class.getName(), "serve", plan.toString(), "--port", "0")
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            String url = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/");
            java.net.URI uri = java.net.URI.create(url);
            var http = java.net.http.HttpClient.newHttpClient();
            assertThat(http.send(java.net.http.HttpRequest.newBuilder(uri.resolve("/minimal.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains(TITLE);
            serve.destroy(); // SIGTERM: the same shutdown hooks as Ctrl-C's SIGINT
            assertThat(serve.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            try (ServerSocket again = new ServerSocket(uri.getPort(), 1, InetAddress.getLoopbackAddress())) {
                assertThat(again.getLocalPort()).isEqualTo(uri.getPort());
            }
            assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("Exception");
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void onlyGetAndHead() throws Exception {
        try (LivePreview live = new LivePreview(plan.toString())) {
            var http = java.net.http.HttpClient.newHttpClient();
            var post = http.send(java.net.http.HttpRequest.newBuilder(live.serve.url().resolve("/index.html"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }
}
