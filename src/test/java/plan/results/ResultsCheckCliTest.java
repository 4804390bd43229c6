package plan.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import plan.testing.Cli;

/**
 * Results files through the command line, as a user runs it: each bad input of the yearly cycle
 * is a finding at its line and column, nothing is rendered for that results file, and the plan's
 * own documents are still built.
 */
class ResultsCheckCliTest {
    private static final Path PLAN = Path.of("examples/action-plan.plan.yaml");

    @TempDir
    Path dir;

    private Path results(String name, String yaml) throws IOException {
        Files.copy(PLAN, dir.resolve("action-plan.plan.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path file = dir.resolve(name + ".results.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Cli.Result check(String yaml) throws IOException {
        results("r", yaml);
        return Cli.run("check", "--lang", "en", dir.toString());
    }

    private static String at(int line, int column, String severity, String rule) {
        return "r.results.yaml:" + line + ":" + column + ": " + severity + "[" + rule + "]";
    }

    @Test
    void theExamplesResultsAreClean() {
        Cli.Result r = Cli.run("check", "--lang", "en", "examples/action-plan.plan.yaml",
                "examples/action-plan-q2.results.yaml", "examples/action-plan-year-end.results.yaml");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat((r.out() + r.err())).contains("in 3 file(s)").doesNotContain("error");
    }

    @Test
    void aPlanNotAmongTheFilesIsUnresolved() throws IOException {
        Cli.Result r = check("plan: no-such-plan\nas-of: 2568-03-31\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(1, 7, "error", "unresolved-ref") + ": no plan `no-such-plan` among the files given");
    }

    @Test
    void anUnknownIndicatorOrProjectIsUnresolvedAtItsId() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-03-31
                indicators:
                  G9-9: {value: 1}
                projects:
                  P99: {status: done}
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(4, 3, "error", "unresolved-ref") + ": plan `action-plan` has no indicator `G9-9`")
                .contains(at(6, 3, "error", "unresolved-ref") + ": plan `action-plan` has no project `P99`");
    }

    @Test
    void aValueOfTheWrongTypeIsWrongType() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-03-31
                indicators:
                  G1-1: {value: ดีมาก}
                  G3-1: {value: 4}
                  S1-1: {value: [1, 2]}
                projects:
                  P1: {status: finished}
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(4, 17, "error", "wrong-type") + ": the target is a number (90)")
                .contains(at(5, 17, "error", "wrong-type") + ": the target is a text (`ดีเลิศ`)")
                .contains(at(6, 17, "error", "wrong-type"))
                .contains(at(8, 16, "error", "wrong-type") + ": `status` must be one of");
    }

