package plan.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word files made from a seed text the way an office would have them: with the numbers typed
 * into the text, or with Word's own numbering (levels) and heading styles. A line that carries
 * on a numbered line is in the same paragraph, as in Word (the line breaks came from a PDF).
 */
final class WordFixtures {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)*[.)]?)\\s*(?=\\S)");
    private static final Pattern CHAPTER = Pattern.compile(
            "^(?:\\d+\\.\\s*)?((?:วิสัยทัศน์|พันธกิจ|เป้าประสงค์|กลยุทธ์|ยุทธศาสตร์|ประเด็นยุทธศาสตร์|แนวทางการขับเคลื่อน)\\S*(?:\\s*\\(.*\\))?)\\s*$");
    private static final Pattern STRATEGY = Pattern.compile("^(กลยุทธ์ที่|ยุทธศาสตร์ที่)\\s*\\d+.*");

    private WordFixtures() {
    }

    /** One paragraph per line of text (numbered lines with their continuation lines), numbers typed. */
    static byte[] typed(String seed) {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Line line : lines(seed)) {
                doc.createParagraph().createRun().setText(line.text);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Word numbering for numbered lines (level from the number's form), heading styles for chapters. */
    static byte[] wordNumbered(String seed) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title");
            for (int i = 1; i <= 3; i++) {
                style(styles, "Heading" + i, "heading " + i);
            }
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(decimalLevels()));
            BigInteger numId = null;
            boolean first = true;
            boolean valuesSeen = false;
            for (Line line : lines(seed)) {
                XWPFParagraph p = doc.createParagraph();
                String text = trim(line.text);
                Matcher number = NUMBER.matcher(text);
                if (first) {
                    p.setStyle("Title");
                    first = false;
                } else if (CHAPTER.matcher(text).matches() || text.startsWith("จุดเน้น")
                        || (text.startsWith("ค่านิยม") && !valuesSeen)) {
                    valuesSeen |= text.startsWith("ค่านิยม") || text.contains("ค่านิยม (");
                    Matcher m = CHAPTER.matcher(text);
                    text = m.matches() ? m.group(1) : text;
                    p.setStyle("Heading1");
                    numId = null;
                } else if (STRATEGY.matcher(text).matches()) {
                    p.setStyle("Heading2");
                    numId = null;
                } else if (text.equals("แนวทางการดำเนินงาน")) {
                    p.setStyle("Heading3");
                    numId = null;
                } else if (number.find() && !text.matches("^\\d+\\s.*")) {
                    String marker = number.group(1);
                    int level = marker.endsWith(")") ? 2 : marker.replaceAll("\\.$", "").split("\\.").length - 1;
                    if (numId == null) {
                        numId = numbering.addNum(abstractId); // each list numbered from 1
                    }
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.valueOf(level));
                    text = text.substring(number.end());
                } else {
                    numId = null;
                }
                p.createRun().setText(text);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Line(String text) {
    }

    /** The seed's lines, a numbered line joined with the lines that carry it on. */
    private static List<Line> lines(String seed) {
        List<Line> out = new ArrayList<>();
        boolean previousNumbered = false;
        for (String raw : seed.split("\r?\n")) {
            String t = trim(raw);
            if (t.isEmpty()) {
                previousNumbered = false;
                continue;
            }
            boolean numbered = NUMBER.matcher(t).find() && !t.matches("^\\d+\\s.*");
            boolean heading = CHAPTER.matcher(t).matches() || STRATEGY.matcher(t).matches() || t.startsWith("จุดเน้น");
            if (previousNumbered && !numbered && !heading && !out.isEmpty()) {
                out.set(out.size() - 1, new Line(out.get(out.size() - 1).text + " " + t));
                continue;
            }
            out.add(new Line(trim(raw)));
            previousNumbered = numbered;
        }
        return out;
    }

    /** Without white space at the ends, no-break spaces included (PDF copies indent with them). */
    private static String trim(String s) {
        return s.replaceAll("^[\\s\\u00a0]+|[\\s\\u00a0]+$", "");
    }

    private static CTAbstractNum decimalLevels() {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ZERO);
        for (int i = 0; i < 3; i++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal(i == 2 ? "%3)" : i == 1 ? "%1.%2" : "%1.");
        }
        return abs;
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(ct));
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
