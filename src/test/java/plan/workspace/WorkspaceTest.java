package plan.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import plan.diag.Diagnostic;
import plan.diag.Severity;
import plan.format.Format;
import plan.load.Limits;
import plan.testing.Plans;

/** Files checked together: findings stay with their file; rules across files see all of them. */
class WorkspaceTest {
    private static final byte[] SAME_ID = ("id: same\n" + Plans.BASE).getBytes(StandardCharsets.UTF_8);

    @Test
    void aPlanIdUsedTwiceIsAnErrorOfTheLaterFile() {
        Workspace ws = new Workspace(Limits.DEFAULT);
        FileReport first = ws.check(SAME_ID, "a/one.plan.yaml");
        assertThat(first.diagnostics()).isEmpty();
        FileReport second = ws.check(SAME_ID, "b/two.plan.yaml");
        assertThat(second.diagnostics()).extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("duplicate-id", 1, 5));
        assertThat(ws.reports()).extracting(r -> r.diagnostics().size()).containsExactly(0, 1);
    }

    @Test
    void aFileCheckedAgainReplacesItsEarlierVersion() {
        Workspace ws = new Workspace(Limits.DEFAULT);
        ws.check(SAME_ID, "one.plan.yaml");
        ws.check(SAME_ID, "two.plan.yaml");
        FileReport fixed = ws.check(("id: other\n" + Plans.BASE).getBytes(StandardCharsets.UTF_8), "two.plan.yaml");
        assertThat(fixed.diagnostics()).isEmpty();
        assertThat(ws.reports()).extracting(FileReport::path).containsExactly("one.plan.yaml", "two.plan.yaml");
    }

    @Test
    void findingsAreKeptPerFile() {
        Workspace ws = new Workspace(Limits.DEFAULT);
        List<FileReport> reports = ws.checkAll(List.of(
                Input.ofBytes(Plans.BASE.replace("goals: [G1]", "goals: [G9]").getBytes(StandardCharsets.UTF_8), "x.plan.yaml"),
                Input.ofBytes("title: [".getBytes(StandardCharsets.UTF_8), "y.plan.yaml"),
                Input.ofBytes(Plans.BASE.getBytes(StandardCharsets.UTF_8), "z.plan.yaml")));
        assertThat(reports).extracting(FileReport::path).containsExactly("x.plan.yaml", "y.plan.yaml", "z.plan.yaml");
        for (FileReport r : reports) {
            assertThat(r.diagnostics()).allMatch(d -> d.file().equals(r.path()));
        }
        assertThat(reports.get(0).diagnostics()).extracting(Diagnostic::rule).contains("unresolved-ref");
        assertThat(reports.get(1).plan()).isNull();
        assertThat(reports.get(1).diagnostics()).extracting(Diagnostic::rule).containsExactly("yaml-syntax");
        assertThat(reports.get(2).diagnostics()).isEmpty();
        // The plan's id comes from the name of the file, as given in memory.
        assertThat(reports.get(2).plan().id().value()).isEqualTo("z");
    }

    @Test
    void thePolicySoftensAFilesOwnFindingsButNotAClashOfDocumentNames() {
        Policy allNotes = (path, plan, found) -> found.stream().map(d -> d.withSeverity(Severity.NOTE)).toList();
        Workspace ws = new Workspace(Limits.DEFAULT, Format.STANDARD, allNotes);
        ws.check(SAME_ID, "one.plan.yaml");
        byte[] broken = ("id: same\n" + Plans.BASE.replace("goals: [G1]", "goals: [G9]")).getBytes(StandardCharsets.UTF_8);
        FileReport second = ws.check(broken, "two.plan.yaml");
        // In the order of the lines, the clash (at the id, line 1) among the others.
        assertThat(second.diagnostics()).extracting(Diagnostic::rule, Diagnostic::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("duplicate-id", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("goal-has-strategy", Severity.NOTE),
                org.assertj.core.groups.Tuple.tuple("unresolved-ref", Severity.NOTE));
    }
}
