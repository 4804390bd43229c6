package plan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * A document in parts (ส่วนที่ 1, 2 …) imported and then checked as a user does it, through the
 * command line: every chapter the plan has stands in exactly one part (rule outline-parts), also
 * those no heading of the document opens: the budget chapter the tool adds up from the projects,
 * and the chapters a continuing plan inherits from its base.
 */
class ImportPartsTest {
    @TempDir
    Path dir;

    @Test
    void aWordDocumentInPartsWithBudgetsPassesCheck() throws Exception {
        DocxFixture d = new DocxFixture().title("แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568").para("โรงเรียนบ้านหนองบัว");
        d.heading("ส่วนที่ 1 บทนำ").para("แผนนี้จัดทำขึ้นเพื่อเป็นกรอบการดำเนินงานของโรงเรียน");
        d.heading("ส่วนที่ 2 ทิศทางการพัฒนา");
        d.heading("วิสัยทัศน์").para("ผู้เรียนมีคุณภาพ").heading("พันธกิจ").para("1. พัฒนาผู้เรียน").para("2. พัฒนาครู");
        d.heading("เป้าประสงค์").para("1. ผู้เรียนอ่านคล่อง").para("2. ครูสอนดี");
        d.heading("กลยุทธ์").para("กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน").para("1. ส่งเสริมการอ่าน")
                .para("กลยุทธ์ที่ 2 พัฒนาครู").para("1. อบรมครู");
        d.heading("ส่วนที่ 3 โครงการและงบประมาณ");
        d.heading("โครงการ").table(new String[][] {
                {"ที่", "โครงการ", "สนองกลยุทธ์", "งบประมาณ", "ผู้รับผิดชอบ"},
                {"1", "โครงการส่งเสริมการอ่าน", "1", "50,000", "กลุ่มบริหารวิชาการ"},
                {"2", "โครงการอบรมครู", "2", "20,000", "กลุ่มบริหารบุคคล"}});
        Path src = Files.write(dir.resolve("แผนปฏิบัติการ 2568.docx"), d.bytes());

        Cli.Result imported = Cli.run("import", src.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path written = dir.resolve("แผนปฏิบัติการ 2568.plan.yaml");
        // As examples/official places them: the budget beside the projects, in their part.
        assertThat(Files.readString(written)).contains("""
                outline:
                  - part: บทนำ
                    chapters: [section-1]
                  - part: ทิศทางการพัฒนา
                    chapters: [vision, missions, goals, strategies]
                  - part: โครงการและงบประมาณ
                    chapters: [projects, budget]
                """);
        assertThat(imported.out()).doesNotContain("outline-parts");

        Cli.Result checked = Cli.run("check", written.toString());
        assertThat(checked.exitCode()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.out() + checked.err()).doesNotContain("outline-parts").doesNotContain("error");
    }

    @Test
    void aContinuingPlanInPartsListsWhatItInherits() throws Exception {
        // The base holds vision, missions, goals, strategies and values; the document none of them.
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), dir.resolve("development-plan.plan.yaml"));
        String text = String.join("\n", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569", "โรงเรียนบ้านหนองบัววิทยา",
                "ส่วนที่ 1 บทนำ", "แผนนี้สืบต่อจากแผนพัฒนาการศึกษา",
                "ส่วนที่ 2 โครงการและงบประมาณ", "โครงการ",
                "กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน", "1. โครงการพัฒนาการอ่าน งบประมาณ 50,000 บาท",
                "กลยุทธ์ที่ 2 พัฒนาครู", "1. โครงการอบรมครู งบประมาณ 20,000 บาท") + "\n";
        Path src = Files.writeString(dir.resolve("ปฏิบัติการ 2569.txt"), text, StandardCharsets.UTF_8);

        Cli.Result imported = Cli.run("import", src.toString(), "--base", "development-plan", "--lang", "th");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // The summary checks the draft beside its base, as plan check of both does: its base resolves.
        assertThat(imported.out()).contains("ผลการตรวจ (plan check): ไม่มีข้อผิดพลาด").doesNotContain("unresolved-ref");
        Path written = dir.resolve("ปฏิบัติการ 2569.plan.yaml");
        String yaml = Files.readString(written);
        assertThat(yaml).contains("\nbase: development-plan\n").doesNotContain("\nvalues:");
        // No heading of the document opens the inherited chapters: where they went is a guess, said so at the outline.
        assertThat(yaml).contains("""
                outline:  # ต้นฉบับไม่มีหัวข้อของบท vision, missions, goals, strategies, values \
                จึงใส่แต่ละบทไว้ในส่วนเดียวกับบทที่อยู่ติดกันตามลำดับปกติ: ตรวจทาน
                  - part: บทนำ
                    chapters: [section-1]
                  - part: โครงการและงบประมาณ
                    chapters: [vision, missions, values, goals, strategies, projects, budget, section-2]
                """);

