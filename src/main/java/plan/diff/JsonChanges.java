package plan.diff;

import java.io.PrintWriter;
import java.util.List;

import plan.diag.Json;

/**
 * {@code --format json}, the contract: an array of changes, each with kind, plan, id, what, key
 * (when the part is an entry of a keyed map), old and new (null where they do not apply), delta
 * (money only), file and line of NEW.
 */
final class JsonChanges implements ChangePrinter {
    @Override
    public void print(List<Change> changes, PrintWriter out) {
        out.print("[");
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            out.print(i == 0 ? "\n" : ",\n");
            out.print("  {\"kind\": " + Json.quote(c.kind().word()) + ", \"plan\": " + Json.quote(c.plan())
                    + ", \"id\": " + Json.quote(c.id()) + ", \"what\": " + Json.quote(c.what()));
            if (c.key() != null) {
                out.print(", \"key\": " + Json.quote(c.key()));
            }
            if (c.context() != null) {
                out.print(", \"context\": " + Json.quote(c.context()));
            }
            out.print(", \"old\": " + quoteOrNull(c.old()) + ", \"new\": " + quoteOrNull(c.now()));
            if (c.delta() != null) {
                out.print(", \"delta\": " + c.delta().toPlainString());
            }
            out.print(", \"file\": " + quoteOrNull(c.file()) + ", \"line\": " + c.line() + "}");
        }
        out.println(changes.isEmpty() ? "]" : "\n]");
        out.flush();
    }

    private static String quoteOrNull(String s) {
        return s == null ? "null" : Json.quote(s);
    }
}
