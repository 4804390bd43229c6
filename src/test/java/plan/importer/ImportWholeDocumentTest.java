package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.testing.Cli;

/**
 * Issue 29 (the whole document: chapters, parts, projects, budgets, indicators, tables, digits),
 * issue 27 item 2 (a Word body walked whole) and issue 33 item 4 (a SWOT section), each shape
 * with its own small fixture, imported through the command line and compared word for word.
 */
class ImportWholeDocumentTest {
    /** The plan around a fixture's tables: two strategies for projects to name. */
    private static final String[] PLAN_HEAD = {"วิสัยทัศน์", "ผู้เรียนมีคุณภาพ", "พันธกิจ", "1. พัฒนาผู้เรียน", "2. พัฒนาครู",
            "เป้าประสงค์", "1. ผู้เรียนอ่านคล่อง", "2. ครูสอนดี", "กลยุทธ์"};

    /**
     * The words of a recognised table's header: each column became a key (title, owner, budget,
     * quarters, targets...), so they are the words a test excuses, and no others.
     */
    private static final String[] HEADER_WORDS = {"ที่", "โครงการ", "กิจกรรม", "สนองกลยุทธ์", "กลยุทธ์", "งบประมาณ", "บาท",
            "รวม", "ระยะเวลา", "ผู้รับผิดชอบ", "ไตรมาส", "ตัวชี้วัด", "หน่วยนับ", "ค่าฐาน", "ค่าเป้าหมาย"};

    @TempDir
    Path dir;

    private DocxFixture planDocx() {
        DocxFixture d = new DocxFixture().title("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568").para("โรงเรียนบ้านหนองบัว");
        d.heading("วิสัยทัศน์").para("ผู้เรียนมีคุณภาพ").heading("พันธกิจ").para("1. พัฒนาผู้เรียน").para("2. พัฒนาครู");
        d.heading("เป้าประสงค์").para("1. ผู้เรียนอ่านคล่อง").para("2. ครูสอนดี");
        d.heading("กลยุทธ์").para("กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน").para("1. ส่งเสริมการอ่าน")
                .para("กลยุทธ์ที่ 2 พัฒนาครู").para("1. อบรมครู");
        return d;
    }

    private String imported(String name, byte[] bytes) throws Exception {
        Path src = Files.write(dir.resolve(name), bytes);
        Path out = dir.resolve(name.replaceFirst("\\.[a-z]+$", "") + ".plan.yaml");
        Cli.Result r = Cli.run("import", src.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        lastSummary = r.out();
        return Files.readString(out);
    }

    private String lastSummary;

    /** The rules of plan check's errors about the imported file, each once. */
    private List<String> errors(String name) {
        Path out = dir.resolve(name + ".plan.yaml");
        List<Diagnostic> all = SeedImportTest.checked(out).diagnostics();
        return all.stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::rule).distinct().toList();
    }

