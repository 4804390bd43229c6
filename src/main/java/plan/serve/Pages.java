package plan.serve;

import java.nio.charset.StandardCharsets;

/**
 * The HTML the server adds: the script that reloads a page when the site changes (only in served
 * pages; built files never carry it), and the pages it makes itself (a plan's diagnostics, not
 * found).
 */
final class Pages {
    static final String EVENTS = "/events";

    private Pages() {
    }

    /**
     * {@code html} with the reload script before {@code </body>}. The page knows the version it
     * was made from; the event stream sends the current one on connecting and after every change,
     * so a change between loading the page and connecting is not missed.
     */
    static byte[] withReload(byte[] html, long version) {
        String page = new String(html, StandardCharsets.UTF_8);
        String script = "<script>(function(){var seen=\"" + version + "\";var events=new EventSource(\""
                + EVENTS + "\");events.onmessage=function(e){if(e.data!==seen){events.close();location.reload();}};})();</script>";
        int end = page.lastIndexOf("</body>");
        String out = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** The page of a plan that does not check: its diagnostics in place of its last good page. */
    static byte[] diagnostics(String title, String diagnostics) {
        return page(title, "<h1>" + escape(title) + "</h1>\n<pre class=\"diagnostics\">" + escape(diagnostics) + "</pre>\n"
                + "<p>The page comes back when the file is saved without errors.</p>");
    }

    static byte[] notFound(String name) {
        return page("Not found", "<h1>Not found</h1>\n<p>" + escape(name) + " is not part of the site (yet).</p>\n"
                + "<p><a href=\"/index.html\">All plans</a></p>");
    }

    private static byte[] page(String title, String body) {
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>body{font-family:sans-serif;margin:2rem;max-width:60rem}"
                + "pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem}</style>\n"
                + "</head>\n<body>\n" + body + "\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
