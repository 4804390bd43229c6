package plan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A run that names its command is given that command alone; any other run, all of them. */
// Thai help is wrapped with the JVM's default locale set to Thai while it prints (HelpWords):
// tests that print help take the locale's lock, so none sees another's Thai locale.
@org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.LOCALE)
class SubcommandChoiceTest {
    @Test
    void aNamedCommandComesAlone() {
        for (Class<?> type : PlanCommand.SUBCOMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            assertThat(PlanCommand.subcommandsFor(new String[] {name, "plans", "--out", "x"})).containsExactly(type);
        }
    }

    @Test
    void helpVersionTyposAndNothingGetAll() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"-V"},
                new String[] {"chek", "plans"}, new String[] {"plans", "check"})) {
            assertThat(PlanCommand.subcommandsFor(args)).isEqualTo(PlanCommand.SUBCOMMANDS);
        }
    }

    @Test
    void aCommandAloneRunsAsWithAllTheOthers() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = {"check", "examples/minimal.plan.yaml", "--no-cache"};
        CommandLine alone = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
                PlanCommand.subcommandsFor(args));
        assertThat(alone.getSubcommands()).containsOnlyKeys("check");
        assertThat(alone.execute(args)).as(err.toString()).isZero();

        StringWriter allOut = new StringWriter();
        int all = Main.commandLine(new PrintWriter(allOut, true), new PrintWriter(new StringWriter(), true)).execute(args);
        assertThat(all).isZero();
        assertThat(out.toString()).isEqualTo(allOut.toString()).contains("no problems");
    }

    @Test
    void helpListsEveryCommandInOrder() {
        StringWriter out = new StringWriter();
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).execute("--help");
        List<String> names = PlanCommand.SUBCOMMANDS.stream().map(t -> t.getAnnotation(Command.class).name()).toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(8);
        int last = -1;
        for (String name : names) {
            int at = out.toString().indexOf("\n  " + name + " ");
            assertThat(at).as(name).isGreaterThan(last);
            last = at;
        }
    }
}
