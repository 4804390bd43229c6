package plan.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class FindingsTest {
    /** By file, then line, then column; findings at one place keep the order they were found in. */
    @Test
    void sortedByPositionStably() {
        Findings f = new Findings("b.plan.yaml");
        f.add(Severity.WARNING, "r1", 9, 1, Message.of("x"), null);
        f.add(Severity.ERROR, "r2", 2, 7, Message.of("x"), null);
        f.add(Severity.NOTE, "r3", 2, 3, Message.of("x"), null);
        f.add(Severity.ERROR, "r4", 2, 7, Message.of("x"), null);
        assertThat(f.sorted()).extracting(Diagnostic::rule).containsExactly("r3", "r2", "r4", "r1");

        Diagnostic a = new Diagnostic("a.plan.yaml", 50, 1, Severity.NOTE, "ra", Message.of("x"), null, null);
        Diagnostic b = f.sorted().get(0);
        assertThat(List.of(b, a).stream().sorted(Findings.BY_POSITION).toList()).containsExactly(a, b);
    }
}
