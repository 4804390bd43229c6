package plan.diag;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code --format sarif}: one SARIF 2.1.0 log with one run, for code-scanning dashboards. */
public final class SarifPrinter implements DiagnosticPrinter {
    private final Messages messages;
    private final String toolVersion;

    public SarifPrinter(Messages messages, String toolVersion) {
        this.messages = messages;
        this.toolVersion = toolVersion;
    }

    @Override
    public void print(List<Diagnostic> diagnostics, Map<String, Source> sources, PrintWriter out) {
        out.println("{");
        out.println("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",");
        out.println("  \"version\": \"2.1.0\",");
        out.println("  \"runs\": [{");
        out.println("    \"tool\": {\"driver\": {\"name\": \"plan\", \"version\": " + Json.quote(toolVersion)
                + ", \"rules\": [");
        TreeSet<String> rules = new TreeSet<>();
        diagnostics.forEach(d -> rules.add(d.rule()));
        String sep = "";
        for (String rule : rules) {
            out.print(sep + "      {\"id\": " + Json.quote(rule) + "}");
            sep = ",\n";
        }
        out.println(rules.isEmpty() ? "]}}," : "\n    ]}},");
        out.print("    \"results\": [");
        sep = "\n";
        for (Diagnostic d : diagnostics) {
            String text = messages.format(d.message());
            if (d.hint() != null) {
                text += " " + messages.format(d.hint());
            }
            out.print(sep + "      {\"ruleId\": " + Json.quote(d.rule())
                    + ", \"level\": " + Json.quote(d.severity().word())
                    + ", \"message\": {\"text\": " + Json.quote(text) + "}"
                    + ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
                    + Json.quote(uri(RepoPath.of(d.file()))) + "}, \"region\": {\"startLine\": " + Math.max(1, d.line())
                    + ", \"startColumn\": " + Math.max(1, d.column()) + "}}}]"
                    + (d.waiver() == null ? "" : ", \"suppressions\": [{\"kind\": \"inSource\", \"justification\": "
                        + Json.quote(d.waiver()) + "}]")
                    + "}");
            sep = ",\n";
        }
        out.println(diagnostics.isEmpty() ? "]" : "\n    ]");
        out.println("  }]");
        out.println("}");
    }

    /** SARIF wants a URI reference: forward slashes, spaces and the like percent-encoded. */
    private static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || "/._-~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
