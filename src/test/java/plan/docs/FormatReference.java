package plan.docs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * What docs/format.md names: rules (rows of tables headed "rule"), keys (rows of tables headed
 * "key", and every code span), commands (headings naming {@code plan NAME}); each with whether
 * it stands under a "Not in this build yet." mark.
 */
final class FormatReference {
    static final String PENDING_MARK = "Not in this build yet.";
    private static final Pattern COMMAND = Pattern.compile("^plan ([a-z][a-z-]*)");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    /** name -> true when pending */
    final Map<String, Boolean> rules = new LinkedHashMap<>();
    final Map<String, Boolean> keys = new LinkedHashMap<>();
    final Map<String, Boolean> commands = new LinkedHashMap<>();
    final Set<String> codeSpans = new LinkedHashSet<>();

    FormatReference(Document doc) {
        Deque<int[]> pending = new ArrayDeque<>(); // levels of the headings above, with their mark
        Heading lastHeading = null;
        for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                while (!pending.isEmpty() && pending.peek()[0] >= h.getLevel()) {
                    pending.pop();
                }
                pending.push(new int[] {h.getLevel(), isPending(pending) ? 1 : 0});
                lastHeading = h;
                for (Node c : h.getDescendants()) {
                    if (c instanceof Code code) {
                        Matcher m = COMMAND.matcher(code.getText().toString());
                        if (m.find()) {
                            commands.merge(m.group(1), isPending(pending) || markFollows(h), (a, b) -> a && b);
                        }
                    }
                }
            } else if (node instanceof Paragraph p && lastHeading != null && p.getPrevious() == lastHeading
                    && MarkdownFiles.text(p).strip().equals(PENDING_MARK)) {
                pending.peek()[1] = 1;
            } else if (node instanceof TableBlock table) {
                table(table, isPending(pending));
            }
        }
        for (Node n : doc.getDescendants()) {
            if (n instanceof Code code) {
                codeSpans.add(code.getText().toString());
            }
        }
    }

    private static boolean isPending(Deque<int[]> headings) {
        return headings.stream().anyMatch(h -> h[1] == 1);
    }

    private static boolean markFollows(Heading h) {
        return h.getNext() instanceof Paragraph p && MarkdownFiles.text(p).strip().equals(PENDING_MARK);
    }

    private void table(TableBlock table, boolean pending) {
        String header = null;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head) {
                header = MarkdownFiles.text(head.getFirstChild().getFirstChild()).strip();
            } else if (part instanceof TableBody body && ("rule".equals(header) || "key".equals(header))) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow && row.getFirstChild() instanceof TableCell cell
                            && cell.getFirstChild() instanceof Code code && NAME.matcher(code.getText()).matches()) {
                        (header.equals("rule") ? rules : keys).merge(code.getText().toString(), pending, (a, b) -> a && b);
                    }
                }
            }
        }
    }
}
