package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

import plan.testing.Cli;

/**
 * The position chart of the situation analysis in the PDF: drawn as vector paths on the page
 * that names the quadrant in its text, and tagged as a Figure whose alternative text reads the
 * position and the quadrant (veraPDF judges the whole file in {@link PdfStandardsTest}).
 */
@Tag("pdf-tools")
class AnalysisPdfTest {
    @TempDir
    static Path out;
    static Path pdf;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", "examples/situation-analysis.plan.yaml", "--out", out.toString(), "--format", "pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        pdf = out.resolve("situation-analysis.pdf");
    }

    @Test
    void theChartIsDrawnWithVectorPathsOnThePageThatNamesItsQuadrant() throws IOException {
        List<String> pages = PdfTools.pages(pdf);
        int page = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (ThaiText.normalizePage(pages.get(i)).contains("(0.95, 0.25) ช่องที่องค์กรอยู่ SO เชิงรุก")) {
                page = i + 1;
            }
        }
        assertThat(page).as("the page with the chart's caption").isPositive();
        String text = ThaiText.normalizePage(pages.get(page - 1));
        assertThat(text).contains("WO", "SO", "WT", "ST");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String content = new String(reader.getPageContent(page), java.nio.charset.StandardCharsets.ISO_8859_1);
        reader.close();
        // Four quadrants filled and the frame stroked (re), the axes (m, l, S), the point (four Bézier curves, c).
        assertThat(count(content, "\\bre\\s+f\\b")).as("filled rectangles").isGreaterThanOrEqualTo(4);
        assertThat(count(content, "\\bm\\s+[-\\d.]+\\s+[-\\d.]+\\s+l\\b")).as("axis lines").isGreaterThanOrEqualTo(2);
        assertThat(count(content, "\\bc\\b")).as("curves of the point").isGreaterThanOrEqualTo(4);
        // The quadrant of the point is shaded darker than the other three.
        assertThat(content).contains("0.8902 0.8902 0.8902 rg").contains("0.98039 0.98039 0.98039 rg");
    }

    @Test
    void theChartIsAFigureWithAlternativeText() throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        List<String> alternatives = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObjectRelease(i);
            if (o instanceof PdfDictionary d && new PdfName("Figure").equals(d.get(PdfName.S))
                    && d.get(PdfName.ALT) instanceof PdfString alt) {
                alternatives.add(alt.toUnicodeString());
            }
        }
        reader.close();
        assertThat(alternatives).contains("ตำแหน่งขององค์กร: แกนนอน (S - W) = 4.00 - 3.05 0.95; "
                + "แกนตั้ง (O - T) = 3.90 - 3.65 0.25; ช่องที่องค์กรอยู่ SO เชิงรุก");
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
