package plan.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import plan.diag.Findings;
import plan.diag.Message;
import plan.diag.Rule;
import plan.diag.Severity;

/**
 * The mistakes beginners make in YAML, told in their words with the line as it should be typed:
 * SnakeYAML's own problems (in English, in its terms: "expected &lt;block end&gt;") turned into
 * what the author did, and the mistakes YAML accepts in silence, losing words or structure
 * (an item indented under the one before joins it; ` #` starts a comment; `-item` is text). The
 * raw lines are read as well as the parser's marks: what to type is a line of the file, mended.
 */
final class YamlMistakes {
    /** A list item whose dash lacks its space: `-ติดตาม` (but not `-5`, `---` or `- x`). */
    private static final Pattern DASH_NO_SPACE = Pattern.compile("^(\\s*)-(\\p{L}.*)$");
    /** After a plain value: one space, `#`, then a word: the author's text, not a comment. */
    private static final Pattern HASH_IN_TEXT = Pattern.compile("^ #(\\S.*)$");

    private final String[] lines;

    YamlMistakes(String text) {
        this.lines = text.split("\r?\n|\r", -1);
    }

    /** The line (1-based) as written, or "" past the end. */
    private String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** One finding for a file SnakeYAML could not read, at the place of the author's mistake. */
    void reportSyntax(MarkedYAMLException e, Findings findings) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark from = e.getContextMark() != null ? e.getContextMark() : at;
        if (problem.contains("(TAB)")) {
            report(findings, at, Message.of("load.tab"), Message.of("load.tab.hint"));
        } else if (dashWithoutSpace(at, from, findings)) {
            return;
        } else if (context.contains("quoted scalar")) {
            String opened = line(line(from));
            char quote = column(from) <= opened.length() ? opened.charAt(column(from) - 1) : '"';
            report(findings, from, Message.of("load.unclosed-quote", String.valueOf(quote)),
                    Message.of("load.unclosed-quote.hint", opened.stripTrailing() + quote));
        } else if (context.contains("flow sequence") || context.contains("flow mapping")) {
            boolean sequence = context.contains("flow sequence");
            String opened = line(line(from));
            report(findings, from, Message.of("load.unclosed-bracket", sequence ? "[" : "{", sequence ? "]" : "}"),
                    Message.of("load.unclosed-bracket.hint", opened.stripTrailing() + (sequence ? "]" : "}")));
        } else if (problem.contains("mapping values are not allowed")) {
            colonOrDeeperKey(at, findings);
        } else if (problem.startsWith("expected <block end>") || problem.contains("did not find expected")
                || problem.contains("could not find expected ':'")) {
            indentation(problem.contains("could not find expected ':'") ? from : at, findings);
        } else {
            // Anything else: still the author's words, not the parser's (the English one keeps its detail).
            report(findings, at, Message.of("load.yaml-other", problem.strip()), Message.of("load.indent.hint.generic"));
        }
    }

    /** `-item` on either line the parser names: it is read as text, which breaks what follows. */
    private boolean dashWithoutSpace(Mark at, Mark from, Findings findings) {
        for (Mark m : new Mark[] {from, at}) {
            Matcher dash = DASH_NO_SPACE.matcher(line(line(m)));
            if (dash.matches()) {
                int line = line(m);
                findings.report(Rule.YAML_SYNTAX, line, dash.group(1).length() + 1,
                        Message.of("load.dash", "-" + dash.group(2).strip()),
                        Message.of("load.dash.hint", dash.group(1) + "- " + dash.group(2).strip()));
                return true;
            }
        }
        return false;
    }

    /**
     * `: ` where YAML allows no key: after another key's value on the same line (`vision: ก: ข`, text
     * to quote), or a key indented deeper than its siblings.
     */
    private void colonOrDeeperKey(Mark at, Findings findings) {
        String text = line(line(at));
        int colon = Math.min(column(at) - 1, text.length());
        String before = text.substring(0, colon);
        int first = before.indexOf(": ");
        if (first >= 0) {
            String key = before.substring(0, first + 2);
            String value = text.substring(first + 2).strip();
            report(findings, at, Message.of("load.colon"), Message.of("load.colon.hint", key + quoted(value)));
        } else {
            indentation(at, findings);
        }
    }

    /**
     * A line indented unlike its siblings. The column meant is that of the nearest line above of the
     * same kind (an item's `-`, or a key, counting the key after an item's `- `) whose column is
     * closest to this line's: a sibling, not a child or the parent.
     */
    private void indentation(Mark at, Findings findings) {
        int number = line(at);
        String text = line(number);
        boolean item = text.stripLeading().startsWith("-");
        int own = indent(text);
        int best = -1;
        int bestLine = 0;
        for (int n = number - 1; n >= 1 && n >= number - 40; n--) {
            String above = line(n);
            String content = above.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            boolean aboveItem = content.startsWith("-");
            int col = aboveItem == item ? indent(above) : !item && aboveItem && content.startsWith("- ") ? indent(above) + 2 : -1;
            if (col >= 0 && col != own && (best < 0 || Math.abs(col - own) < Math.abs(best - own))) {
                best = col;
                bestLine = n;
            }
            if (indent(above) < own - 2) {
                break; // the parent (or its parent): no sibling further up
            }
        }
        findings.report(Rule.YAML_SYNTAX, number, own + 1, Message.of("load.indent"), best < 0
                ? Message.of("load.indent.hint.generic") : Message.of("load.indent.hint", bestLine, " ".repeat(best) + text.strip()));
    }

    /**
     * The mistakes YAML reads without complaint. A `-item` is an error that stops the file (what
     * follows would only report its consequences); the other two are warnings: the file reads, but
     * not as the author meant.
     */
    boolean accepts(Node root, Findings findings) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (node instanceof ScalarNode scalar) {
                if (!plain(scalar, findings)) {
                    return false;
                }
            } else if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    todo.push(t.getValueNode());
                }
            } else if (node instanceof SequenceNode s) {
                s.getValue().forEach(todo::push);
            }
        }
        return true;
    }

    private boolean plain(ScalarNode scalar, Findings findings) {
        if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
            return true;
        }
        int first = line(scalar.getStartMark());
        int last = scalar.getEndMark().getLine() + 1;
        for (int n = first; n <= last; n++) {
            String text = line(n);
            boolean startsLine = n > first || indent(text) == scalar.getStartMark().getColumn();
            Matcher dash = DASH_NO_SPACE.matcher(text);
            if (startsLine && dash.matches()) {
                findings.report(Rule.YAML_SYNTAX, n, dash.group(1).length() + 1, Message.of("load.dash", "-" + dash.group(2).strip()),
                        Message.of("load.dash.hint", dash.group(1) + "- " + dash.group(2).strip()));
                return false;
            }
            if (n > first && text.stripLeading().startsWith("- ")) {
                String itemAbove = line(first);
                int dashColumn = itemAbove.indexOf("- ") >= 0 && itemAbove.strip().startsWith("-") ? indent(itemAbove) : indent(text);
                findings.add(Severity.WARNING, Rule.YAML_SYNTAX.id(), n, indent(text) + 1,
                        Message.of("load.joined", scalar.getValue()),
                        Message.of("load.joined.hint", " ".repeat(dashColumn) + text.strip()));
                return true;
            }
        }
        String end = line(last);
        int endColumn = scalar.getEndMark().getColumn();
        if (endColumn <= end.length()) {
            Matcher hash = HASH_IN_TEXT.matcher(end.substring(endColumn));
            if (hash.matches() && first == last) {
                String whole = scalar.getValue() + " #" + hash.group(1);
                String before = end.substring(0, scalar.getStartMark().getColumn());
                findings.add(Severity.WARNING, Rule.YAML_SYNTAX.id(), last, endColumn + 2,
                        Message.of("load.comment", scalar.getValue(), "#" + hash.group(1)),
                        Message.of("load.colon.hint", before + quoted(whole)));
            }
        }
        return true;
    }

    /** Text in double quotes, as YAML reads it back. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void report(Findings findings, Mark at, Message message, Message hint) {
        findings.report(Rule.YAML_SYNTAX, line(at), column(at), message, hint);
    }

    private static int line(Mark m) {
        return m == null ? 1 : m.getLine() + 1;
    }

    private static int column(Mark m) {
        return m == null ? 1 : m.getColumn() + 1;
    }
}
