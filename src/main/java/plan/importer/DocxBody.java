package plan.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The whole body of a Word document as blocks, walked in its XML so that nothing the reader sees
 * is left behind: paragraphs inside content controls ({@code w:sdt}), custom XML and inserted
 * revisions, nested tables, the paragraphs of a cell on lines of their own, and text boxes (the
 * DrawingML form Word writes, not its VML fallback, which repeats the same text; VML alone in
 * older files). A text box's paragraphs follow the paragraph it is anchored in. Deleted text and
 * field codes are not part of what the reader sees and are left out. Pictures and charts become a
 * placeholder paragraph with their alternative text, so none is dropped silently.
 */
final class DocxBody {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private final XWPFDocument doc;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> images = new ArrayList<>();
    private int n;

    private final Map<Node, CTP> paragraphs;

    private DocxBody(XWPFDocument doc) {
        this.doc = doc;
        this.paragraphs = paragraphs(doc.getDocument().getBody());
    }

    /** The blocks of {@code doc}'s body, and the pictures and charts met (their alternative text). */
    record Content(List<Block> blocks, List<String> images) {
    }

    static Content read(XWPFDocument doc) {
        DocxBody b = new DocxBody(doc);
        b.body(doc.getDocument().getBody().getDomNode(), b.blocks);
        return new Content(b.blocks, b.images);
    }

