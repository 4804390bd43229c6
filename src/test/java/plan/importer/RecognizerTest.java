package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.app.check.CheckedPlan;
import plan.model.Guideline;
import plan.model.Plan;
import plan.model.Section;
import plan.model.Text;
import plan.testing.Cli;
import plan.testing.SeedLines;

/** Recognition beyond the three seeds: other numberings, Thai digits, English headings, nothing at all. */
class RecognizerTest {
    @TempDir
    Path dir;

    private Plan imported(String text) throws Exception {
        Path src = Files.writeString(dir.resolve("doc.txt"), text, StandardCharsets.UTF_8);
        Path out = dir.resolve("doc.plan.yaml");
        Cli.Result r = Cli.run("import", src.toString(), "--out", out.toString(), "--force");
        assertThat(r.exitCode()).as(r.err()).isZero();
        CheckedPlan c = SeedImportTest.checked(out);
        assertThat(c.diagnostics()).extracting(d -> d.rule()).doesNotContain("yaml-syntax", "unknown-key", "wrong-type");
        return c.plan();
    }

    @Test
    void thaiDigitsThaiLettersAndNestedNumbers() throws Exception {
        Plan p = imported("""
                แผนพัฒนาการศึกษา โรงเรียนบ้านหนองบัว
                โรงเรียนบ้านหนองบัว
                พ.ศ. ๒๕๖๖ – ๒๕๗๐

                วิสัยทัศน์
                นักเรียนมีความรู้คู่คุณธรรม
                พันธกิจ
                ๑. พัฒนาผู้เรียน
                ๒. พัฒนาครู
                เป้าประสงค์
                (1) ผู้เรียนมีคุณภาพ
                (2) ครูมีสมรรถนะ
                ยุทธศาสตร์
                ยุทธศาสตร์ที่ ๑ พัฒนาคุณภาพผู้เรียน
                มาตรการ
                ๑. ส่งเสริมการอ่าน
                ๑.๑ ห้องสมุดมีชีวิต
                ๑.๒ อ่านทุกวัน
                ๒. ส่งเสริมการคิด
                ยุทธศาสตร์ที่ ๒ พัฒนาครู
                มาตรการ
                ก. อบรมครู
                ข. ชุมชนการเรียนรู้ทางวิชาชีพ
                """);
        assertThat(p.title().value()).isEqualTo("แผนพัฒนาการศึกษา โรงเรียนบ้านหนองบัว");
        assertThat(p.organization().name().value()).isEqualTo("โรงเรียนบ้านหนองบัว");
        assertThat(p.subtitle().value()).isEqualTo("พ.ศ. ๒๕๖๖ – ๒๕๗๐");
        assertThat(p.period().from().value()).isEqualTo(2566);
        assertThat(p.period().to().value()).isEqualTo(2570);
        assertThat(p.missions()).extracting(m -> m.text().value()).containsExactly("พัฒนาผู้เรียน", "พัฒนาครู");
        assertThat(p.goals()).extracting(g -> g.text().value()).containsExactly("ผู้เรียนมีคุณภาพ", "ครูมีสมรรถนะ");
        assertThat(p.goals().get(1).missions()).extracting(Text::value).containsExactly("M2");
        assertThat(p.strategies()).extracting(s -> s.title().value()).containsExactly("พัฒนาคุณภาพผู้เรียน", "พัฒนาครู");
        assertThat(tree(p.strategies().get(0).guidelines()))
                .containsExactly("ส่งเสริมการอ่าน", "  ห้องสมุดมีชีวิต", "  อ่านทุกวัน", "ส่งเสริมการคิด");
        assertThat(tree(p.strategies().get(1).guidelines())).containsExactly("อบรมครู", "ชุมชนการเรียนรู้ทางวิชาชีพ");
        assertThat(p.labels().get("strategy").value()).isEqualTo("ยุทธศาสตร์ที่");
        assertThat(p.labels().get("guidelines").value()).isEqualTo("มาตรการ");
        Path out = dir.resolve("doc.plan.yaml");
        assertThat(SeedImportTest.checked(out).diagnostics())
                .filteredOn(d -> d.severity() == plan.diag.Severity.ERROR).isEmpty();
        // Issue 29.5: numbered in Thai digits, so the documents come out in them.
        assertThat(Files.readString(out)).contains("\ndigits: thai\n");
    }

    @Test
    void englishHeadingsAndFocusTags() throws Exception {
        Plan p = imported("""
                Strategic Plan 2567-2570
                Ban Nong Bua School

                Vision
                Every pupil reads, thinks and cares.

                Missions
                1. Teach reading well
                Goals
                1. Pupils read fluently
                Strategies
                1. Reading for all
                1.1 A reading hour every day
                Focus 2568
                1. Reading corners in every room (Reading First)
                """);
        assertThat(p.lang().code()).isEqualTo("en");
        assertThat(p.vision().value()).isEqualTo("Every pupil reads, thinks and cares.");
        assertThat(p.strategies()).extracting(s -> s.title().value()).containsExactly("Reading for all");
        assertThat(tree(p.strategies().get(0).guidelines())).containsExactly("A reading hour every day");
        assertThat(p.focus().year().value()).isEqualTo(2568);
        assertThat(p.focus().items().get(0).tag().value()).isEqualTo("Reading First");
        assertThat(p.focus().items().get(0).text().value()).isEqualTo("Reading corners in every room");
    }

