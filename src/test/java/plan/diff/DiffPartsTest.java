package plan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import plan.format.Format;
import plan.load.Limits;
import plan.model.Plan;
import plan.workspace.Workspace;

/**
 * Each kind of change on each part of the format, one edit of the full example a row: the diff
 * must report exactly that change, named as a reviewer would read it.
 */
class DiffPartsTest {
    static final String FULL = read(Path.of("examples/full.plan.yaml"));

    static Stream<Arguments> edits() {
        return Stream.of(
                row("title", "title: แผนปฏิบัติราชการ ระยะ 4 ปี", "title: แผนปฏิบัติราชการ ระยะ 5 ปี",
                        "changed full-example title | แผนปฏิบัติราชการ ระยะ 4 ปี | แผนปฏิบัติราชการ ระยะ 5 ปี"),
                row("subtitle removed", "subtitle: ฉบับทบทวน\n", "", "removed full-example subtitle | ฉบับทบทวน | null"),
                row("organization", "  short: สพป.ตย.1", "  short: สพป.ตย.๑",
                        "changed full-example organization.short | สพป.ตย.1 | สพป.ตย.๑"),
                row("period", "  to: 2569", "  to: 2570", "changed full-example period.to | 2569 | 2570"),
                row("preamble", "เพื่อเป็นกรอบการดำเนินงาน", "เพื่อเป็นแนวทางการดำเนินงาน", "changed full-example preamble"),
                row("vision", "vision: องค์กรคุณภาพ", "vision: องค์กรแห่งคุณภาพ", "changed full-example vision"),
                row("mission text", "    text: พัฒนาระบบบริหารจัดการตามหลักธรรมาภิบาล", "    text: พัฒนาระบบบริหารจัดการ",
                        "changed M2 text | พัฒนาระบบบริหารจัดการตามหลักธรรมาภิบาล | พัฒนาระบบบริหารจัดการ"),
                row("mission added", "    text: พัฒนาระบบบริหารจัดการตามหลักธรรมาภิบาล\n",
                        "    text: พัฒนาระบบบริหารจัดการตามหลักธรรมาภิบาล\n  - id: M3\n    text: ส่งเสริมการมีส่วนร่วม\n",
                        "added M3 mission | null | ส่งเสริมการมีส่วนร่วม"),
                row("mission removed", "  - id: M2\n    text: พัฒนาระบบบริหารจัดการตามหลักธรรมาภิบาล\n", "",
                        "removed M2 mission | พัฒนาระบบบริหารจัดการตามหลักธรรมาภิบาล | null"),
                row("goal's missions", "    missions: [M2]", "    missions: [M1, M2]", "changed G2 missions | M2 | M1, M2"),
                row("goal text", "    text: สำนักงานมีการบริหารจัดการที่มีประสิทธิภาพ", "    text: สำนักงานบริหารจัดการอย่างมีประสิทธิภาพ",
                        "changed G2 text"),
                row("target lowered", "2568: 90, 2569: 95", "2568: 88, 2569: 95", "changed G1-1 target 2568 | 90 | 88"),
                row("target added", "{2566: 60, 2567: 80}", "{2566: 60, 2567: 80, 2568: 90}", "added P1-1 target 2568 | null | 90"),
                row("target removed", "{2566: 60, 2567: 80}", "{2566: 60}", "removed P1-1 target 2567 | 80 | null"),
                row("baseline", "value: 78.5}", "value: 79}", "changed G1-1 baseline.value | 78.5 | 79"),
                row("unit", "        unit: โรงเรียน\n", "", "removed P1-1 unit | โรงเรียน | null"),
                row("indicator added", "    missions: [M2]\n", "    missions: [M2]\n    indicators:\n      - {id: G2-1, text: ระดับความพึงพอใจ, targets: {2569: ดี}}\n",
                        "added G2-1 indicator | null | ระดับความพึงพอใจ"),
                row("strategy title", "    title: พัฒนาระบบบริหารจัดการ\n", "    title: ยกระดับระบบบริหารจัดการ\n",
                        "changed S2 title | พัฒนาระบบบริหารจัดการ | ยกระดับระบบบริหารจัดการ"),
                row("strategy's goals", "    goals: [G2]\n    guidelines:", "    goals: [G1, G2]\n    guidelines:",
                        "changed S2 goals | G2 | G1, G2"),
                row("strategy description", "      มุ่งให้ผู้เรียนอ่านออก", "      มุ่งให้ผู้เรียนทุกคนอ่านออก", "changed S1 description"),
                row("guideline reworded", "      - ส่งเสริมการอ่านและการเขียน\n", "      - ส่งเสริมการอ่านและการเขียนอย่างต่อเนื่อง\n",
                        "changed S1 guideline | ส่งเสริมการอ่านและการเขียน | ส่งเสริมการอ่านและการเขียนอย่างต่อเนื่อง"),
                row("nested guideline reworded", "อบรมครูด้านเทคโนโลยี", "อบรมครูด้านเทคโนโลยีดิจิทัล",
                        "changed S1 guideline | อบรมครูด้านเทคโนโลยี | อบรมครูด้านเทคโนโลยีดิจิทัล"),
                row("guideline added", "      - ใช้ระบบสารสนเทศในการติดตามผล\n", "      - ใช้ระบบสารสนเทศในการติดตามผล\n      - จัดประชุมทบทวนแผนทุกไตรมาส\n",
                        "added S2 guideline | null | จัดประชุมทบทวนแผนทุกไตรมาส"),
                row("guideline removed", "      - ส่งเสริมการอ่านและการเขียน\n", "", "removed S1 guideline | ส่งเสริมการอ่านและการเขียน | null"),
                row("guideline moved",
                        "          - จัดกิจกรรมโครงงาน\n          - text: ใช้สื่อดิจิทัลในการเรียนรู้\n            items:\n              - อบรมครูด้านเทคโนโลยี\n",
                        "          - text: ใช้สื่อดิจิทัลในการเรียนรู้\n            items:\n              - อบรมครูด้านเทคโนโลยี\n          - จัดกิจกรรมโครงงาน\n",
                        "moved S1 guideline (จัดกิจกรรมโครงงาน) | 1 | 2"),
                row("values motto", "  motto: มุ่งสู่การบริหาร", "  motto: มุ่งมั่นสู่การบริหาร", "changed full-example values.motto"),
                row("values item by key", "text: การทำงานอย่างมีระบบ}", "text: การทำงานอย่างมีระบบและมีเป้าหมาย}",
                        "changed full-example values item | การทำงานอย่างมีระบบ | การทำงานอย่างมีระบบและมีเป้าหมาย"),
                row("values item added", "    - {key: T, name: Teamwork, text: ร่วมมือ ร่วมแรง ร่วมใจ}\n",
                        "    - {key: T, name: Teamwork, text: ร่วมมือ ร่วมแรง ร่วมใจ}\n    - {key: I, text: ซื่อสัตย์สุจริต}\n",
                        "added full-example values item | null | I: ซื่อสัตย์สุจริต"),
                row("focus year", "  year: 2567", "  year: 2568", "changed full-example focus.year | 2567 | 2568"),
                row("focus item tag", "tag: Safety}", "tag: Security}", "changed full-example focus item.tag (ความปลอดภัยของผู้เรียน) | Safety | Security"),
                row("section title", "    title: รูปแบบการขับเคลื่อน", "    title: แนวทางการขับเคลื่อน",
                        "changed model title | รูปแบบการขับเคลื่อน | แนวทางการขับเคลื่อน"),
                row("section body", "| ติดตาม | นิเทศและรายงานผล |", "| ติดตาม | นิเทศ ติดตาม และรายงานผล |", "changed model body"),
                row("outline", "values, goals, strategies", "goals, strategies, values", "moved full-example outline"),
                row("label changed", "  strategy: กลยุทธ์ที่", "  strategy: ยุทธศาสตร์ที่", "changed full-example label strategy | กลยุทธ์ที่ | ยุทธศาสตร์ที่"),
                row("label added", "labels:\n", "labels:\n  vision: วิสัยทัศน์องค์กร\n", "added full-example label vision | null | วิสัยทัศน์องค์กร"),
                row("waiver", "  goal-has-strategy: เป้าประสงค์บางข้อ", "  goal-has-strategy: เป้าประสงค์บางประการ", "changed full-example waiver goal-has-strategy"),
                row("project owner", "    owner: กลุ่มนโยบายและแผน", "    owner: กลุ่มนโยบายและแผนงาน", "changed P2 owner"),
                row("project years", "    years: {from: 2567, to: 2567}", "    years: {from: 2567, to: 2568}", "changed P2 years.to | 2567 | 2568"),
                row("objective", "      - เพื่อพัฒนาครูผู้สอนภาษาไทยด้านการสอนอ่าน", "      - เพื่อพัฒนาครูผู้สอนภาษาไทยด้านการสอนอ่านและเขียน",
                        "changed P1 objectives | เพื่อพัฒนาครูผู้สอนภาษาไทยด้านการสอนอ่าน | เพื่อพัฒนาครูผู้สอนภาษาไทยด้านการสอนอ่านและเขียน"),
                row("budget year", "years: {2566: 120000, 2567: 130000}", "years: {2566: 110000, 2567: 140000}",
                        "changed P1 budget.year 2566 | 120,000 | 110,000 | -10000", "changed P1 budget.year 2567 | 130,000 | 140,000 | 10000"),
                row("budget source", "        เงินนอกงบประมาณ: 50000\n", "        เงินบริจาค: 50000\n",
                        "removed P1 budget.source เงินนอกงบประมาณ | 50,000 | null | -50000", "added P1 budget.source เงินบริจาค | null | 50,000 | 50000"),
                row("budget category", "        ค่าใช้สอย: 150000\n        ค่าวัสดุ: 70000", "        ค่าใช้สอย: 140000\n        ค่าวัสดุ: 80000",
                        "changed P1 budget.category ค่าใช้สอย | 150,000 | 140,000 | -10000", "changed P1 budget.category ค่าวัสดุ | 70,000 | 80,000 | 10000"),
                row("quarters", "[10000, 20000, 15000, 3500.50]", "[15000, 15000, 15000, 3500.50]",
                        "changed P2 budget.quarters Q1 | 10,000 | 15,000 | 5000", "changed P2 budget.quarters Q2 | 20,000 | 15,000 | -5000"),
                row("activity text", "      - text: อบรมครูผู้สอนภาษาไทย", "      - text: อบรมเชิงปฏิบัติการครูผู้สอนภาษาไทย",
                        "changed P1 activity | อบรมครูผู้สอนภาษาไทย | อบรมเชิงปฏิบัติการครูผู้สอนภาษาไทย"),
                row("activity budget", "        budget: 150000\n", "        budget: 140000\n",
                        "changed P1 activity.budget (อบรมครูผู้สอนภาษาไทย) | 150,000 | 140,000 | -10000"),
                row("activity months", "        months: ก.พ. – มี.ค. 2566", "        months: มี.ค. – เม.ย. 2566",
                        "changed P1 activity.months (จัดหาหนังสือส่งเสริมการอ่าน) | ก.พ. – มี.ค. 2566 | มี.ค. – เม.ย. 2566"),
                row("project budget and the plan's total", "    budget: 35000", "    budget: 40000",
                        "changed P3 budget | 35,000 | 40,000 | 5000", "changed full-example budget total | 333,500.50 | 338,500.50 | 5000"),
                row("project added", "    budget: 35000\n", "    budget: 35000\n  - {id: P4, title: โครงการใหม่, strategies: [S1]}\n",
                        "added P4 project | null | โครงการใหม่"));
    }

