package plan.serve;

import plan.diag.Message;
import plan.diag.Messages;

import java.nio.charset.StandardCharsets;

/**
 * The HTML the server adds: the script that updates a page when the site changes (only in served
 * pages; built files never carry it), and the pages it makes itself (a plan's diagnostics, not
 * found).
 */
final class Pages {
    static final String EVENTS = "/events";

    private Pages() {
    }

    /**
     * {@code html} with the update script before {@code </body>}. The page knows the stamp of the
     * content it was made from (see {@link SiteState#stamp}); the event stream for its name sends
     * the current stamp on connecting and after every change of that page, so a change between
     * loading the page and connecting is not missed, and a change to another page is not seen.
     * On a new stamp the page fetches itself and swaps its body in place: no new document, no
     * styles and fonts asked for again, the scroll position kept. It reloads instead when the
     * assets changed, or when the new page's head differs (a page of diagnostics in place of the
     * plan's, or back): a body alone would then be shown with the wrong styles.
     */
    static byte[] withReload(byte[] html, String name, String stamp) {
        String page = new String(html, StandardCharsets.UTF_8);
        String script = "<script>(function(){var seen=\"" + stamp + "\";"
                + "function head(d){var h=d.head.cloneNode(true),t=h.querySelector(\"title\");if(t)t.remove();return h.innerHTML;}"
                + "var mine=head(document),queue=Promise.resolve();"
                + "var events=new EventSource(\"" + EVENTS + "?page=" + urlEncoded(name) + "\");"
                + "function reload(){events.close();location.reload();}"
                + "function swap(){return fetch(location.href,{cache:\"no-store\"}).then(function(r){return r.text();})"
                + ".then(function(text){var d=new DOMParser().parseFromString(text,\"text/html\");"
                + "if(head(d)!==mine){reload();return;}"
                + "document.title=d.title;document.body.replaceWith(d.body);dispatchEvent(new Event(\"plan:updated\"));})"
                + ".catch(reload);}"
                + "events.onmessage=function(e){if(e.data===seen)return;"
                + "var assets=e.data.split(\".\")[1]!==seen.split(\".\")[1];seen=e.data;"
                + "if(assets){reload();}else{queue=queue.then(swap);}};})();</script>";
        int end = page.lastIndexOf("</body>");
        String out = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Every byte but letters, digits and {@code -._~/} percent-encoded: safe in a URL and in a script's string. */
    static String urlEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** The page of a plan that does not check: its diagnostics in place of its last good page. */
    static byte[] diagnostics(String title, String diagnostics, Messages words) {
        return page(title, "<h1>" + escape(title) + "</h1>\n<pre class=\"diagnostics\">" + escape(diagnostics) + "</pre>\n"
                + "<p>" + escape(words.format(Message.of("serve.comes-back"))) + "</p>", words);
    }

    static byte[] notFound(String name, Messages words) {
        String title = words.format(Message.of("serve.not-found"));
        return page(title, "<h1>" + escape(title) + "</h1>\n<p>" + escape(words.format(Message.of("serve.not-found.text", name)))
                + "</p>\n<p><a href=\"/index.html\">" + escape(words.format(Message.of("serve.all-plans"))) + "</a></p>", words);
    }

    private static byte[] page(String title, String body, Messages words) {
        return ("<!DOCTYPE html>\n<html lang=\"" + ("th".equals(words.locale().getLanguage()) ? "th" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
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
