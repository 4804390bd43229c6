package plan.diff;

import java.io.PrintWriter;
import java.util.List;

import plan.diag.Messages;
import plan.diag.Printable;

/** {@code --format github}: a notice on NEW's line for each change, shown on the pull request. */
final class GithubChanges implements ChangePrinter {
    private final Messages messages;

    GithubChanges(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void print(List<Change> changes, PrintWriter out) {
        for (Change c : changes) {
            out.println("::notice file=" + property(c.file() == null ? "" : c.file()) + ",line=" + c.line()
                    + ",title=" + property("plan diff") + "::" + data(ChangePhrases.line(c, messages)));
        }
        out.flush();
    }

    private static String data(String s) {
        return Printable.of(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
