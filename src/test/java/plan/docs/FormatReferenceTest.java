package plan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import plan.cli.Main;
import plan.diag.Rule;
import plan.format.FileKind;
import plan.format.Format;
import plan.format.Type;

/**
 * docs/format.md against the code: every rule, key, command and option the code knows is
 * documented, and what the reference marks "Not in this build yet." is indeed not known to the
 * code (a mark left behind after a feature lands fails here, naming the mark to remove).
 */
// Thai help is wrapped with the JVM's default locale set to Thai while it prints (HelpWords):
// tests that print help take the locale's lock, so none sees another's Thai locale.
@org.junit.jupiter.api.parallel.ResourceLock(org.junit.jupiter.api.parallel.Resources.LOCALE)
class FormatReferenceTest {
    private static final FormatReference DOC = new FormatReference(MarkdownFiles.parse(MarkdownFiles.FORMAT));

    @Test
    void everyRuleIsDocumentedAndEveryMarkIsTrue() {
        Set<String> known = Set.copyOf(Rule.ids());
        List<String> problems = new ArrayList<>();
        known.stream().filter(r -> !DOC.rules.containsKey(r)).forEach(r -> problems.add("rule " + r + " is not documented"));
        DOC.rules.forEach((rule, pending) -> {
            if (!pending && !known.contains(rule)) {
                problems.add("rule " + rule + " is documented as working but the code does not know it");
            } else if (pending && known.contains(rule)) {
                problems.add("rule " + rule + " works now: remove its '" + FormatReference.PENDING_MARK + "' mark");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(DOC.rules).hasSizeGreaterThanOrEqualTo(known.size());
    }

    @Test
    void everyKeyTheBinderKnowsIsDocumented() throws ReflectiveOperationException {
        Set<String> known = knownKeys();
        Set<String> undocumented = new TreeSet<>(known);
        undocumented.removeAll(DOC.codeSpans);
        assertThat(undocumented).as("keys missing from docs/format.md").isEmpty();

        List<String> problems = new ArrayList<>();
        DOC.keys.forEach((key, pending) -> {
            if (!pending && !known.contains(key)) {
                problems.add("key " + key + " is documented as working but the binder does not know it");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(known).contains("organization", "guidelines", "waive", "thai-digits", "strategy");
    }

    @Test
    void everyCommandAndOptionIsDocumented() {
        CommandLine cli = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
            Boolean pending = DOC.commands.get(command.getKey());
            if (pending == null) {
                problems.add("command plan " + command.getKey() + " has no section");
            } else if (pending) {
                problems.add("plan " + command.getKey() + " works now: remove its '" + FormatReference.PENDING_MARK + "' mark");
            }
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                String name = option.longestName();
                if (!Set.of("--help", "--version").contains(name)
                        && DOC.codeSpans.stream().noneMatch(span -> span.startsWith(name))) {
                    problems.add("option " + name + " of plan " + command.getKey() + " is not documented");
                }
            }
        }
        DOC.commands.forEach((name, pending) -> {
            if (!pending && !cli.getSubcommands().containsKey(name)) {
                problems.add("plan " + name + " is documented as working but does not exist");
            }
        });
        assertThat(problems).isEmpty();
    }

    /**
     * Every key of the format description (the binder's key tables): the keys of every mapping
     * of every kind of file, the label keys and chapter names, and the keys of plan.config.yaml.
     */
    static Set<String> knownKeys() throws ReflectiveOperationException {
        Set<String> keys = new TreeSet<>(Format.LABEL_KEYS);
        keys.addAll(Format.CHAPTERS);
        for (FileKind kind : Format.STANDARD.fileKinds()) {
            collect(kind.root(), keys, new java.util.HashSet<>());
        }
        Field config = Class.forName("plan.bind.ConfigBinder").getDeclaredField("KEYS");
        config.setAccessible(true);
        for (Object name : (List<?>) config.get(null)) {
            keys.add((String) name);
        }
        return keys;
    }

    private static void collect(Type type, Set<String> keys, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        switch (type) {
            case Type.Struct s -> s.keys().forEach(k -> {
                keys.add(k.name());
                collect(k.type(), keys, seen);
            });
            case Type.ListOf l -> collect(l.item(), keys, seen);
            case Type.Either e -> collect(e.struct(), keys, seen);
            case Type.Lazy l -> collect(l.get(), keys, seen);
            case Type.Dict d -> collect(d.value(), keys, seen);
            default -> {
            }
        }
    }
}
