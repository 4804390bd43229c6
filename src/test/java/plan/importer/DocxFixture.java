package plan.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word file written for a test, its body as WordprocessingML (what Word itself writes: content
 * controls, text boxes with their VML fallback, merged cells), so the test shows what it feeds.
 * {@link #texts} holds every text the body carries, for proving that import keeps each word.
 */
final class DocxFixture {
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    private final StringBuilder body = new StringBuilder();
    final List<String> texts = new ArrayList<>();

    DocxFixture title(String text) {
        return styled("Title", text);
    }

    DocxFixture heading(String text) {
        return styled("Heading1", text);
    }

    DocxFixture para(String text) {
        body.append(p(text));
        return this;
    }

    /** Raw body XML (a content control, a text box), with the texts it carries. */
    DocxFixture xml(String xml, String... carried) {
        body.append(xml);
        texts.addAll(List.of(carried));
        return this;
    }

    /**
     * A table; in {@code rows} a cell "<" is merged with the cell on its left (gridSpan), "^"
     * with the cell above (vMerge), and "\n" separates a cell's paragraphs.
     */
    DocxFixture table(String[][] rows) {
        body.append("<w:tbl>");
        for (int r = 0; r < rows.length; r++) {
            body.append("<w:tr>");
            for (int c = 0; c < rows[r].length; c++) {
                String cell = rows[r][c];
                if (cell.equals("<")) {
                    continue;
                }
                int span = 1;
                while (c + span < rows[r].length && rows[r][c + span].equals("<")) {
                    span++;
                }
                boolean continues = cell.equals("^");
                boolean restarts = !continues && r + 1 < rows.length && c < rows[r + 1].length && rows[r + 1][c].equals("^");
                body.append("<w:tc><w:tcPr>");
                if (span > 1) {
                    body.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
                }
                if (continues || restarts) {
                    body.append(continues ? "<w:vMerge/>" : "<w:vMerge w:val=\"restart\"/>");
                }
                body.append("</w:tcPr>");
                for (String line : (continues ? "" : cell).split("\n", -1)) {
                    body.append(p(line));
                }
                body.append("</w:tc>");
            }
            body.append("</w:tr>");
        }
        body.append("</w:tbl>");
        return this;
    }

    private DocxFixture styled(String style, String text) {
        body.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>").append(run(text)).append("</w:p>");
        return this;
    }

    private String p(String text) {
        return "<w:p>" + run(text) + "</w:p>";
    }

    String run(String text) {
        if (!text.isEmpty()) {
            texts.add(text);
        }
        return "<w:r><w:t xml:space=\"preserve\">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</w:t></w:r>";
    }

    byte[] bytes() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title");
            style(styles, "Heading1", "heading 1");
            doc.getDocument().setBody(DocumentDocument.Factory.parse("<w:document " + NS + "><w:body>" + body + "</w:body></w:document>")
                    .getDocument().getBody());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(ct));
    }
}