    /** Block-level content: paragraphs, tables, and the containers that hold them. */
    private void body(Node container, List<Block> out) {
        for (Element e : children(container)) {
            if (!isW(e) && !isMc(e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> paragraph(e, out);
                case "tbl" -> table(e, out);
                case "AlternateContent" -> alternate(e).ifPresent(c -> body(c, out));
                case "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag" -> body(e, out);
                default -> { } // section properties, bookmarks, deleted text: nothing the reader sees
            }
        }
    }

    private void paragraph(Element p, List<Block> out) {
        n++;
        int line = n;
        StringBuilder text = new StringBuilder();
        List<Block> anchored = new ArrayList<>();
        inline(p, text, anchored);
        String t = text.toString();
        if (!WhiteSpace.isBlank(t)) {
            XWPFParagraph xp = styled(p);
            out.add(new Block(t, xp == null ? -1 : DocxReader.headingLevel(doc, xp), xp == null ? null : DocxReader.wordList(xp), false, line));
        }
        out.addAll(anchored);
    }

    /** The paragraph as POI reads it, for its style and numbering; null when it cannot. */
    private XWPFParagraph styled(Element p) {
        CTP ctp = paragraphs.get(p);
        try {
            return ctp == null ? null : new XWPFParagraph(ctp, doc);
        } catch (RuntimeException e) {
            return null; // the text is what matters; the paragraph stays, as a plain one
        }
    }

    /** Every paragraph of the body by its DOM node: POI reads a paragraph's style and numbering from its bean. */
    private static Map<Node, CTP> paragraphs(XmlObject body) {
        Map<Node, CTP> out = new IdentityHashMap<>();
        try (XmlCursor c = body.newCursor()) {
            while (!c.toNextToken().isEnddoc()) {
                if (c.isStart() && c.getObject() instanceof CTP ctp) {
                    out.put(c.getDomNode(), ctp);
                }
            }
        }
        return out;
    }

    private void inline(Node node, StringBuilder text, List<Block> anchored) {
        for (Element e : children(node)) {
            if (isMc(e)) {
                if (e.getLocalName().equals("AlternateContent")) {
                    alternate(e).ifPresent(c -> inline(c, text, anchored));
                }
                continue;
            }
            if (!isW(e)) {
                graphic(e, text, anchored);
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> text.append(characters(e));
                case "tab", "ptab" -> text.append(' ');
                case "br", "cr" -> text.append('\n');
                case "noBreakHyphen" -> text.append('-');
                case "sym" -> text.append(' ');
                case "txbxContent" -> body(e, anchored);
                case "drawing", "pict", "object" -> graphic(e, text, anchored);
                case "pPr", "rPr", "del", "delText", "instrText", "delInstrText", "moveFrom", "fldData" -> { }
                default -> inline(e, text, anchored);
            }
        }
    }

    /**
     * A drawing, picture or embedded object: its text boxes are read as paragraphs; without
     * one it is a picture or chart, kept as a placeholder with its alternative text.
     */
    private void graphic(Element e, StringBuilder text, List<Block> anchored) {
        List<Element> boxes = descendants(e, W, "txbxContent");
        if (!boxes.isEmpty()) {
            for (Element box : boxes) {
                body(box, anchored);
            }
            return;
        }
        if (!isW(e) && !isMc(e)) {
            return; // reached only through the element that holds it
        }
        String alt = alternativeText(e);
        boolean chart = !descendantsNamed(e, "chart").isEmpty();
        images.add((chart ? "chart" : "picture") + (alt.isEmpty() ? "" : ": " + alt));
        n++;
        anchored.add(Block.paragraph(ImageNote.of(chart, alt), n));
    }

    private static String alternativeText(Element e) {
        for (String name : List.of("docPr", "shape", "cNvPr")) {
            for (Element d : descendantsNamed(e, name)) {
                for (String attribute : List.of("descr", "alt", "title")) {
                    String v = d.getAttribute(attribute);
                    if (!v.isBlank()) {
                        return WhiteSpace.strip(v.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        return "";
    }

    /**
     * A table's cells: a cell spanning columns ({@code gridSpan}) repeated in each, one merged
     * with the cell above ({@code vMerge}) repeating that cell's text, skipped grid columns
     * ({@code gridBefore}, {@code gridAfter}) left empty.
     */
    private void table(Element tbl, List<Block> out) {
        n++;
        int line = n;
        List<List<String>> rows = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (Element tr : rows(tbl)) {
            List<String> cells = new ArrayList<>();
            pad(cells, gridValue(tr, "trPr", "gridBefore"));
            for (Element tc : cells(tr)) {
                int span = Math.max(1, gridValue(tc, "tcPr", "gridSpan"));
                String text = continuesMerge(tc) && cells.size() < above.size() ? above.get(cells.size()) : cellText(tc);
                for (int i = 0; i < span; i++) {
                    cells.add(text);
                }
            }
            pad(cells, gridValue(tr, "trPr", "gridAfter"));
            rows.add(cells);
            above = cells;
        }
        List<List<String>> rect = TableText.rectangular(rows);
        if (!rect.isEmpty()) {
            out.add(Block.table(rect, line));
        }
    }

    /** A cell's content: its paragraphs on lines of their own, a nested table a line per row. */
    private String cellText(Element tc) {
        List<Block> inner = new ArrayList<>();
        body(tc, inner);
        List<String> lines = new ArrayList<>();
        for (Block b : inner) {
            if (b.table()) {
                for (List<String> row : b.rows()) {
                    lines.add(String.join("; ", row.stream().map(c -> c.replace('\n', ' ')).filter(c -> !WhiteSpace.isBlank(c)).toList()));
                }
            } else {
                lines.add(b.text().replace('\n', ' '));
            }
        }
        return String.join("\n", lines);
    }

    private static void pad(List<String> cells, int count) {
        for (int i = 0; i < count; i++) {
            cells.add("");
        }
    }

    private static boolean continuesMerge(Element tc) {
        for (Element pr : children(tc)) {
            if (isW(pr) && pr.getLocalName().equals("tcPr")) {
                for (Element v : children(pr)) {
                    if (isW(v) && v.getLocalName().equals("vMerge")) {
                        String val = v.getAttributeNS(W, "val");
                        return val.isEmpty() || val.equals("continue");
                    }
                }
            }
        }
        return false;
    }

    private static int gridValue(Element e, String props, String name) {
        for (Element pr : children(e)) {
            if (isW(pr) && pr.getLocalName().equals(props)) {
                for (Element v : children(pr)) {
                    if (isW(v) && v.getLocalName().equals(name)) {
                        try {
                            return Integer.parseInt(v.getAttributeNS(W, "val"));
                        } catch (NumberFormatException ex) {
                            return 0;
                        }
                    }
                }
            }
        }
        return 0;
    }

    /** Rows, also those inside row-level content controls. */
    private static List<Element> rows(Element tbl) {
        return within(tbl, "tr");
    }

    private static List<Element> cells(Element tr) {
        return within(tr, "tc");
    }

    private static List<Element> within(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (!isW(e)) {
                continue;
            }
            if (e.getLocalName().equals(name)) {
                out.add(e);
            } else if (List.of("sdt", "sdtContent", "customXml", "ins").contains(e.getLocalName())) {
                out.addAll(within(e, name));
            }
        }
        return out;
    }

    /** The branch of markup compatibility Word reads: the first choice, its fallback only without one. */
    private static java.util.Optional<Element> alternate(Element ac) {
        Element fallback = null;
        for (Element e : children(ac)) {
            if (isMc(e) && e.getLocalName().equals("Choice")) {
                return java.util.Optional.of(e);
            }
            if (isMc(e) && e.getLocalName().equals("Fallback")) {
                fallback = e;
            }
        }
        return java.util.Optional.ofNullable(fallback);
    }

    /** An element's own text (XMLBeans' DOM has no getTextContent). */
    private static String characters(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            }
        }
        return b.toString();
    }

    private static boolean isW(Element e) {
        return W.equals(e.getNamespaceURI());
    }

    private static boolean isMc(Element e) {
        return MC.equals(e.getNamespaceURI());
    }

    private static List<Element> children(Node n) {
        List<Element> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Descendants named so in namespace {@code ns}, not looking into the fallback branch of markup compatibility. */
    private static List<Element> descendants(Element e, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(e)) {
            if (isMc(c) && c.getLocalName().equals("Fallback") && hasChoiceSibling(c)) {
                continue;
            }
            if (ns.equals(c.getNamespaceURI()) && c.getLocalName().equals(name)) {
                out.add(c);
            } else {
                out.addAll(descendants(c, ns, name));
            }
        }
        return out;
    }

    private static boolean hasChoiceSibling(Element fallback) {
        return children(fallback.getParentNode()).stream().anyMatch(s -> isMc(s) && s.getLocalName().equals("Choice"));
    }

    private static List<Element> descendantsNamed(Element e, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(e)) {
            if (localName.equals(c.getLocalName())) {
                out.add(c);
            }
            out.addAll(descendantsNamed(c, localName));
        }
        return out;
    }
}