    private static Arguments row(String name, String from, String to, String... expected) {
        return Arguments.of(name, from, to, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void eachEditIsItsChange(String name, String from, String to, List<String> expected) {
        assertThat(FULL.split(java.util.regex.Pattern.quote(from), -1)).as("the edit applies once").hasSize(2);
        List<String> changes = describe(diff(FULL, FULL.replace(from, to)));
        assertThat(changes).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(changes.get(i)).startsWith(expected.get(i));
        }
    }

    @Test
    void anIdentifiedItemMovedAmongItsSiblingsIsMoved() {
        String p2 = FULL.substring(FULL.indexOf("  - id: P2\n"), FULL.indexOf("  - id: P3\n"));
        String moved = FULL.replace(p2, "").replace("outline:", p2.replace("  - id: P2", "  - id: P2") + "outline:");
        // P2 now stands after P3 (the projects list ends at outline)
        assertThat(describe(diff(FULL, moved))).containsExactly("moved P2 project | 2 | 3");
    }

    static List<Change> diff(String old, String now) {
        return PlanDiff.of(plan(old), plan(now), Format.STANDARD);
    }

    static Plan plan(String yaml) {
        Plan plan = new Workspace(Limits.DEFAULT).check(yaml.getBytes(StandardCharsets.UTF_8), "full-example.plan.yaml").plan();
        assertThat(plan).isNotNull();
        return plan;
    }

    /** kind id part | old | new [| delta]. */
    static List<String> describe(List<Change> changes) {
        return changes.stream().map(c -> c.kind().word() + " " + c.id() + " " + c.part() + " | " + c.old() + " | " + c.now()
                + (c.delta() != null ? " | " + c.delta().toPlainString() : "")).toList();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
