package plan.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.load.Limits;
import plan.model.Activity;
import plan.model.Budget;
import plan.model.BudgetSummary;
import plan.model.Goal;
import plan.model.Indicator;
import plan.model.Money;
import plan.model.Plan;
import plan.model.Project;
import plan.model.Strategy;
import plan.testing.Cli;

/**
 * The action-plan example built as Markdown, HTML and PDF: every indicator, target, project
 * title, owner and amount of the source (amounts as printed: 48,500 and 62,750.50) is in all
 * three, the budget chart is drawn in both HTML and PDF, and the PDF is structurally sound.
 */
@Tag("pdf-tools")
class ActionPlanDocumentsTest {
    private static final String EXAMPLE = "examples/action-plan.plan.yaml";

    @TempDir
    static Path out;
    static Plan plan;
    static String markdown;
    static String html;
    static String pdfText;

    @BeforeAll
    static void build() throws IOException {
        Cli.Result r = Cli.run("build", EXAMPLE, "--out", out.toString(), "--format", "md,html,pdf");
        assertThat(r.exitCode()).as(r.err()).isZero();
        plan = new PlanChecker(Limits.DEFAULT).check(new PlanFile(Path.of(EXAMPLE), EXAMPLE)).plan();
        markdown = Files.readString(out.resolve("action-plan.md"));
        html = Files.readString(out.resolve("action-plan.html"));
        pdfText = String.join("\n", PdfTools.pages(out.resolve("action-plan.pdf")).stream().map(ThaiText::normalizePage).toList());
    }

    /** What the example says that a reader must find: indicators, targets, projects, owners, amounts. */
    static Set<String> expected() {
        Set<String> words = new LinkedHashSet<>();
        List<Indicator> indicators = new ArrayList<>();
        plan.goals().stream().map(Goal::indicators).forEach(indicators::addAll);
        plan.strategies().stream().map(Strategy::indicators).forEach(indicators::addAll);
        for (Project p : plan.projects()) {
            indicators.addAll(p.indicators());
            words.add(p.title().value());
            if (p.owner() != null) {
                words.add(p.owner().value());
            }
            amounts(p.budget(), words);
            for (Activity a : p.activities()) {
                words.add(a.text().value());
                amounts(a.budget(), words);
            }
        }
        for (Indicator i : indicators) {
            words.add(i.text().value());
            i.targetList().forEach(t -> words.add(t.value().value()));
        }
        BudgetSummary summary = BudgetSummary.of(plan);
        words.add(summary.total().formatted());
        summary.bySource().forEach(m -> words.add(m.formatted()));
        summary.rows().forEach(row -> words.add(row.total().formatted()));
        summary.quarters().forEach(m -> words.add(m.formatted()));
        return words;
    }

    private static void amounts(Budget b, Set<String> words) {
        if (b == null || b.total() == null) {
            return;
        }
        words.add(b.total().formatted());
        for (Budget.Split split : new Budget.Split[] {b.sources(), b.quarters(), b.categories(), b.years()}) {
            if (split != null) {
                split.shares().forEach(s -> words.add(s.amount().formatted()));
            }
        }
    }

    @Test
    void theExampleHasWhatTheDocumentsMustShow() {
        assertThat(expected()).hasSizeGreaterThan(60)
                .contains("48,500", "62,750.50", "314,250.50", "โครงการพัฒนาการอ่านออกเขียนได้", "ดีเลิศ");
    }

    @Test
    void everyIndicatorTargetProjectOwnerAndAmountIsInTheMarkdown() {
        assertThat(expected()).allSatisfy(w -> assertThat(markdown).contains(w));
    }

    @Test
    void everyIndicatorTargetProjectOwnerAndAmountIsInTheHtml() {
        String text = html.replaceAll("<[^>]*>", "").replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
        assertThat(expected()).allSatisfy(w -> assertThat(text).contains(w));
    }

    @Test
    void everyIndicatorTargetProjectOwnerAndAmountIsInThePdfText() {
        List<String> missing = expected().stream().filter(w -> !ThaiText.containsAllowingWraps(pdfText, w)).toList();
        assertThat(missing).as("not found in the PDF text:\n%s", pdfText).isEmpty();
    }

    @Test
    void amountsHaveDigitGroupsAndSatangOnlyWhereGiven() {
        assertThat(markdown).contains("| เงินกิจกรรมพัฒนาผู้เรียน | 52,750.50 |", "| ค่าวัสดุ | 30,000 |")
                .doesNotContain("30,000.00", "48500");
        assertThat(Money.format(new java.math.BigDecimal("1250000.5"))).isEqualTo("1,250,000.50");
    }

    @Test
    void theBudgetChartIsDrawnInBothHtmlAndPdf() {
        assertThat(html).containsPattern("<svg [^>]*role=\"img\" aria-label=\"[^\"]+\"")
                .contains("<rect class=\"chart-bar\"");
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(svg.split("<rect ", -1)).hasSize(plan.strategies().size() + 1);
        assertThat(svg).contains("73,500", "182,750.50", "58,000");
        // The PDF chart: each strategy's label, then its total, before the summary table.
        assertThat(pdfText).containsPattern("กลยุทธ์ที่ 1\\s73,500\\sกลยุทธ์ที่ 2\\s182,750\\.50\\sกลยุทธ์ที่ 3\\s58,000\\s");
    }

    @Test
    void theIndicatorTableHasOneColumnPerFiscalYear() {
        assertThat(markdown).contains("| ตัวชี้วัด | หน่วยนับ | ค่าฐาน | เป้าหมาย 2568 |\n|---|---|---:|---:|");
        assertThat(html).contains("<td class=\"align-right\">82.40 (2567)</td>");
    }

    @Test
    void thePdfPassesQpdf() {
        PdfTools.Result r = PdfTools.run("qpdf", "--check", out.resolve("action-plan.pdf").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("No syntax or stream encoding errors");
    }

    @Test
    void thaiDigitsApplyToAmounts(@TempDir Path thai) throws IOException {
        Cli.Result r = Cli.run("build", EXAMPLE, "--out", thai.toString(), "--format", "md", "--thai-digits");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(thai.resolve("action-plan.md"))).contains("๔๘,๕๐๐", "๓๑๔,๒๕๐.๕๐")
                .doesNotContain("48,500");
    }
}
