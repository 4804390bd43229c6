package plan.render.html;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;

/**
 * Finds what a browser would run or follow in an HTML document, parsed as a browser parses it
 * (the Nu checker's HTML5 parser): elements outside the few our pages are made of, event handler
 * and style attributes, and URLs whose scheme is not http, https or mailto.
 */
final class ActiveContent {
    /** Every element the layouts and flexmark write; script, iframe, svg, style... are not among them. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "title", "link", "body", "header",
            "nav", "main", "div", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "a", "span", "em",
            "strong", "del", "code", "pre", "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
            "img");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "srcset", "action", "formaction",
            "xlink:href", "poster", "data", "background", "cite", "ping");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    /** A URL scheme as the URL standard reads one: a letter, then letters, digits, + - . up to ':'. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private ActiveContent() {
    }

    static Document parse(String html) {
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            return builder.parse(new InputSource(new StringReader(html)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each active thing found, described; empty when there is none. */
    static List<String> in(String html) {
        List<String> found = new ArrayList<>();
        walk(parse(html).getDocumentElement(), found);
        return found;
    }

    private static void walk(Element e, List<String> found) {
        String name = e.getLocalName().toLowerCase(Locale.ROOT);
        if (!ELEMENTS.contains(name)) {
            found.add("element <" + name + ">");
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String attr = a.getName().toLowerCase(Locale.ROOT);
            if (attr.startsWith("on") || attr.equals("style") || attr.equals("srcdoc")) {
                found.add("attribute " + attr + "=\"" + a.getValue() + "\" on <" + name + ">");
            } else if (URL_ATTRIBUTES.contains(attr) && !allowed(a.getValue())) {
                found.add("URL " + attr + "=\"" + a.getValue() + "\" on <" + name + ">");
            }
        }
        if (name.equals("meta") && e.hasAttribute("http-equiv")) {
            found.add("<meta http-equiv=\"" + e.getAttribute("http-equiv") + "\">");
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                walk(child, found);
            }
        }
    }

    /**
     * The scheme a browser would see: the URL standard strips leading and trailing C0 controls
     * and spaces and removes every tab and newline before it reads the scheme.
     */
    static boolean allowed(String url) {
        String cleaned = url.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
        Matcher m = SCHEME.matcher(cleaned);
        return !m.find() || SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
