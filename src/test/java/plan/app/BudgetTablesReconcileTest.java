package plan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import plan.app.check.CheckedPlan;
import plan.app.check.PlanChecker;
import plan.app.check.PlanFile;
import plan.load.Limits;
import plan.model.BudgetSummary;
import plan.testing.Cli;

/**
 * Every summary table of the budget chapter, as a user's build writes it, ends with a total row
 * whose last cell is the plan's total, and its other rows add up to that total: a finance
 * reviewer can check any table against the plan's figure.
 */
class BudgetTablesReconcileTest {
    @TempDir
    Path out;

    static Stream<String> plans() throws IOException {
        List<String> files = new ArrayList<>(List.of("examples/action-plan.plan.yaml", "examples/full.plan.yaml"));
        try (Stream<Path> real = Files.list(Path.of("plans"))) {
            real.map(Path::toString).filter(f -> f.endsWith(".plan.yaml")).sorted().forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everySummaryTableEndsWithThePlansTotal(String file) throws IOException {
        CheckedPlan checked = new PlanChecker(Limits.DEFAULT).check(new PlanFile(Path.of(file), file));
        String total = BudgetSummary.of(checked.plan()).total().formatted();
        Cli.Result r = Cli.run("build", file, "--out", out.toString(), "--format", "md");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String md = Files.readString(out.resolve(checked.plan().id().value() + ".md"));
        int chapter = md.indexOf("## <a id=\"budget\"></a>");
        if (chapter < 0) {
            return; // a plan without projects has no budget chapter
        }
        int end = md.indexOf("\n## ", chapter + 1);
        List<List<List<String>>> tables = tables(md.substring(chapter, end < 0 ? md.length() : end));
        assertThat(tables).as("the budget chapter's tables").isNotEmpty();
        if (file.contains("action-plan")) {
            assertThat(total).isEqualTo("314,250.50");
            assertThat(tables).as("by strategy, by quarter, by category").hasSize(3);
        }
        for (List<List<String>> table : tables) {
            List<String> last = table.get(table.size() - 1);
            assertThat(last.get(0)).as("the last row of " + table.get(0)).isEqualTo("**รวม**");
            assertThat(last.get(last.size() - 1)).as("the total of " + table.get(0)).isEqualTo("**" + total + "**");
            BigDecimal rows = BigDecimal.ZERO;
            for (List<String> row : table.subList(1, table.size() - 1)) {
                rows = rows.add(amount(row.get(row.size() - 1)));
            }
            assertThat(rows).as("the rows of " + table.get(0)).isEqualByComparingTo(amount(total));
        }
    }

    /** The tables of {@code markdown}: rows of cells, the head first, the delimiter row left out. */
    static List<List<List<String>>> tables(String markdown) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : markdown.lines().toList()) {
            if (!line.startsWith("|")) {
                table = null;
                continue;
            }
            if (table == null) {
                table = new ArrayList<>();
                tables.add(table);
            }
            if (!line.matches("\\|[-:| ]+\\|")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
                    cells.add(cell.strip());
                }
                table.add(cells);
            }
        }
        return tables;
    }

    static BigDecimal amount(String cell) {
        String plain = cell.replace("*", "").replace(",", "").strip();
        return plain.equals("-") ? BigDecimal.ZERO : new BigDecimal(plain);
    }
}