    @Test
    void aValueOffTheScaleIsWrongTypeAndOnItIsPlaced() throws IOException {
        results("r", "plan: action-plan\nas-of: 2568-03-31\nindicators:\n  G3-1: {value: ดีมาก, note: x}\n");
        Path plan = dir.resolve("action-plan.plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("targets: {2568: ดีเลิศ}",
                "targets: {2568: ดีเลิศ}\n        scale: [กำลังพัฒนา, ปานกลาง, ดี, ดีเลิศ, ยอดเยี่ยม]"));
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(r.out() + r.err()).contains(at(4, 17, "error", "wrong-type") + ": `ดีมาก` is not on the indicator's scale");
        // ยอดเยี่ยม lies above ดีเลิศ on the scale: met, so no note is asked for.
        Files.writeString(dir.resolve("r.results.yaml"), "plan: action-plan\nas-of: 2568-03-31\nindicators:\n  G3-1: {value: ยอดเยี่ยม}\n");
        Cli.Result met = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(met.exitCode()).as(met.out()).isZero();
        assertThat(met.out()).doesNotContain("result-needs-note");
    }

    @Test
    void spendingInACurrencyFormatIsWrongTypeWithTheNumberToWrite() throws IOException {
        Cli.Result r = check("plan: action-plan\nas-of: 2568-03-31\nprojects:\n  P1: {status: on-track, spent: '1,250'}\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(4, 33, "error", "wrong-type")).contains("1250");
    }

    @Test
    void aDateThatIsNotADayIsWrongTypeAndAChristianYearIsPeriod() throws IOException {
        Cli.Result notADay = check("plan: action-plan\nas-of: 2568-02-29\n");
        assertThat(notADay.exitCode()).isEqualTo(1);
        assertThat((notADay.out() + notADay.err())).contains(at(2, 8, "error", "wrong-type") + ": `2568-02-29` is not a day");
        // 2567 - 543 = 2024, a leap year: the day exists.
        Cli.Result leap = check("plan: action-plan\nas-of: 2567-02-29\n");
        assertThat((leap.out() + leap.err())).doesNotContain("wrong-type").contains(at(2, 8, "error", "result-period"));
        Cli.Result christian = check("plan: action-plan\nas-of: 2025-03-31\n");
        assertThat((christian.out() + christian.err())).contains(at(2, 8, "error", "period")).contains("add 543 to the year: 2568")
                .doesNotContain("result-period");
    }

    @Test
    void aDayOutsideThePlansPeriodIsResultPeriodAndOctoberBelongsToTheNextFiscalYear() throws IOException {
        // The plan's period is 2568: from 1 October 2567 to 30 September 2568.
        assertThat(check("plan: action-plan\nas-of: 2567-10-01\n").exitCode()).isZero();
        assertThat(check("plan: action-plan\nas-of: 2568-09-30\n").exitCode()).isZero();
        Cli.Result after = check("plan: action-plan\nas-of: 2568-10-01\n");
        assertThat((after.out() + after.err())).contains(at(2, 8, "error", "result-period"));
    }

    @Test
    void aQuarterAfterAsOfIsResultPeriodAtItsAmount() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-03-31
                projects:
                  P1:
                    status: on-track
                    spent: {quarters: [9500, 20000, 100]}
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(6, 37, "error", "result-period") + ": spending of quarter 3 is given");
    }

    @Test
    void laterQuartersWrittenAsZeroAreNothingSpentAfterAsOf() throws IOException {
        // Four columns of a spreadsheet, the quarters not yet come left at 0: clean; a 0 then an amount: the amount.
        Cli.Result zeros = check("""
                plan: action-plan
                as-of: 2568-03-31
                projects:
                  P1:
                    status: on-track
                    spent: {quarters: [9500, 20000, 0, 0]}
                """);
        assertThat(zeros.out() + zeros.err()).doesNotContain("result-period");
        Cli.Result later = check("""
                plan: action-plan
                as-of: 2568-03-31
                projects:
                  P1:
                    status: on-track
                    spent: {quarters: [9500, 20000, 0, 100]}
                """);
        assertThat((later.out() + later.err())).contains(at(6, 40, "error", "result-period") + ": spending of quarter 4 is given");
    }

    @Test
    void aBlankAsOfIsEmptyTextNotADayThatIsNone() throws IOException {
        for (String blank : new String[] {"as-of:\n", "as-of: \"\"\n", "as-of: '  '\n"}) {
            Cli.Result r = check("plan: action-plan\n" + blank);
            assertThat(r.exitCode()).as(blank).isEqualTo(1);
            assertThat(r.out() + r.err()).as(blank).containsPattern("r\\.results\\.yaml:2:\\d+: error\\[empty-text\\]: `as-of` is blank")
                    .doesNotContain("``");
        }
    }

    /** A file of only `---` is empty, at its first line; a second document is no plan's alone. */
    @Test
    void aFileOfOnlyADocumentMarkerIsEmptyAndTwoDocumentsAreNamedForAnyFile() throws IOException {
        Files.writeString(dir.resolve("a.results.yaml"), "---\n");
        Files.writeString(dir.resolve("b.results.yaml"), "plan: action-plan\n---\nplan: action-plan\n");
        Files.writeString(dir.resolve("c.plan.yaml"), "---\n");
        Cli.Result r = Cli.run("check", "--lang", "en", "--color", "never", dir.resolve("a.results.yaml").toString(),
                dir.resolve("b.results.yaml").toString(), dir.resolve("c.plan.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("a.results.yaml:1:1: error[wrong-type]: the file is empty")
                .contains("c.plan.yaml:1:1: error[wrong-type]: the file is empty")
                .contains("b.results.yaml:3:1: error[yaml-syntax]: a file holds one YAML document, this one has more")
                .doesNotContain(":2:1:", "plan file");
    }

    @Test
    void aStatusOrSpendingLeftBlankIsSaidToBeBlank() throws IOException {
        Cli.Result r = check("plan: action-plan\nas-of: 2568-03-31\nprojects:\n  P1: {status: }\n  P2: {status: done, spent: \"\"}\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out() + r.err()).containsPattern("r\\.results\\.yaml:4:\\d+: error\\[empty-text\\]: `status` is blank")
                .containsPattern("r\\.results\\.yaml:5:\\d+: error\\[empty-text\\]: `spent` is blank").doesNotContain("``");
    }

    @Test
    void aFifthQuarterIsNamedAsOneTooMany() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-09-30
                projects:
                  P1:
                    status: on-track
                    spent: {quarters: [100, 100, 100, 100, 100]}
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(6, 44, "error", "result-period")
                + ": a fiscal year has four quarters, and `quarters` lists 5").doesNotContain("quarter 5");
    }

    @Test
    void spendingOverTheBudgetInTotalOrBySourceIsResultOverBudget() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-09-30
                projects:
                  P1:
                    status: done
                    spent:
                      total: 48500.01
                      sources: {เงินอุดหนุนรายหัว: 30000.01, เงินกิจกรรมพัฒนาผู้เรียน: 18500}
                  P2: {status: done, spent: 25000}
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(7, 14, "error", "result-over-budget") + ": the total: spent 48,500.01 of a budget of 48,500: 0.01 over")
                .contains(at(8, 36, "error", "result-over-budget"))
                .doesNotContain("r.results.yaml:9:");
    }

    @Test
    void partsWithoutATotalMustAgree() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-09-30
                projects:
                  P5:
                    status: done
                    spent: {sources: {งบประมาณ สพฐ.: 12000}, categories: {ค่าตอบแทน: 4000, ค่าใช้สอย: 7000}}
                """);
        assertThat((r.out() + r.err())).contains(at(6, 58, "error", "budget-sum") + ": categories add up to 11,000 but the total is 12,000");
    }

    @Test
    void aMissedTargetOrADelayedProjectWithoutANoteIsAWarning() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-03-31
                indicators:
                  G1-1: {value: 80}
                projects:
                  P3: {status: delayed}
                  P6: {status: cancelled, note: ใช้ระบบของเขตแทน}
                """);
        assertThat(r.exitCode()).isZero();
        assertThat((r.out() + r.err())).contains(at(4, 3, "warning", "result-needs-note") + ": indicator `G1-1` has not met its target")
                .contains(at(6, 3, "warning", "result-needs-note") + ": project `P3` is delayed")
                .doesNotContain("P6");
        Cli.Result th = Cli.run("check", "--lang", "th", "--color", "never", dir.toString());
        assertThat(th.out()).contains("โครงการ `P3` อยู่ในสถานะล่าช้ากว่าแผน (`delayed`)").doesNotContain("สถานะ delayed");
    }

    /** `value:` left empty read as the text "": "the value `` is a text", or for a text target a target not met. */
    @Test
    void aBlankValueIsEmptyTextNotAValue() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-03-31
                indicators:
                  G1-1:
                    value:
                    note: ยังไม่ได้วัด
                  G3-1: {value: ""}
                """);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains(at(5, 11, "error", "empty-text") + ": `value` is blank")
                .contains(at(7, 17, "error", "empty-text")).contains("an indicator not measured yet is left out")
                .doesNotContain("is a text").doesNotContain("result-needs-note");
    }

    /** A note written but left empty silenced result-needs-note: it explains nothing. */
    @Test
    void aBlankNoteIsNoNote() throws IOException {
        Cli.Result r = check("""
                plan: action-plan
                as-of: 2568-03-31
                indicators:
                  G1-1: {value: 80, note: }
                projects:
                  P3: {status: delayed, note: "  "}
                """);
        assertThat((r.out() + r.err())).contains(at(4, 3, "warning", "result-needs-note"))
                .contains(at(6, 3, "warning", "result-needs-note"));
    }

    @Test
    void badResultsRenderNothingOfTheirsButThePlanIsStillBuilt() throws IOException {
        results("good", "plan: action-plan\nas-of: 2568-03-31\nindicators:\n  S1-1: {value: 130}\n");
        results("bad", "plan: action-plan\nas-of: 2568-13-01\n");
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", "--lang", "en", "--format", "md,html", dir.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains("bad.results.yaml:2:8: error[wrong-type]");
        assertThat(out.resolve("action-plan.html")).exists();
        assertThat(out.resolve("good.md")).exists();
        assertThat(out.resolve("bad.md")).doesNotExist();
        assertThat(out.resolve("bad.html")).doesNotExist();
        assertThat(Files.readString(out.resolve("action-plan.html"))).contains("href=\"good.html\"");
        assertThat(Files.readString(out.resolve("index.html"))).contains("href=\"good.html\"");
    }

    @Test
    void aResultsFileThatCannotBeReadStopsNothingElseAndLosesNothing() throws IOException {
        results("good", "plan: action-plan\nas-of: 2568-03-31\nindicators:\n  S1-1: {value: 130}\n");
        Path out = dir.resolve("site");
        Cli.Result first = Cli.run("build", "--lang", "en", "--format", "md,html", dir.toString(), "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("rendered 1 plan(s)", "1 report(s) rendered");
        // Empty, garbage, a list, a syntax error: none has an id to write its report under.
        for (String broken : new String[] {"", "\u0000\u0001\u00ff garbage", "- a\n- b\n", "plan: [\n"}) {
            results("broken", broken);
            Cli.Result r = Cli.run("build", "--lang", "en", "--format", "md,html", dir.toString(), "--out", out.toString());
            assertThat(r.exitCode()).as("%s%n%s", broken, r.err()).isEqualTo(1);
            assertThat(r.err()).containsPattern("broken.results.yaml:\\d+:\\d+: error\\[").doesNotContain("Exception", "internal error");
            // Which reports were the broken file's is not known: nothing is removed.
            assertThat(out.resolve("good.md")).exists();
            assertThat(out.resolve("action-plan.html")).exists();
        }
        Files.delete(dir.resolve("broken.results.yaml"));
        Cli.Result again = Cli.run("build", "--lang", "en", "--format", "md,html", dir.toString(), "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).doesNotContain("report(s) rendered");
    }

    @Test
    void aResultsIdThatIsAPlansIdIsADuplicate() throws IOException {
        results("action-plan", "plan: action-plan\nas-of: 2568-03-31\n");
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat((r.out() + r.err())).contains("action-plan.results.yaml:1:1: error[duplicate-id]");
    }

    /** Given without its development plan, an action plan lacks what it inherits: its results are not checked against it. */
    @Test
    void anActionPlanReadWithoutItsBaseGivesOneErrorNotOneForEveryInheritedId() throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.copy(Path.of("examples/yearly/action-plan-2569.plan.yaml"), src.resolve("action-plan-2569.plan.yaml"));
        Files.writeString(src.resolve("q2.results.yaml"), "plan: action-plan-2569\nas-of: 2569-03-31\nindicators:\n  G1-1: {value: 90}\n");
        Cli.Result alone = Cli.run("check", "--lang", "en", src.resolve("action-plan-2569.plan.yaml").toString(),
                src.resolve("q2.results.yaml").toString());
        assertThat(alone.out()).contains("action-plan-2569.plan.yaml:").contains("error[unresolved-ref]")
                .doesNotContain("q2.results.yaml:4:3");
        Cli.Result whole = Cli.run("check", "--lang", "en", src.resolve("action-plan-2569.plan.yaml").toString(),
                src.resolve("q2.results.yaml").toString(), "examples/yearly");
        assertThat(whole.out()).doesNotContain("q2.results.yaml:4:3: error");
    }

    /** An id ending in `.rollup` is an area office's roll-up's name: the report and the roll-up would be one file. */
    @Test
    void aResultsIdEndingInRollupIsADuplicate() throws IOException {
        results("q2", "id: action-plan.rollup\nplan: action-plan\nas-of: 2568-03-31\n");
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("q2.results.yaml:1:5: error[duplicate-id]: results id `action-plan.rollup` would name a page"
                + " the site makes itself");
    }

    /** On Windows and macOS Action-Plan.html is action-plan.html: ids that differ only in case are one name. */
    @Test
    void aResultsIdThatIsAPlansIdInAnotherCaseIsADuplicate() throws IOException {
        results("q2", "id: Action-Plan\nplan: action-plan\nas-of: 2568-03-31\n");
        Cli.Result r = Cli.run("check", "--lang", "en", dir.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("q2.results.yaml:1:5: error[duplicate-id]");
    }

    /** A report is written under its id: `index` wrote index.md and index.pdf and lost its page to the site's index. */
    @Test
    void aResultsIdThatNamesTheSiteIndexIsADuplicate() throws IOException {
        results("Index", "plan: action-plan\nas-of: 2568-03-31\n");
        results("other", "id: index\nplan: action-plan\nas-of: 2568-06-30\n");
        Path out = dir.resolve("site");
        Cli.Result r = Cli.run("build", "--lang", "en", "--format", "md,html", dir.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat((r.out() + r.err())).contains("Index.results.yaml:1:1: error[duplicate-id]: results id `Index` would name a page the site makes itself")
                .contains("other.results.yaml:1:5: error[duplicate-id]");
        assertThat(out.resolve("index.md")).doesNotExist();
        assertThat(out.resolve("Index.md")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).contains("class=\"index\"");
    }
}
