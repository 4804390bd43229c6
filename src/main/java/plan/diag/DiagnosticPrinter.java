package plan.diag;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Writes a run's diagnostics in one output format. */
public interface DiagnosticPrinter {
    /**
     * @param diagnostics sorted as they should appear
     * @param sources     the text of each file by path, for excerpts; may lack a file
     */
    void print(List<Diagnostic> diagnostics, Map<String, Source> sources, PrintWriter out);
}
