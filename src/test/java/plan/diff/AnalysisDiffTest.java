package plan.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * {@code plan diff} over the situation analysis: a factor added, removed, reworded and
 * re-weighted (with the change of weight as a delta), and a strategy's {@code from} changed.
 */
class AnalysisDiffTest {
    private static final Path EXAMPLE = Path.of("examples/situation-analysis.plan.yaml");

    @Test
    void factorsAndFromChangesAreNamed() throws IOException {
        String old = Files.readString(EXAMPLE);
        String now = old
                .replace("    - {id: SW4, category: structure, weight: 0.20, score: 4, text: นโยบายของโรงเรียนชัดเจน บุคลากรมีส่วนร่วม}\n", "")
                .replace("text: มีระบบประกันคุณภาพภายในที่เข้มแข็ง}", "text: มีระบบประกันคุณภาพภายในที่เข้มแข็งและต่อเนื่อง}")
                .replace("{id: WK1, category: money, weight: 0.40,", "{id: WK1, category: money, weight: 0.45,")
                .replace("    - {id: TH3, category: technology, weight: 0.20, score: 3, text: สื่อออนไลน์ที่ไม่เหมาะสมเข้าถึงเด็กได้ง่าย}\n",
                        "    - {id: TH3, category: technology, weight: 0.20, score: 3, text: สื่อออนไลน์ที่ไม่เหมาะสมเข้าถึงเด็กได้ง่าย}\n"
                                + "    - {id: TH4, category: political, text: นโยบายเปลี่ยนบ่อย}\n")
                .replace("from: [WK3, TH2]", "from: [WK3, TH2, TH4]");
        assertThat(now).isNotEqualTo(old);
        assertThat(DiffPartsTest.describe(DiffPartsTest.diff(old, now))).containsExactlyInAnyOrder(
                "removed SW4 factor | นโยบายของโรงเรียนชัดเจน บุคลากรมีส่วนร่วม | null",
                "changed SW2 text | มีระบบประกันคุณภาพภายในที่เข้มแข็ง | มีระบบประกันคุณภาพภายในที่เข้มแข็งและต่อเนื่อง",
                "changed WK1 weight | 0.40 | 0.45 | 0.05",
                "added TH4 factor | null | นโยบายเปลี่ยนบ่อย",
                "changed S4 from | WK3, TH2 | WK3, TH2, TH4");
    }

    @Test
    void theCommandPrintsThem(@TempDir Path dir) throws IOException {
        String old = Files.readString(EXAMPLE);
        Path a = dir.resolve("old.plan.yaml");
        Path b = dir.resolve("new.plan.yaml");
        Files.writeString(a, old);
        Files.writeString(b, old.replace("weight: 0.30, score: 4, text: ครูมีวุฒิ", "weight: 0.30, score: 4.5, text: ครูมีวุฒิ")
                .replace("from: [SW2, SW4, TH1, TH3]", "from: [SW2, TH1, TH3]"));
        Cli.Result r = Cli.run("diff", "--lang", "en", "--format", "json", a.toString(), b.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"id\": \"SW1\", \"what\": \"score\", \"old\": \"4\", \"new\": \"4.50\", \"delta\": 0.5",
                "\"id\": \"S3\", \"what\": \"from\", \"old\": \"SW2, SW4, TH1, TH3\", \"new\": \"SW2, TH1, TH3\"");
    }

    @Test
    void theThaiWordsNameTheAnalysisNotTheYearsOrTheBudget(@TempDir Path dir) throws IOException {
        String old = Files.readString(EXAMPLE);
        Path a = dir.resolve("old.plan.yaml");
        Path b = dir.resolve("new.plan.yaml");
        Files.writeString(a, old);
        Files.writeString(b, old.replace("weight: 0.30, score: 4, text: ครูมีวุฒิ", "weight: 0.30, score: 4.5, text: ครูมีวุฒิ")
                .replace("{id: OP2, category: social,", "{id: OP2, category: economic,")
                .replace("from: [SW2, SW4, TH1, TH3]", "from: [SW2, TH1, TH3]")
                .replace("period: {from: 2568, to: 2571}", "period: {from: 2567, to: 2571}"));
        Cli.Result r = Cli.run("diff", "--lang", "th", a.toString(), b.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("SW1 คะแนน: 4 → 4.50", "OP2 ด้าน: ", "S3 ปัจจัยที่ตอบสนอง: SW2, SW4, TH1, TH3 → SW2, TH1, TH3",
                "ระยะเวลาของแผน ปีเริ่ม: 2568 → 2567").doesNotContain("หมวดงบประมาณ", "S3 ปีเริ่ม");
    }
}
