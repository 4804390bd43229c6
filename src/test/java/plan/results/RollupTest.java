package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import plan.model.Money;
import plan.testing.Cli;

/**
 * The area office's roll-up of its schools, built from examples/area-office as a user builds it:
 * its figures are the sums of the files' own (read here with a plain YAML reader, not the tool's
 * model), it is linked from the parent's page and the index, it follows the parent's digits, and
 * a change to a school's plan or results renders it again.
 */
class RollupTest {
    private static final Path EXAMPLE = Path.of("examples/area-office");
    private static final String PAGE = "spp-area-example.rollup";

    @TempDir
    Path dir;

    @Test
    void eachStrategysRowsAndTotalsAreTheSumsOfTheSchoolsFiles() throws IOException {
        Path out = build(EXAMPLE);
        String md = Files.readString(out.resolve(PAGE + ".md"));
        Map<String, Object> dong = yaml("school-ban-dong.plan.yaml");
        Map<String, Object> na = yaml("school-ban-na.plan.yaml");
        Map<String, Object> results = yaml("school-ban-dong-q2.results.yaml");
        // S1 of the area office: Ban Dong's P1 (through its strategy S1) and Ban Na's P1 (through its S1).
        BigDecimal allocated = budget(dong, "P1").add(budget(na, "P1"));
        BigDecimal spent = spent(results, "P1");
        List<String> s1 = rows(section(md, "S1"));
        assertThat(s1).hasSize(3);
        assertThat(s1.get(0)).startsWith("| โรงเรียนบ้านดง (ตัวอย่าง) | โครงการห้องสมุดมีชีวิต | "
                + Money.format(budget(dong, "P1")) + " | " + Money.format(spent) + " |");
        // A school without results is named as such, its figures left out of the sums.
        assertThat(s1.get(1)).contains("โรงเรียนบ้านนา (ตัวอย่าง)").endsWith("| – | – | – | – |");
        assertThat(s1.get(2)).startsWith("| **รวม** |  | " + Money.format(allocated) + " | " + Money.format(spent) + " |");
        assertThat(section(md, "schools")).contains("| โรงเรียนบ้านนา (ตัวอย่าง) | ยังไม่รายงานผลของปีนี้ |");
        // Ban Dong's P1 has two indicators reported, one met (86 of a target of 90; 320 of 300).
        assertThat(s1.get(0)).endsWith("| 2 | 1 |");
        // S2: Ban Dong's P2 alone, with its satang.
        assertThat(rows(section(md, "S2")).get(1)).startsWith("| **รวม** |  | " + Money.format(budget(dong, "P2"))
                + " | " + Money.format(spent(results, "P2")) + " |");
        // S3: Ban Na's P1 through its own aligns.
        assertThat(section(md, "S3")).contains("โครงการระบบข้อมูลนักเรียน");
        // Overall: every project once, though Ban Na's P1 stands under two strategies.
        BigDecimal all = budget(dong, "P1").add(budget(dong, "P2")).add(budget(na, "P1"));
        BigDecimal allSpent = spent(results, "P1").add(spent(results, "P2"));
        assertThat(md).contains("| **รวมโครงการทั้งหมด (นับโครงการละหนึ่งครั้ง)** | 3 | " + Money.format(all) + " | "
                + Money.format(allSpent) + " | ");
        // The per cent of each total is its spent of its allocated.
        Matcher total = Pattern.compile("\\| \\*\\*รวม\\*\\* \\|  \\| ([\\d,.]+) \\| ([\\d,.]+) \\| ([\\d.]+) \\|")
                .matcher(section(md, "S1"));
        assertThat(total.find()).isTrue();
        assertThat(new BigDecimal(total.group(3))).isEqualByComparingTo(
                spent.multiply(BigDecimal.valueOf(100)).divide(allocated, 2, java.math.RoundingMode.HALF_UP));

        assertThat(out.resolve(PAGE + ".html")).exists();
        assertThat(out.resolve(PAGE + ".pdf")).exists();
        assertThat(Files.readString(out.resolve("spp-area-example.html"))).contains("href=\"" + PAGE + ".html\"");
        assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"" + PAGE + ".html\"");
        // A school's page has no roll-up: it is nobody's parent.
        assertThat(out.resolve("school-ban-dong.rollup.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("school-ban-dong.html"))).doesNotContain(".rollup.html");
    }

    @Test
    void theParentsDigitsApplyAndAParentWithoutSchoolsHasNoRollup() throws IOException {
        Path src = copy();
        Path parent = src.resolve("spp-area-example.plan.yaml");
        Files.writeString(parent, "digits: thai\n" + Files.readString(parent));
        Path out = build(src);
        assertThat(Files.readString(out.resolve(PAGE + ".md"))).contains("ปีงบประมาณ พ.ศ. ๒๕๖๘", "๑๘,๒๕๐.๒๕");

        // Built alone, the area office has no schools among the files: no roll-up, no link, nothing left behind.
        Path alone = dir.resolve("alone");
        Files.createDirectories(alone);
        Files.copy(parent, alone.resolve(parent.getFileName()));
        Cli.Result r = Cli.run("build", "--format", "md,html", "--out", out.toString(), alone.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(out.resolve(PAGE + ".md")).doesNotExist();
        assertThat(out.resolve(PAGE + ".html")).doesNotExist();
        assertThat(Files.readString(out.resolve("spp-area-example.html"))).doesNotContain(".rollup.html");
    }

    @Test
    void aChangedSchoolPlanOrResultsRendersTheRollupAgain() throws IOException {
        Path src = copy();
        Path out = build(src);
        FileTime old = age(out);
        Path results = src.resolve("school-ban-dong-q2.results.yaml");
        Files.writeString(results, Files.readString(results).replace("spent: 18250.25", "spent: 19000"));
        build(src, out);
        assertThat(Files.readString(out.resolve(PAGE + ".md"))).contains("| 40,000 | 19,000 |");
        assertThat(Files.getLastModifiedTime(out.resolve(PAGE + ".md"))).isNotEqualTo(old);
        // The area office's own page and the other school's are not rendered again.
        for (String untouched : List.of("spp-area-example.md", "spp-area-example.html", "school-ban-na.md")) {
            assertThat(Files.getLastModifiedTime(out.resolve(untouched))).as(untouched).isEqualTo(old);
        }

        old = age(out);
        Path na = src.resolve("school-ban-na.plan.yaml");
        Files.writeString(na, Files.readString(na).replace("budget: 15000", "budget: 16000"));
        build(src, out);
        assertThat(Files.readString(out.resolve(PAGE + ".md"))).contains("| โครงการระบบข้อมูลนักเรียน | 16,000 |");
        assertThat(Files.getLastModifiedTime(out.resolve(PAGE + ".md"))).isNotEqualTo(old);
    }

    @Test
    void aProjectTheSchoolsResultsDoNotNameIsNotSpentNothing() throws IOException {
        Path src = copy();
        Path results = src.resolve("school-ban-dong-q2.results.yaml");
        String text = Files.readString(results);
        Files.writeString(results, text.substring(0, text.indexOf("  P2:")));
        Path out = build(src);
        String md = Files.readString(out.resolve(PAGE + ".md"));
        List<String> s2 = rows(section(md, "S2"));
        // P2 is not in the results: its spending is not known ("–"), its indicators still counted as the school reported.
        assertThat(s2.get(0)).contains("โรงเรียนบ้านดง (ตัวอย่าง)").contains(" | – | – | ").doesNotContain("| 0 | 0.00 |");
    }

    private Path copy() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, src.resolve(f.getFileName()));
            }
        }
        return src;
    }

    private Path build(Path src) {
        return build(src, dir.resolve("site"));
    }

    private static Path build(Path src, Path out) {
        Cli.Result r = Cli.run("build", "--format", "md,html,pdf", "--out", out.toString(), src.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        return out;
    }

    /** Sets every output's time far back, and returns it. */
    private static FileTime age(Path out) throws IOException {
        FileTime old = FileTime.fromMillis(1_000_000L);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        return old;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(EXAMPLE.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal budget(Map<String, Object> plan, String project) {
        for (Map<String, Object> p : (List<Map<String, Object>>) plan.get("projects")) {
            if (p.get("id").equals(project)) {
                return new BigDecimal(String.valueOf(p.get("budget")));
            }
        }
        throw new AssertionError("no project " + project);
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal spent(Map<String, Object> results, String project) {
        Map<String, Object> p = ((Map<String, Map<String, Object>>) results.get("projects")).get(project);
        return new BigDecimal(String.valueOf(p.get("spent")));
    }

    /** The text under the heading with anchor {@code id}, up to the next heading. */
    private static String section(String md, String id) {
        int at = md.indexOf("<a id=\"" + id + "\"></a>");
        assertThat(at).as(id).isNotNegative();
        int end = md.indexOf("\n## ", at);
        return end < 0 ? md.substring(at) : md.substring(at, end);
    }

    /** A section's table rows below its header. */
    private static List<String> rows(String section) {
        List<String> out = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| สถานศึกษา |")) {
                out.add(line);
            }
        }
        return out;
    }
}
