package plan.diff;

import java.io.PrintWriter;
import java.util.List;

import plan.diag.Messages;

/** Writes the changes of a diff in one output format. */
public interface ChangePrinter {
    void print(List<Change> changes, PrintWriter out);

    enum Format { text, markdown, json, github }

    static ChangePrinter of(Format format, Messages messages, boolean color) {
        return switch (format) {
            case text -> new TextChanges(messages, color);
            case markdown -> new MarkdownChanges(messages);
            case json -> new JsonChanges();
            case github -> new GithubChanges(messages);
        };
    }
}
