package plan.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.pdf.PRIndirectReference;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * A PDF's structure tree as a reader of the file sees it: the elements in tree order, each with its
 * type and the text of its marked content (taken from the ActualText spans in the page content,
 * which is what copying gives back). For tests: nothing here trusts the writer's own objects.
 */
final class StructureTree {
    /** An element: its type, its depth in the tree, its own text and that of its descendants. */
    record Element(String type, int depth, String text, List<Element> children) {
        /** Every element below this one, in reading order. */
        List<Element> descendants() {
            List<Element> out = new ArrayList<>();
            for (Element c : children) {
                out.add(c);
                out.addAll(c.descendants());
            }
            return out;
        }
    }

    private static final Pattern MARKS = Pattern.compile(
            "/\\w+\\s*<</ActualText(<[0-9a-fA-F]*>|\\((?:\\\\.|[^\\\\)])*\\))>>\\s*BDC" // a span's ActualText
                    + "|/\\w+\\s*<</MCID (\\d+)>>\\s*BDC" // content of a structure element
                    + "|/\\w+\\s*<<(?:[^<>]|<[0-9a-fA-F]*>)*>>\\s*BDC|/\\w+\\s+BMC" // anything else marked
                    + "|\\bEMC\\b");

    private final Map<String, String> textByMark = new HashMap<>();
    private final Element root;

    private StructureTree(PdfReader reader) throws IOException {
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            collectText(reader.getPageOrigRef(p).getNumber(), reader.getPageContent(p));
        }
        PdfDictionary treeRoot = reader.getCatalog().getAsDict(PdfName.STRUCTTREEROOT);
        root = treeRoot == null ? new Element("none", 0, "", List.of())
                : element("StructTreeRoot", treeRoot, null, 0);
    }

    static StructureTree of(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return new StructureTree(reader);
        } finally {
            reader.close();
        }
    }

    Element root() {
        return root;
    }

    /** Every element, in reading order. */
    List<Element> elements() {
        return root.descendants();
    }

    private void collectText(int page, byte[] content) {
        String s = new String(content, StandardCharsets.ISO_8859_1);
        Deque<Integer> open = new ArrayDeque<>();
        Matcher m = MARKS.matcher(s);
        while (m.find()) {
            String token = m.group();
            if (token.equals("EMC")) {
                if (!open.isEmpty()) {
                    open.pop();
                }
            } else if (m.group(1) != null) {
                open.push(-1);
                Integer mark = open.stream().filter(i -> i >= 0).findFirst().orElse(null);
                if (mark != null) {
                    textByMark.merge(page + ":" + mark, decode(m.group(1)), String::concat);
                }
            } else if (m.group(2) != null) {
                open.push(Integer.parseInt(m.group(2)));
            } else {
                open.push(-1);
            }
        }
    }

    private static String decode(String pdfString) {
        if (pdfString.startsWith("<")) {
            byte[] b = HexFormat.of().parseHex(pdfString.substring(1, pdfString.length() - 1));
            return new String(b, StandardCharsets.UTF_16); // FEFF BOM first: UTF-16BE
        }
        String inner = pdfString.substring(1, pdfString.length() - 1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 == inner.length()) {
                bytes.write(c);
                continue;
            }
            char e = inner.charAt(++i);
            if (e >= '0' && e <= '7') {
                int end = i;
                while (end < Math.min(i + 3, inner.length()) && inner.charAt(end) >= '0' && inner.charAt(end) <= '7') {
                    end++;
                }
                bytes.write(Integer.parseInt(inner.substring(i, end), 8));
                i = end - 1;
            } else {
                bytes.write(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> e;
                });
            }
        }
        byte[] b = bytes.toByteArray();
        boolean utf16 = b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF;
        return new String(b, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
    }

    private Element element(String type, PdfDictionary dict, PdfObject pageOfElement, int depth) {
        PdfObject page = dict.get(PdfName.PG) != null ? dict.get(PdfName.PG) : pageOfElement;
        StringBuilder own = new StringBuilder();
        List<Element> children = new ArrayList<>();
        PdfObject k = PdfReader.getPdfObject(dict.get(PdfName.K));
        List<PdfObject> kids = new ArrayList<>();
        if (k instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.getPdfObject(i));
            }
        } else if (k != null) {
            kids.add(dict.get(PdfName.K));
        }
        for (PdfObject kid : kids) {
            PdfObject direct = PdfReader.getPdfObject(kid);
            if (direct instanceof PdfNumber n) {
                own.append(text(page, n.intValue()));
            } else if (direct instanceof PdfDictionary d) {
                if (d.get(PdfName.S) != null) {
                    Element child = element(PdfName.decodeName(d.getAsName(PdfName.S).toString()), d, page, depth + 1);
                    children.add(child);
                    own.append(child.text());
                } else if (d.get(PdfName.MCID) != null) {
                    PdfObject mcrPage = d.get(PdfName.PG) != null ? d.get(PdfName.PG) : page;
                    own.append(text(mcrPage, d.getAsNumber(PdfName.MCID).intValue()));
                }
            }
        }
        return new Element(type, depth, own.toString(), children);
    }

    private String text(PdfObject page, int mcid) {
        if (!(page instanceof PRIndirectReference ref)) {
            return "";
        }
        return textByMark.getOrDefault(ref.getNumber() + ":" + mcid, "");
    }
}
