package plan.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.model.Factor;
import plan.model.Money;
import plan.model.Span;
import plan.model.Text;
import plan.testing.Cli;
import plan.testing.Golden;

/**
 * The situation analysis chapter as a user gets it from {@code plan build}: goldens of the chapter
 * (Markdown and HTML) with and without weights; a worked example whose sums, position and
 * quadrant are computed by hand here; a position on an axis; the traceability both ways.
 */
class AnalysisChapterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/analysis");
    private static final String WEIGHTED = "examples/situation-analysis.plan.yaml";
    private static final String UNWEIGHTED = "src/test/resources/plan/analysis/unweighted.plan.yaml";

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        Cli.Result r = Cli.run("build", WEIGHTED, UNWEIGHTED, "--out", site.toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void chaptersMatchGoldenWithAndWithoutWeights() throws IOException {
        for (String id : List.of("situation-analysis", "unweighted")) {
            Golden.assertMatches(GOLDEN.resolve(id + ".md"), chapter(Files.readString(site.resolve(id + ".md")),
                    "## <a id=\"analysis\"></a>", "\n## "));
            Golden.assertMatches(GOLDEN.resolve(id + ".html"), chapter(Files.readString(site.resolve(id + ".html")),
                    "<h2 id=\"analysis\">", "<h2 "));
        }
    }

    /** The text from {@code start} to the next {@code end} after it. */
    private static String chapter(String document, String start, String end) {
        int from = document.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = document.indexOf(end, from + start.length());
        return document.substring(from, to < 0 ? document.length() : to).strip() + "\n";
    }

    @Test
    void theWorkedExampleIsDecimalArithmetic() {
        // 0.7 × 4 + 0.3 × 3, by hand: 2.8 + 0.9 = 3.70. In binary floating point it is not.
        List<Factor> strengths = List.of(factor("0.7", "4"), factor("0.3", "3"));
        assertThat(AnalysisFigures.sum(strengths)).isEqualTo(new BigDecimal("3.70"));
        assertThat(AnalysisFigures.text(AnalysisFigures.sum(strengths))).isEqualTo("3.70");
        assertThat(0.7 * 4 + 0.3 * 3).isNotEqualTo(3.7);
        // Three weights of a third each (0.33 + 0.33 + 0.34) times 5: 1.65 + 1.65 + 1.70 = 5.00.
        assertThat(AnalysisFigures.sum(List.of(factor("0.33", "5"), factor("0.33", "5"), factor("0.34", "5"))))
                .isEqualTo(new BigDecimal("5.00"));
        // A weighted score is printed exactly, so rows add up to the printed sum: 1.125 + 0.875 = 2.00.
        assertThat(AnalysisFigures.exact(AnalysisFigures.weighted(factor("0.25", "4.5")))).isEqualTo("1.125");
        assertThat(AnalysisFigures.exact(AnalysisFigures.weighted(factor("0.5", "4")))).isEqualTo("2.00");
    }

    @Test
    void thePositionAndQuadrantOfAWorkedPlan(@TempDir Path dir) throws IOException {
        // By hand: S = 0.7 × 4 + 0.3 × 3 = 3.70; W = 1 × 2.5 = 2.50; O = 1 × 3 = 3.00;
        // T = 0.5 × 4 + 0.5 × 3 = 3.50. S − W = 1.20 (strong), O − T = -0.50 (threatened): ST.
        String md = build(dir, "0.7, score: 4", "0.3, score: 3", "2.5");
        assertThat(md).contains("| **รวม** | | **1.00** | | **3.70** | |", "| **รวม** | | **1.00** | | **2.50** | |",
                "| **รวม** | | **1.00** | | **3.00** | |", "| **รวม** | | **1.00** | | **3.50** | |",
                "| <a id=\"SW1\"></a>S1 | ครูมีคุณวุฒิตรงสาขา | 0.70 | 4.00 | 2.80 |",
                "| แกนนอน (S - W) = 3.70 - 2.50 | 1.20 |", "| แกนตั้ง (O - T) = 3.00 - 3.50 | -0.50 |",
                "| ช่องที่องค์กรอยู่ | ST เชิงป้องกัน |");
        String html = Files.readString(dir.resolve("out/worked.html"));
        assertThat(html).containsPattern("<svg [^>]*role=\"img\" aria-label=\"ตำแหน่งขององค์กร: [^\"]*1.20; [^\"]*-0.50; "
                + "ช่องที่องค์กรอยู่ ST เชิงป้องกัน\"")
                .contains("<figcaption>ช่องที่องค์กรอยู่ ST เชิงป้องกัน</figcaption>");
        // The point: right of the middle (180) by 1.20 of a range of 2 (140 units), below it by 0.50 of 2.
        assertThat(html).contains("<circle cx=\"264.0\" cy=\"215.0\"");
    }

    @Test
    void aZeroDifferenceNamesNoQuadrantAndSaysSo(@TempDir Path dir) throws IOException {
        // W = 1 × 3.7 = 3.70 = S: the point lies on the vertical axis.
        String md = build(dir, "0.7, score: 4", "0.3, score: 3", "3.7");
        assertThat(md).contains("| แกนนอน (S - W) = 3.70 - 3.70 | 0.00 |",
                "| ช่องที่องค์กรอยู่ | อยู่บนแกน จึงไม่อยู่ในช่องใด |");
        String html = Files.readString(dir.resolve("out/worked.html"));
        assertThat(html).contains("<figcaption>ช่องที่องค์กรอยู่ อยู่บนแกน จึงไม่อยู่ในช่องใด</figcaption>")
                .doesNotContain("fill=\"#e6e6e6\"");
    }

    private static String build(Path dir, String sw1, String sw2, String wk1Score) throws IOException {
        String plan = """
                title: แผนทดลอง
                organization: {name: โรงเรียนบ้านตัวอย่าง}
                period: {from: 2568, to: 2570}
                analysis:
                  strengths:
                    - {id: SW1, text: ครูมีคุณวุฒิตรงสาขา, weight: %s}
                    - {id: SW2, text: มีระบบประกันคุณภาพ, weight: %s}
                  weaknesses:
                    - {id: WK1, text: งบประมาณไม่เพียงพอ, weight: 1, score: %s}
                  opportunities:
                    - {id: OP1, text: ชุมชนสนับสนุน, weight: 1, score: 3}
                  threats:
                    - {id: TH1, text: นักเรียนลดลง, weight: 0.5, score: 4}
                    - {id: TH2, text: ผู้ปกครองย้ายถิ่น, weight: 0.5, score: 3}
                vision: นักเรียนมีความรู้คู่คุณธรรม
                missions: [{id: M1, text: จัดการเรียนรู้ให้มีคุณภาพ}]
                goals: [{id: G1, text: นักเรียนมีผลสัมฤทธิ์สูงขึ้น, missions: [M1]}]
                strategies:
                  - {id: S1, title: พัฒนาครู, goals: [G1], from: [SW1, SW2, WK1, OP1, TH1, TH2], guidelines: [อบรมครู]}
                """.formatted(sw1, sw2, wk1Score);
        Path file = dir.resolve("worked.plan.yaml");
        Files.writeString(file, plan);
        Cli.Result r = Cli.run("build", file.toString(), "--out", dir.resolve("out").toString(), "--format", "md,html");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Files.readString(dir.resolve("out/worked.md"));
    }

    @Test
    void strategiesAndFactorsTraceToEachOther() throws IOException {
        String md = Files.readString(site.resolve("unweighted.md"));
        // Each factor names the strategies that answer it, or is marked.
        assertThat(md).contains("| <a id=\"SW1\"></a>S2 | ครูมีคุณวุฒิตรงสาขา | [กลยุทธ์ที่ 1](#S1) |",
                "| <a id=\"SW3\"></a>S3 | ครูรุ่นใหม่มีทักษะดิจิทัล | *ยังไม่มีกลยุทธ์ตอบสนอง* |");
        // Each strategy's page names its factors, linked to them.
        assertThat(md).contains("ปัจจัยที่ตอบสนอง: [W1](#WK1) ผู้ปกครองมีส่วนร่วมน้อย; [O1](#OP1) ชุมชนให้การสนับสนุน; "
                + "[T1](#TH1) จำนวนนักเรียนลดลง");
        // A strategy of internal factors only is unclassified; one of W, O and T is WO and WT, and says so.
        assertThat(md).contains("**ยังไม่จัดกลุ่ม**\n\n- [กลยุทธ์ที่ 1 พัฒนาครูและสถานที่เรียน](#S1)",
                "- [กลยุทธ์ที่ 2 สร้างเครือข่ายผู้ปกครอง](#S2) (อยู่ในหลายกลุ่ม: WO, WT)");
        // The factor no strategy answers is a note of plan check, which passes.
        Cli.Result check = Cli.run("check", "--lang", "en", UNWEIGHTED);
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("unweighted.plan.yaml:14:7: note[strategy-from-analysis]: no strategy answers factor SW3");
    }

    @Test
    void thaiDigitsReachTheChart(@TempDir Path dir) throws IOException {
        Cli.Result r = Cli.run("build", WEIGHTED, "--out", dir.toString(), "--format", "html", "--thai-digits");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String html = Files.readString(dir.resolve("situation-analysis.html"));
        assertThat(html).contains("(๐.๙๕, ๐.๒๕)</text>", "S +๑</text>").contains("<circle ");
    }

    private static Factor factor(String weight, String score) {
        return new Factor(new Text("F", Span.NONE), new Text("f", Span.NONE), null,
                new Money(new BigDecimal(weight), Span.NONE), new Money(new BigDecimal(score), Span.NONE), Span.NONE);
    }
}