    @Test
    void aWordBodyIsWalkedWhole() throws Exception {
        DocxFixture d = new DocxFixture().title("แผนปฏิบัติการ โรงเรียนบ้านหนองบัว");
        d.heading("วิสัยทัศน์");
        d.xml("<w:sdt><w:sdtPr/><w:sdtContent><w:p>" + d.run("ผู้เรียนมีคุณภาพในกล่องควบคุม") + "</w:p></w:sdtContent></w:sdt>");
        d.heading("บริบทของโรงเรียน");
        // A text box as Word writes it: DrawingML, and the same text again in a VML fallback.
        d.xml("<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"Text Box 1\"/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:txbx>"
                + "<w:txbxContent><w:p>" + d.run("ข้อความในกล่องข้อความ") + "</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
                + "<w:t>ข้อความในกล่องข้อความ</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>");
        d.xml("<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p>" + d.run("กล่องข้อความแบบเก่า")
                + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>");
        d.table(new String[][] {{"ด้าน", "รายละเอียด"}, {"อาคาร", "ย่อหน้าแรก\nย่อหน้าที่สอง"}});
        d.xml("<w:tbl><w:tr><w:tc><w:p>" + d.run("ตารางนอก") + "</w:p><w:tbl><w:tr><w:tc><w:p>" + d.run("ตารางซ้อนซ้าย")
                + "</w:p></w:tc><w:tc><w:p>" + d.run("ตารางซ้อนขวา") + "</w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>");
        d.xml("<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"Picture 2\" descr=\"แผนที่โรงเรียน\"/></wp:inline></w:drawing></w:r></w:p>",
                "แผนที่โรงเรียน");
        String yaml = imported("body.docx", d.bytes());

        assertThat(yaml).contains("vision: ผู้เรียนมีคุณภาพในกล่องควบคุม");
        assertThat(yaml.split("ข้อความในกล่องข้อความ", -1)).as("the text box once, not again from its fallback").hasSize(2);
        assertThat(yaml).contains("กล่องข้อความแบบเก่า").contains("| อาคาร | ย่อหน้าแรก • ย่อหน้าที่สอง |")
                .contains("ตารางนอก • ตารางซ้อนซ้าย; ตารางซ้อนขวา").contains("\\[ภาพ (picture): แผนที่โรงเรียน\\]")
                .contains("picture: แผนที่โรงเรียน");
        assertThat(lastSummary).contains("1 pictures and charts");
        SourceWords.allKept(d.texts, yaml);
    }

    @Test
    void chaptersEndAtTheNextHeadingAndPartsGroupThem() throws Exception {
        String text = String.join("\n", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568", "โรงเรียนบ้านหนองบัว",
                "ส่วนที่ 1 บทนำ", "แผนนี้จัดทำขึ้นเพื่อเป็นกรอบการดำเนินงาน",
                "ส่วนที่ 2 ทิศทางการพัฒนา", String.join("\n", PLAN_HEAD), "1. พัฒนาคุณภาพผู้เรียน", "2. พัฒนาครู",
                "ค่านิยมองค์กร", "ยิ้ม ไหว้ ทักทาย",
                "ส่วนที่ 3 โครงการ", "โครงการ", "กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน",
                "1. โครงการพัฒนาการอ่าน งบประมาณ 50,000 บาท ผู้รับผิดชอบ กลุ่มบริหารวิชาการ",
                "2. โครงการห้องสมุดมีชีวิต งบประมาณ ๑,๒๕๐,๐๐๐.- บาท") + "\n";
        String yaml = imported("parts.txt", text.getBytes(StandardCharsets.UTF_8));

        String values = yaml.substring(yaml.indexOf("\nvalues:"), yaml.indexOf("\nsections:"));
        assertThat(values).contains("ยิ้ม ไหว้ ทักทาย").doesNotContain("โครงการ");
        assertThat(yaml).contains("""
                projects:
                  - id: P1
                    title: โครงการพัฒนาการอ่าน
                    strategies: [S1]  # strategy n of the source is S n: confirm
                    owner: กลุ่มบริหารวิชาการ
                    budget: 50000
                  - id: P2
                    title: โครงการห้องสมุดมีชีวิต
                    strategies: [S1]  # strategy n of the source is S n: confirm
                    budget: 1250000
                """);
        assertThat(yaml).contains("""
                outline:
                  - part: บทนำ
                    chapters: [section-1]
                  - part: ทิศทางการพัฒนา
                    chapters: [vision, missions, goals, strategies, values]
                  - part: โครงการ
                    chapters: [projects, budget]
                """);
        assertThat(lastSummary).contains("1 values").contains("2 projects").contains("3 parts");
        // The fixture's strategies have no guidelines: that and nothing else (every chapter is in a part).
        assertThat(errors("parts")).containsExactly("strategy-has-guidelines");
        // The words that name a part, a strategy and a budget became the outline's parts and keys.
        SourceWords.allKept(List.of(text), yaml, "ส่วนที่", "กลยุทธ์ที่", "งบประมาณ", "บาท", "ผู้รับผิดชอบ");
    }

    @Test
    void aProjectsTableBySourcesUnderAMergedHeader() throws Exception {
        DocxFixture d = planDocx().heading("โครงการ");
        d.table(new String[][] {
                {"ที่", "โครงการ/กิจกรรม", "สนองกลยุทธ์", "งบประมาณ (บาท)", "<", "<", "ระยะเวลา", "ผู้รับผิดชอบ"},
                {"^", "^", "^", "เงินอุดหนุน", "เงินรายได้สถานศึกษา", "รวม", "^", "^"},
                {"กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน", "<", "<", "<", "<", "<", "<", "<"},
                {"1", "โครงการส่งเสริมการอ่าน", "", "30,000", "20,000.-", "50,000", "2568", "กลุ่มบริหารวิชาการ"},
                {"2", "โครงการคณิตคิดสนุก", "2", "๑๐,๐๐๐", "๕,๐๐๐", "๒๐,๐๐๐ บาท", "ต.ค. 2567 – ก.ย. 2568", "ครูคณิตศาสตร์"},
                {"รวม", "", "", "40,000", "25,000", "70,000", "", ""}});
        String yaml = imported("sources.docx", d.bytes());

        assertThat(yaml).contains("""
                  - id: P1
                    title: โครงการส่งเสริมการอ่าน
                    strategies: [S1]  # strategy n of the source is S n: confirm
                    owner: กลุ่มบริหารวิชาการ
                    years:
                      from: 2568
                      to: 2568
                    budget:
                      total: 50000
                      sources:
                        เงินอุดหนุน: 30000
                        เงินรายได้สถานศึกษา: 20000
                """);
        assertThat(yaml).contains("""
                    strategies: [S2]  # strategy n of the source is S n: confirm
                    owner: ครูคณิตศาสตร์
                    budget:  # the sources add up to 15,000, not 20,000: as in the source; plan check's budget-sum reports it
                      total: 20000
                """).contains("ระยะเวลา: ต.ค. 2567 – ก.ย. 2568").contains("# the source's total row: รวม | 40,000 | 25,000 | 70,000");
        assertThat(errors("sources")).containsExactly("budget-sum");
        SourceWords.allKept(d.texts, yaml, HEADER_WORDS);
    }

    @Test
    void aProjectsTableByQuarters() throws Exception {
        DocxFixture d = planDocx().heading("งบประมาณ");
        d.table(new String[][] {
                {"ที่", "โครงการ", "กลยุทธ์", "ไตรมาส 1", "ไตรมาส 2", "ไตรมาส 3", "ไตรมาส 4", "ผู้รับผิดชอบ"},
                {"1", "โครงการอบรมครู", "กลยุทธ์ที่ 2", "10,000", "-", "5,000", "", "กลุ่มบริหารบุคคล"}});
        String yaml = imported("quarters.docx", d.bytes());
        assertThat(yaml).contains("""
                    budget:
                      total: 15000
                      quarters:
                        - 10000
                        - 0
                        - 5000
                        - 0
                """).contains("strategies: [S2]");
        assertThat(errors("quarters")).isEmpty();
        SourceWords.allKept(d.texts, yaml, HEADER_WORDS);
    }

    @Test
    void aProjectsTableInMarkdownText() throws Exception {
        String text = String.join("\n", "# แผนปฏิบัติการ โรงเรียนบ้านหนองบัว", String.join("\n", PLAN_HEAD),
                "1. พัฒนาคุณภาพผู้เรียน", "2. พัฒนาครู", "## โครงการ",
                "| ที่ | โครงการ | สนองกลยุทธ์ | งบประมาณ | ผู้รับผิดชอบ |", "|---|---|---|---|---|",
                "| 1 | โครงการห้องสมุดมีชีวิต | 1 | 15,000 | ครูบรรณารักษ์ |") + "\n";
        String yaml = imported("md-table.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(yaml).contains("title: โครงการห้องสมุดมีชีวิต").contains("owner: ครูบรรณารักษ์").contains("budget: 15000");
        // A small fixture: no office or years (missing-key), no guidelines under its strategies; nothing else.
        assertThat(errors("md-table")).containsExactly("missing-key", "strategy-has-guidelines");
        SourceWords.allKept(List.of(text), yaml, HEADER_WORDS);
    }

    @Test
    void anIndicatorsTableUnderAStrategy() throws Exception {
        DocxFixture d = planDocx().para("ตัวชี้วัด");
        d.table(new String[][] {
                {"ตัวชี้วัด", "หน่วยนับ", "ค่าฐาน (2567)", "ค่าเป้าหมาย", "<", "<"},
                {"^", "^", "^", "2568", "2569", "2570"},
                {"ร้อยละของครูที่ผ่านการอบรม", "ร้อยละ", "75", "80", "85", "ระดับดี"}});
        String yaml = imported("kpi.docx", d.bytes());
        assertThat(yaml).contains("""
                    indicators:
                      - id: S2-1
                        text: ร้อยละของครูที่ผ่านการอบรม
                        unit: ร้อยละ
                        baseline:
                          year: 2567
                          value: 75
                        targets:
                          2568: 80
                          2569: 85
                          2570: ระดับดี
                """);
        assertThat(lastSummary).contains("1 indicators");
        SourceWords.allKept(d.texts, yaml, HEADER_WORDS);
    }

    @Test
    void aSwotTableOfTwoByTwo() throws Exception {
        DocxFixture d = planDocx().heading("การวิเคราะห์สภาพแวดล้อม (SWOT)");
        d.table(new String[][] {
                {"จุดแข็ง (Strengths)\n1. ครูมีความรู้\n2. อาคารพร้อม", "จุดอ่อน (Weaknesses)\n1. งบน้อย"},
                {"โอกาส (Opportunities)\n1. ชุมชนช่วยเหลือ", "อุปสรรค (Threats)\n1. ประชากรลดลง\n2. ฝุ่นควัน"}});
        String yaml = imported("swot.docx", d.bytes());
        assertThat(yaml).contains("""
                analysis:
                  strengths:
                    - id: SW1
                      text: ครูมีความรู้
                    - id: SW2
                      text: อาคารพร้อม
                  weaknesses:
                    - id: WK1
                      text: งบน้อย
                  opportunities:
                    - id: OP1
                      text: ชุมชนช่วยเหลือ
                  threats:
                    - id: TH1
                      text: ประชากรลดลง
                    - id: TH2
                      text: ฝุ่นควัน
                """);
        assertThat(lastSummary).contains("6 analysis factors");
        SourceWords.allKept(d.texts, yaml, "จุดแข็ง", "จุดอ่อน", "โอกาส", "อุปสรรค", "Strengths", "Weaknesses", "Opportunities", "Threats",
                "การวิเคราะห์สภาพแวดล้อม", "SWOT");
    }

    @Test
    void aSwotSectionUnderHeadings() throws Exception {
        String text = String.join("\n", "แผนปฏิบัติการ โรงเรียนบ้านหนองบัว", String.join("\n", PLAN_HEAD),
                "1. พัฒนาคุณภาพผู้เรียน", "การวิเคราะห์สภาพแวดล้อม", "ผลการวิเคราะห์ปัจจัยภายในและภายนอก",
                "จุดแข็ง (S)", "1. ครูมีคุณวุฒิ", "W: จุดอ่อน", "1. สื่อไม่พอ", "Opportunities", "- ผู้ปกครองสนับสนุน",
                "อุปสรรค", "1. การเดินทางลำบาก") + "\n";
        String yaml = imported("swot-text.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(yaml).contains("    - id: SW1\n      text: ครูมีคุณวุฒิ").contains("    - id: WK1\n      text: สื่อไม่พอ")
                .contains("    - id: OP1\n      text: ผู้ปกครองสนับสนุน").contains("    - id: TH1\n      text: การเดินทางลำบาก")
                .contains("ผลการวิเคราะห์ปัจจัยภายในและภายนอก");
        SourceWords.allKept(List.of(text), yaml, "จุดแข็ง", "จุดอ่อน", "Opportunities", "อุปสรรค", "S", "W");
    }

    /** Issue 28: an action plan continuing a development plan leaves out what the base holds. */
    @Test
    void anActionPlanOnABase() throws Exception {
        Files.writeString(dir.resolve("development.plan.yaml"), "id: spp-dev\ntitle: แผนพัฒนา\nvision: ผู้เรียนมีคุณภาพ\n"
                + "missions:\n  - {id: M1, text: พัฒนาผู้เรียน}\ngoals:\n  - {id: G1, text: ผู้เรียนอ่านคล่อง}\n"
                + "strategies:\n  - {id: S1, title: พัฒนาคุณภาพผู้เรียน}\n");
        String text = String.join("\n", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568", String.join("\n", PLAN_HEAD),
                "1. พัฒนาคุณภาพผู้เรียน", "โครงการ", "1. โครงการพัฒนาการอ่าน งบประมาณ 50,000 บาท") + "\n";
        Path src = Files.writeString(dir.resolve("action.txt"), text);
        for (String base : List.of("spp-dev", dir.resolve("development.plan.yaml").toString())) {
            Cli.Result r = Cli.run("import", src.toString(), "--base", base, "--force");
            assertThat(r.exitCode()).as(r.err()).isZero();
            String yaml = Files.readString(dir.resolve("action.plan.yaml"));
            assertThat(yaml).contains("\nbase: spp-dev\n").contains("title: โครงการพัฒนาการอ่าน")
                    .doesNotContain("\nvision:").doesNotContain("\nmissions:").doesNotContain("\ngoals:").doesNotContain("\nstrategies:");
        }
        Files.delete(dir.resolve("action.plan.yaml"));
        Cli.Result missing = Cli.run("import", src.toString(), "--base", "no-such-plan");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-plan").doesNotContain("Exception");
        assertThat(dir.resolve("action.plan.yaml")).doesNotExist();
    }
}
