package plan.diag;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** {@code --format json}: an array of flat objects, one per diagnostic. */
public final class JsonPrinter implements DiagnosticPrinter {
    private final Messages messages;

    public JsonPrinter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void print(List<Diagnostic> diagnostics, Map<String, Source> sources, PrintWriter out) {
        out.print('[');
        String sep = "\n";
        for (Diagnostic d : diagnostics) {
            out.print(sep);
            sep = ",\n";
            out.print("  {\"file\": " + Json.quote(d.file())
                    + ", \"line\": " + d.line()
                    + ", \"column\": " + d.column()
                    + ", \"severity\": " + Json.quote(d.severity().word())
                    + ", \"rule\": " + Json.quote(d.rule())
                    + ", \"message\": " + Json.quote(messages.format(d.message())));
            if (d.hint() != null) {
                out.print(", \"hint\": " + Json.quote(messages.format(d.hint())));
            }
            if (d.waiver() != null) {
                out.print(", \"waived\": " + Json.quote(d.waiver()));
            }
            out.print('}');
        }
        out.println(diagnostics.isEmpty() ? "]" : "\n]");
    }
}