    @Test
    void nothingRecognizedKeepsEverythingInASectionWithAWarning() throws Exception {
        String text = """
                บันทึกการประชุมคณะกรรมการ

                วันนี้ที่ประชุมได้พิจารณาเรื่องการจัดซื้อวัสดุ
                1. วัสดุสำนักงาน
                2. วัสดุคอมพิวเตอร์
                มติที่ประชุม: เห็นชอบ *ทั้งหมด* [ตามเสนอ]
                # ไม่ใช่หัวข้อ
                """;
        Path src = Files.writeString(dir.resolve("minutes.txt"), text, StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("import", src.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).startsWith("plan: warning: ").contains("no vision, missions, goals or strategies recognized");
        CheckedPlan c = SeedImportTest.checked(dir.resolve("minutes.plan.yaml"));
        assertThat(c.diagnostics()).extracting(d -> d.rule()).doesNotContain("yaml-syntax", "unknown-key", "wrong-type");
        Plan p = c.plan();
        assertThat(p.sections()).hasSize(1);
        String kept = plan.testing.Outputs.markdownText(p.title().value() + "\n\n" + p.sections().get(0).body().value());
        List<String> lines = text.lines().map(SeedLines::normalize).filter(l -> !l.isEmpty()).toList();
        assertThat(plan.testing.Outputs.missing(lines, kept)).isEmpty();
    }

    @Test
    void aHeadingWithoutAListIsKeptAsASection() throws Exception {
        Plan p = imported("""
                แผนพัฒนาการศึกษา ปีงบประมาณ 2568
                วิสัยทัศน์
                ผู้เรียนมีคุณภาพ
                พันธกิจ
                สำนักงานมุ่งพัฒนาผู้เรียนทุกคนให้มีคุณภาพ
                และพัฒนาครูให้มีสมรรถนะ
                """);
        assertThat(p.missions()).isEmpty();
        assertThat(p.sections()).singleElement().satisfies(s -> {
            assertThat(s.title().value()).isEqualTo("พันธกิจ");
            assertThat(s.body().value()).isEqualTo("สำนักงานมุ่งพัฒนาผู้เรียนทุกคนให้มีคุณภาพ\n\nและพัฒนาครูให้มีสมรรถนะ\n");
        });
        assertThat(p.outline()).extracting(Text::value).containsExactly("vision", p.sections().get(0).id().value());
    }

    @Test
    void markdownHeadingsAndBullets() throws Exception {
        Path src = Files.writeString(dir.resolve("plan.md"), """
                # แผนพัฒนาการศึกษา พ.ศ. 2567-2570

                ## วิสัยทัศน์

                นักเรียนมีความรู้คู่คุณธรรม

                ## พันธกิจ

                - พัฒนาผู้เรียน
                - พัฒนาครู

                ## ข้อมูลพื้นฐาน

                โรงเรียนตั้งอยู่ในชุมชนชนบท
                """);
        Cli.Result r = Cli.run("import", src.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Plan p = SeedImportTest.checked(dir.resolve("plan.plan.yaml")).plan();
        assertThat(p.title().value()).isEqualTo("แผนพัฒนาการศึกษา พ.ศ. 2567-2570");
        assertThat(p.missions()).extracting(m -> m.text().value()).containsExactly("พัฒนาผู้เรียน", "พัฒนาครู");
        assertThat(p.sections()).singleElement().satisfies(s -> assertThat(s.title().value()).isEqualTo("ข้อมูลพื้นฐาน"));
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Path src = Files.writeString(dir.resolve("a.txt"), java.nio.file.Files.readString(SeedLines.DIR.resolve("spp-sisaket-2.txt")));
        assertThat(Cli.run("import", src.toString(), "--out", dir.resolve("one.plan.yaml").toString()).exitCode()).isZero();
        assertThat(Cli.run("import", src.toString(), "--out", dir.resolve("two.plan.yaml").toString()).exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("two.plan.yaml")).replace("id: two", "id: one"))
                .isEqualTo(Files.readString(dir.resolve("one.plan.yaml")));
    }

    /** A Word table (ตัวชี้วัด with targets) becomes a Markdown table in a section, cell by cell. */
    @Test
    void wordTablesBecomeMarkdownTables() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("แผนปฏิบัติการ ประจำปีงบประมาณ ๒๕๖๘");
            doc.createParagraph().createRun().setText("วิสัยทัศน์");
            doc.createParagraph().createRun().setText("ผู้เรียนมีคุณภาพ");
            doc.createParagraph().createRun().setText("ตัวชี้วัด");
            var table = doc.createTable(2, 3);
            String[][] cells = {{"ตัวชี้วัด", "หน่วยนับ", "ค่าเป้าหมาย"}, {"ร้อยละของนักเรียนที่อ่านออก | เขียนได้", "ร้อยละ", "80"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            var out = new java.io.ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        Path src = Files.write(dir.resolve("kpi.docx"), docx);
        Cli.Result r = Cli.run("import", src.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Plan p = SeedImportTest.checked(dir.resolve("kpi.plan.yaml")).plan();
        assertThat(p.period().from().value()).isEqualTo(2568);
        assertThat(p.vision().value()).isEqualTo("ผู้เรียนมีคุณภาพ");
        Section kpi = p.sections().get(0);
        assertThat(kpi.title().value()).isEqualTo("ตัวชี้วัด");
        assertThat(kpi.body().value()).isEqualTo("""
                | ตัวชี้วัด | หน่วยนับ | ค่าเป้าหมาย |
                |---|---|---|
                | ร้อยละของนักเรียนที่อ่านออก \\| เขียนได้ | ร้อยละ | 80 |
                """);
        assertThat(p.outline()).extracting(Text::value).containsExactly("vision", kpi.id().value());
    }

    private static List<String> tree(List<Guideline> list) {
        List<String> out = new ArrayList<>();
        for (Guideline g : list) {
            out.add(g.text().value());
            tree(g.items()).forEach(t -> out.add("  " + t));
        }
        return out;
    }
}
