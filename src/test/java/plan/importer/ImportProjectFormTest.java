package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.testing.Cli;

/**
 * Issue 29 item 2, last part: a project form (แบบเสนอโครงการ) in a Word document, written as
 * labelled paragraphs or as a table of label and value, becomes the project's form keys (format
 * part 2), merged into the project the projects table lists under the same title; imported
 * through the command line and compared word for word.
 */
class ImportProjectFormTest {
    /** The form's labels: each became a key, so they are the words a test excuses, and no others. */
    private static final String[] LABEL_WORDS = {"แบบเสนอโครงการ", "ชื่อโครงการ", "สนองกลยุทธ์", "ลักษณะโครงการ", "โครงการใหม่",
            "โครงการต่อเนื่อง", "ผู้รับผิดชอบ", "หลักการและเหตุผล", "วัตถุประสงค์", "เป้าหมาย", "เชิงปริมาณ", "เชิงคุณภาพ",
            "กิจกรรม", "งบประมาณ", "บาท", "การประเมินผล", "ตัวชี้วัดความสำเร็จ", "วิธีการประเมิน", "เครื่องมือ",
            "ผลที่คาดว่าจะได้รับ", "ลงชื่อ", "กลยุทธ์ที่", "สนองกลยุทธ์ที่", "เป้าหมายเชิงปริมาณ", "เป้าหมายเชิงคุณภาพ", "ตำแหน่ง", "ที่", "โครงการ", "ระยะเวลา"};

    @TempDir
    Path dir;

    private DocxFixture planWithProjectsTable() {
        DocxFixture d = new DocxFixture().title("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568").para("โรงเรียนบ้านหนองบัว");
        d.heading("วิสัยทัศน์").para("ผู้เรียนมีคุณภาพ").heading("พันธกิจ").para("1. พัฒนาผู้เรียน").para("2. พัฒนาครู");
        d.heading("เป้าประสงค์").para("1. ผู้เรียนอ่านคล่อง").para("2. ครูสอนดี");
        d.heading("กลยุทธ์").para("กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน").para("1. ส่งเสริมการอ่าน")
                .para("กลยุทธ์ที่ 2 พัฒนาครู").para("1. อบรมครู");
        d.heading("โครงการ").table(new String[][] {
                {"ที่", "โครงการ", "สนองกลยุทธ์", "งบประมาณ", "ผู้รับผิดชอบ"},
                {"1", "โครงการส่งเสริมการอ่าน", "1", "50,000", "กลุ่มบริหารวิชาการ"},
                {"2", "โครงการอบรมครู", "2", "20,000", "กลุ่มบริหารบุคคล"}});
        return d;
    }

    private String imported(String name, byte[] bytes) throws Exception {
        Path src = Files.write(dir.resolve(name), bytes);
        Path out = dir.resolve(name.replaceFirst("\\.[a-z]+$", "") + ".plan.yaml");
        Cli.Result r = Cli.run("import", src.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 project forms");
        return Files.readString(out);
    }

    /** The rules of plan check's errors about the imported file, each once. */
    private List<String> errors(String name) {
        Path out = dir.resolve(name + ".plan.yaml");
        List<Diagnostic> all = SeedImportTest.checked(out).diagnostics();
        return all.stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::rule).distinct().toList();
    }

    @Test
    void aFormInHeadingsIsMergedIntoTheProjectOfItsTitle() throws Exception {
        DocxFixture d = planWithProjectsTable();
        d.heading("แบบเสนอโครงการ").para("1. ชื่อโครงการ โครงการส่งเสริมการอ่าน").para("2. สนองกลยุทธ์ที่ 1")
                .para("3. ลักษณะโครงการ ☑ โครงการใหม่ ☐ โครงการต่อเนื่อง").para("4. ผู้รับผิดชอบ นางสาวสมใจ ใฝ่รู้")
                .para("5. ระยะเวลา พฤศจิกายน 2567 ถึง กันยายน 2568")
                .para("6. หลักการและเหตุผล").para("การอ่านเป็นพื้นฐานของการเรียนรู้ทุกวิชา")
                .para("โรงเรียนจึงจัดทำโครงการนี้ขึ้น")
                .para("7. วัตถุประสงค์").para("7.1 เพื่อให้นักเรียนรักการอ่าน").para("7.2 เพื่อพัฒนาห้องสมุด")
                .para("8. เป้าหมาย").para("เชิงปริมาณ นักเรียนร้อยละ 80 อ่านหนังสือวันละ 30 นาที")
                .para("เชิงคุณภาพ นักเรียนอ่านคล่องและเข้าใจเรื่องที่อ่าน")
                .para("9. กิจกรรม").para("9.1 สัปดาห์ห้องสมุด").para("9.2 ยอดนักอ่าน")
                .para("10. งบประมาณ 50,000 บาท")
                .para("11. การประเมินผล");
        d.table(new String[][] {{"ตัวชี้วัดความสำเร็จ", "วิธีการประเมิน", "เครื่องมือ"},
                {"ร้อยละของนักเรียนที่อ่านคล่อง", "ทดสอบการอ่าน", "แบบทดสอบ"}});
        d.para("12. ผลที่คาดว่าจะได้รับ").para("นักเรียนมีนิสัยรักการอ่าน")
                .para("ลงชื่อ ................................ ผู้เสนอโครงการ").para("(นางสาวสมใจ ใฝ่รู้)").para("ตำแหน่ง ครูชำนาญการ")
                .para("ลงชื่อ ................................ ผู้อนุมัติโครงการ").para("(นายสมชาย ใจดี)").para("ตำแหน่ง ผู้อำนวยการโรงเรียน");
        String yaml = imported("headings.docx", d.bytes());

        String p1 = yaml.substring(yaml.indexOf("  - id: P1"), yaml.indexOf("  - id: P2"));
        assertThat(p1).contains("title: โครงการส่งเสริมการอ่าน").contains("strategies: [S1]").contains("owner: กลุ่มบริหารวิชาการ")
                .contains("""
                    objectives:
                      - เพื่อให้นักเรียนรักการอ่าน
                      - เพื่อพัฒนาห้องสมุด
                    budget: 50000
                    activities:
                      - text: สัปดาห์ห้องสมุด
                      - text: ยอดนักอ่าน
                """).contains("""
                    kind: new
                    rationale: |
                      การอ่านเป็นพื้นฐานของการเรียนรู้ทุกวิชา

                      โรงเรียนจึงจัดทำโครงการนี้ขึ้น
                    outputs:
                      quantity:
                        - นักเรียนร้อยละ 80 อ่านหนังสือวันละ 30 นาที
                      quality:
                        - นักเรียนอ่านคล่องและเข้าใจเรื่องที่อ่าน
                    evaluation:
                      - indicator: ร้อยละของนักเรียนที่อ่านคล่อง
                        method: ทดสอบการอ่าน
                        tool: แบบทดสอบ
                    expected:
                      - นักเรียนมีนิสัยรักการอ่าน
                    approvals:
                      - role: ผู้เสนอโครงการ
                        name: นางสาวสมใจ ใฝ่รู้
                        position: ครูชำนาญการ
                      - role: ผู้อนุมัติโครงการ
                        name: นายสมชาย ใจดี
                        position: ผู้อำนวยการโรงเรียน
                """).contains("**ระยะเวลาดำเนินการ** พฤศจิกายน 2567 ถึง กันยายน 2568")
                .contains("owner: กลุ่มบริหารวิชาการ  # the project form names another owner (in the description): confirm");
        assertThat(yaml).doesNotContain("  - id: P3").doesNotContain("sections:");
        assertThat(errors("headings")).isEmpty();
        SourceWords.allKept(d.texts, yaml, LABEL_WORDS);
    }

