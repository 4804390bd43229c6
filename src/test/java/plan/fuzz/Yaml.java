package plan.fuzz;

import java.util.List;

/**
 * A small YAML document tree that the structured fuzz target builds and {@link #emit} writes
 * as text. It exists so that generated plans are mostly well-formed YAML (and reach binding and
 * checking) while each node can still carry an anchor, a tag, a chosen style or raw text.
 */
sealed interface Yaml {
    /** {@code &anchor} and {@code !tag} before a node, or "". */
    String props();

    enum Style { PLAIN, SINGLE, DOUBLE, LITERAL, FOLDED, RAW }

    record Scalar(String props, String value, Style style) implements Yaml {
    }

    record Seq(String props, List<Yaml> items, boolean flow) implements Yaml {
    }

    record Map(String props, List<Entry> entries, boolean flow) implements Yaml {
    }

    record Entry(Yaml key, Yaml value) {
    }

    /** An alias {@code *name}, or any text taken as it is (deep brackets, broken syntax). */
    record Verbatim(String props, String text) implements Yaml {
    }

    static String emit(Yaml root) {
        StringBuilder out = new StringBuilder();
        if (isBlock(root)) {
            if (!root.props().isEmpty()) {
                out.append(root.props().strip()).append('\n');
            }
            block(root, 0, out);
        } else {
            out.append(prefix(root)).append(inline(root, false)).append('\n');
        }
        return out.toString();
    }

    private static boolean isBlock(Yaml y) {
        return y instanceof Seq s && !s.flow() && !s.items().isEmpty()
                || y instanceof Map m && !m.flow() && !m.entries().isEmpty();
    }

    private static String prefix(Yaml y) {
        return y.props().isEmpty() ? "" : y.props().strip() + " ";
    }

    /** A non-empty block collection at {@code indent} spaces, one line per entry or item. */
    private static void block(Yaml y, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (y instanceof Seq s) {
            for (Yaml item : s.items()) {
                out.append(pad).append('-');
                value(item, indent + 2, out);
            }
        } else if (y instanceof Map m) {
            for (Entry e : m.entries()) {
                out.append(pad);
                if (isBlock(e.key()) || e.key() instanceof Scalar k && (k.style() == Style.LITERAL
                        || k.style() == Style.FOLDED)) {
                    // A complex key ("? key") keeps a mapping, a list or a block scalar as a key legal.
                    out.append('?');
                    value(e.key(), indent + 2, out);
                    out.append(pad);
                } else {
                    out.append(prefix(e.key())).append(inline(e.key(), false));
                }
                out.append(':');
                value(e.value(), indent + 2, out);
            }
        }
    }

    /** What follows "-" or "key:" on the same line, and the lines below it when it is a block. */
    private static void value(Yaml y, int indent, StringBuilder out) {
        if (isBlock(y)) {
            out.append(y.props().isEmpty() ? "" : " " + y.props().strip()).append('\n');
            block(y, indent, out);
        } else if (y instanceof Scalar s && (s.style() == Style.LITERAL || s.style() == Style.FOLDED)
                && blockable(s.value())) {
            out.append(' ').append(prefix(y)).append(s.style() == Style.LITERAL ? "|" : ">").append('\n');
            for (String line : s.value().split("\n", -1)) {
                out.append(line.isEmpty() ? "" : " ".repeat(indent) + line).append('\n');
            }
        } else {
            out.append(' ').append(prefix(y)).append(inline(y, false)).append('\n');
        }
    }

    /** A node on one line: flow collections, quoted or plain scalars. */
    private static String inline(Yaml y, boolean inFlow) {
        return switch (y) {
            case Scalar s -> scalar(s, inFlow);
            case Verbatim v -> v.text();
            case Seq s -> "[" + String.join(", ", s.items().stream().map(i -> prefix(i) + inline(i, true)).toList()) + "]";
            case Map m -> "{" + String.join(", ", m.entries().stream().map(e -> prefix(e.key()) + inline(e.key(), true)
                    + ": " + prefix(e.value()) + inline(e.value(), true)).toList()) + "}";
        };
    }

    private static String scalar(Scalar s, boolean inFlow) {
        String v = s.value();
        return switch (s.style()) {
            case RAW -> v;
            case PLAIN -> plainSafe(v, inFlow) ? v : doubleQuoted(v);
            case SINGLE -> printable(v) && !v.contains("\n") ? "'" + v.replace("'", "''") + "'" : doubleQuoted(v);
            default -> doubleQuoted(v);
        };
    }

    /** Plain only where YAML would read back the same string, else the fuzzer wastes its inputs on syntax errors. */
    private static boolean plainSafe(String v, boolean inFlow) {
        if (v.isEmpty() || !printable(v) || v.contains("\n") || !v.strip().equals(v) || v.contains(": ")
                || v.contains(" #") || v.endsWith(":") || "-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0) {
            return false;
        }
        return !inFlow || v.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0);
    }

    private static boolean blockable(String v) {
        return !v.isEmpty() && printable(v) && !v.startsWith(" ") && !v.startsWith("\n") && !v.contains("\t");
    }

    /** Characters that may stand in a YAML stream as they are (no C0/C1 controls, no extra line breaks). */
    private static boolean printable(String v) {
        return v.codePoints().allMatch(c -> c == '\n' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)
                && c != 0x2028 && c != 0x2029 && c != 0xfeff && !Character.isSurrogate((char) c));
    }

    private static String doubleQuoted(String v) {
        StringBuilder b = new StringBuilder("\"");
        v.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c >= 0xd800 && c <= 0xdfff) {
                        b.append(String.format("\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
