package plan.diag;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code --format github}: GitHub Actions workflow commands, which annotate the pull request. */
public final class GithubPrinter implements DiagnosticPrinter {
    private final Messages messages;

    public GithubPrinter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void print(List<Diagnostic> diagnostics, Map<String, Source> sources, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            String text = messages.format(d.message());
            if (d.hint() != null) {
                text += "\n" + messages.format(d.hint());
            }
            out.println("::" + command + " file=" + property(RepoPath.of(d.file())) + ",line=" + d.line()
                    + ",col=" + d.column() + ",title=" + property(d.rule()) + "::" + data(text));
        }
    }

    /** Escaping of a command's message, as the runner decodes it. */
    private static String data(String s) {
        String escaped = s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return Printable.of(escaped); // other controls have no escape the runner decodes: shown as symbols
    }

    /** Escaping of a property value, which additionally must not contain ':' or ','. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