    @Test
    void aFormAsATableOfLabelAndValueBecomesAProjectOfItsOwn() throws Exception {
        DocxFixture d = planWithProjectsTable();
        d.heading("แบบเสนอโครงการ");
        d.table(new String[][] {
                {"ชื่อโครงการ", "โครงการคณิตคิดสนุก"},
                {"สนองกลยุทธ์", "กลยุทธ์ที่ ๑"},
                {"ลักษณะโครงการ", "โครงการต่อเนื่อง"},
                {"ผู้รับผิดชอบ", "ครูคณิตศาสตร์"},
                {"หลักการและเหตุผล", "คณิตศาสตร์ฝึกการคิดอย่างมีเหตุผล"},
                {"วัตถุประสงค์", "1. เพื่อให้นักเรียนสนุกกับคณิตศาสตร์"},
                {"เป้าหมายเชิงปริมาณ", "นักเรียนชั้น ป.4–ป.6 จำนวน 120 คน"},
                {"เป้าหมายเชิงคุณภาพ", "นักเรียนมีผลสัมฤทธิ์สูงขึ้น"},
                {"งบประมาณ", "๑๕,๐๐๐ บาท"},
                {"ผลที่คาดว่าจะได้รับ", "นักเรียนเห็นคุณค่าของคณิตศาสตร์\nครูมีสื่อการสอนใหม่"},
                {"ผู้เสนอโครงการ", "(นายรักเลข คิดเร็ว)\nตำแหน่ง ครู"},
                {"ผู้เห็นชอบโครงการ", "(นางวิไล ใจงาม)\nตำแหน่ง รองผู้อำนวยการ"}});
        d.table(new String[][] {{"ตัวชี้วัดความสำเร็จ", "วิธีการประเมิน", "เครื่องมือ"},
                {"คะแนนเฉลี่ยคณิตศาสตร์", "ทดสอบ", "แบบทดสอบวัดผลสัมฤทธิ์"}});
        d.heading("ภาคผนวก").para("ภาพกิจกรรม");
        String yaml = imported("table.docx", d.bytes());

        assertThat(yaml).contains("""
                  - id: P3
                    title: โครงการคณิตคิดสนุก
                    strategies: [S1]  # strategy n of the source is S n: confirm
                    owner: ครูคณิตศาสตร์
                    objectives:
                      - เพื่อให้นักเรียนสนุกกับคณิตศาสตร์
                    budget: 15000
                    kind: continuing
                    rationale: |
                      คณิตศาสตร์ฝึกการคิดอย่างมีเหตุผล
                    outputs:
                      quantity:
                        - นักเรียนชั้น ป.4–ป.6 จำนวน 120 คน
                      quality:
                        - นักเรียนมีผลสัมฤทธิ์สูงขึ้น
                    evaluation:
                      - indicator: คะแนนเฉลี่ยคณิตศาสตร์
                        method: ทดสอบ
                        tool: แบบทดสอบวัดผลสัมฤทธิ์
                    expected:
                      - นักเรียนเห็นคุณค่าของคณิตศาสตร์
                      - ครูมีสื่อการสอนใหม่
                    approvals:
                      - role: ผู้เสนอโครงการ
                        name: นายรักเลข คิดเร็ว
                        position: ครู
                      - role: ผู้เห็นชอบโครงการ
                        name: นางวิไล ใจงาม
                        position: รองผู้อำนวยการ
                """);
        assertThat(yaml).contains("title: ภาคผนวก").contains("ภาพกิจกรรม");
        assertThat(errors("table")).isEmpty();
        SourceWords.allKept(d.texts, yaml, LABEL_WORDS);
    }
}
