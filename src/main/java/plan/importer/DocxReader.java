package plan.importer;

import plan.diag.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * A .docx as blocks, with Apache POI: paragraphs with their heading or title style and their
 * Word numbering (level and format; the displayed number is not needed, plan numbers items
 * itself), tables as Markdown tables; the body is walked whole by {@link DocxBody}.
 */
final class DocxReader {
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*([1-9])");

    static {
        // POI logs through the Log4j API; with no Log4j behind it, the API prints an error line on
        // every run. Its own simple logger, switched off, keeps standard error for our messages.
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
        // A zip bomb expands a small file into gigabytes: refuse entries that inflate more than
        // 100-fold (POI's own check) or past 64 MiB, and text past 32 MiB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(64L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(32L * 1024 * 1024);
    }

    private DocxReader() {
    }

    static SourceDocument read(String name, byte[] bytes) throws ImportFailure {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxBody.Content content = DocxBody.read(doc);
            if (content.blocks().isEmpty()) {
                throw new ImportFailure(Message.of("import.docx-no-text"));
            }
            return new SourceDocument(name, content.blocks(), false, content.images());
        } catch (ImportFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (zipBomb(e)) {
                throw new ImportFailure(Message.of("import.zip-bomb"), e);
            }
            throw new ImportFailure(Message.of("import.docx-damaged"), e);
        }
    }

    /** POI's zip-bomb checks speak through any of the exceptions wrapped around theirs. */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String why = String.valueOf(t.getMessage());
            if (why.contains("Zip bomb") || why.contains("exceeds the max") || why.contains("max size")
                    || why.contains("MinInflateRatio") || why.contains("ZipSecureFile")) {
                return true;
            }
        }
        return false;
    }

    /** An OLE2 file named .docx: an encrypted document (password) or an old binary .doc. */
    static ImportFailure ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ImportFailure(Message.of("import.docx-password"));
            }
        } catch (IOException | RuntimeException e) {
            return new ImportFailure(Message.of("import.damaged"));
        }
        return oldDoc();
    }

    static ImportFailure oldDoc() {
        return new ImportFailure(Message.of("import.old-doc"));
    }

    static int headingLevel(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        if (id != null) {
            XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            String styleName = style != null && style.getName() != null ? style.getName() : id;
            if (styleName.equalsIgnoreCase("title")) {
                return 0;
            }
            Matcher m = HEADING_STYLE.matcher(styleName);
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
            Matcher byId = HEADING_STYLE.matcher(id);
            if (byId.matches()) {
                return Integer.parseInt(byId.group(1));
            }
            if (style != null && style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getOutlineLvl() != null) {
                return style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue() + 1;
            }
        }
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.getOutlineLvl() != null && ppr.getOutlineLvl().getVal().intValue() < 9) {
            return ppr.getOutlineLvl().getVal().intValue() + 1;
        }
        return -1;
    }

    static Block.WordList wordList(XWPFParagraph p) {
        if (p.getNumID() == null) {
            return null;
        }
        int level = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
        String format = p.getNumFmt();
        return new Block.WordList(level, format == null ? "decimal" : format.toLowerCase(Locale.ROOT).equals("bullet") ? "bullet" : format);
    }
}