        Cli.Result checked = Cli.run("check", dir.resolve("development-plan.plan.yaml").toString(), written.toString());
        assertThat(checked.out() + checked.err()).doesNotContain("outline-parts");
        assertThat(checked.exitCode()).as(checked.out() + checked.err()).isZero();
    }

    /** A results file given as --base was taken for a plan: the draft said `base: q2.results.yaml`. */
    @Test
    void aResultsFileIsNoBase() throws Exception {
        Files.copy(Path.of("examples/action-plan-q2.results.yaml"), dir.resolve("q2.results.yaml"));
        Path src = Files.writeString(dir.resolve("แผน 2569.txt"), "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569\nโรงเรียนบ้านหนองบัววิทยา\n");
        Cli.Result imported = Cli.run("import", src.toString(), "--base", dir.resolve("q2.results.yaml").toString(), "--lang", "en");
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("q2.results.yaml is not a plan file");
        assertThat(dir.resolve("แผน 2569.plan.yaml")).doesNotExist();
    }

    /** A half-written plan beside the base stopped the search: "cannot read a-draft.plan.yaml as a plan file". */
    @Test
    void anUnreadableNeighbourDoesNotHideTheBase() throws Exception {
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), dir.resolve("development-plan.plan.yaml"));
        Files.writeString(dir.resolve("a-draft.plan.yaml"), "title: [unclosed\n");
        Path src = Files.writeString(dir.resolve("แผน 2569.txt"), "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2569\nโรงเรียนบ้านหนองบัววิทยา\n");
        Cli.Result imported = Cli.run("import", src.toString(), "--base", "development-plan", "--lang", "en");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(Files.readString(dir.resolve("แผน 2569.plan.yaml"))).contains("\nbase: development-plan\n");
        // Named by its file, the unreadable plan is still said to be unreadable.
        Cli.Result named = Cli.run("import", src.toString(), "--base", "a-draft", "--out", dir.resolve("x.plan.yaml").toString(), "--lang", "en");
        assertThat(named.exitCode()).isEqualTo(1);
        assertThat(named.err()).contains("cannot read").contains("a-draft.plan.yaml");
    }

    /** The base's own base gave it the vision and the rest: the draft wrote them out again (base-inherited). */
    @Test
    void aBaseThatContinuesAnotherGivesWhatItInherits() throws Exception {
        Files.copy(Path.of("examples/yearly/development-plan.plan.yaml"), dir.resolve("development-plan.plan.yaml"));
        Files.copy(Path.of("examples/yearly/action-plan-2569.plan.yaml"), dir.resolve("action-plan-2569.plan.yaml"));
        String text = String.join("\n", "แผนปฏิบัติการเพิ่มเติม ปีงบประมาณ พ.ศ. 2569", "โรงเรียนบ้านหนองบัววิทยา",
                "วิสัยทัศน์", "ภายในปี 2571 โรงเรียนจัดการศึกษาได้มาตรฐาน", "โครงการ",
                "กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน", "1. โครงการพัฒนาการอ่าน งบประมาณ 50,000 บาท") + "\n";
        Path src = Files.writeString(dir.resolve("เพิ่มเติม 2569.txt"), text, StandardCharsets.UTF_8);

        Cli.Result imported = Cli.run("import", src.toString(), "--base", "action-plan-2569", "--lang", "th");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        // Checked beside the whole chain, as plan check of the folder does.
        assertThat(imported.out()).doesNotContain("base-inherited").doesNotContain("unresolved-ref");
        String yaml = Files.readString(dir.resolve("เพิ่มเติม 2569.plan.yaml"));
        assertThat(yaml).contains("\nbase: action-plan-2569\n").doesNotContain("\nvision:").doesNotContain("\ngoals:");
    }

    @Test
    void aPartWithNothingUnderItIsLeftOutAndSaidSo() throws Exception {
        String text = String.join("\n", "แผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2568", "โรงเรียนบ้านหนองบัว",
                "ส่วนที่ 1 ทิศทางการพัฒนา", "วิสัยทัศน์", "ผู้เรียนมีคุณภาพ", "พันธกิจ", "1. พัฒนาผู้เรียน",
                "เป้าประสงค์", "1. ผู้เรียนอ่านคล่อง", "กลยุทธ์", "กลยุทธ์ที่ 1 พัฒนาคุณภาพผู้เรียน", "1. ส่งเสริมการอ่าน",
                "ส่วนที่ 2 การติดตามและประเมินผล") + "\n";
        Path src = Files.writeString(dir.resolve("แผน.txt"), text, StandardCharsets.UTF_8);
        Cli.Result imported = Cli.run("import", src.toString(), "--lang", "en");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(Files.readString(dir.resolve("แผน.plan.yaml"))).contains("""
                outline:  # the part "การติดตามและประเมินผล" has no chapter under it and is left out
                  - part: ทิศทางการพัฒนา
                    chapters: [vision, missions, goals, strategies]
                """);
    }
}
