package plan.importer;

import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Scalars as a person writes them: plain where YAML allows, double quotes only where it must. */
final class YamlScalars {
    private static final Resolver RESOLVER = new Resolver();
    private static final Pattern NEEDS_QUOTES = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|\\s$|: |:$| #|[\\t\\n\\r\\u0085\\u2028\\u2029\\uFEFF]|[\\x00-\\x1F\\x7F-\\x9F]");

    private YamlScalars() {
    }

    /** A one-line scalar: plain, or double-quoted when plain would change or break it. */
    static String scalar(String value) {
        if (value.isEmpty() || NEEDS_QUOTES.matcher(value).find()
                || !RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR)) {
            return quoted(value);
        }
        return value;
    }

    static String quoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * A literal block ({@code |}) for Markdown: lines as they are, no folding. The header gets an
     * indentation indicator when the first line starts with a space.
     */
    static String literalHeader(String value) {
        return value.startsWith(" ") ? "|2" : "|";
    }
}
